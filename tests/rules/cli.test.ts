import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { galley, removeFolder, tempFolder } from '../cli/helpers';
import { ARTICLES, issueText } from '../archive/helpers';

interface JsonFinding {
  readonly kind: string;
  readonly replacement: string;
  readonly confidence: string;
  readonly source?: { issueId: string; date: string; paragraph: number };
}

let dir: string;

beforeEach(async () => {
  dir = await tempFolder('galley-rules-cli-');
});

afterEach(async () => {
  await removeFolder(dir);
});

function findingsOf(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { files: { findings: JsonFinding[] }[] }).files[0].findings;
}

describe('galley rules and galley check with rules and a workspace', () => {
  it('imports, lists and exports the workspace’s rules', async () => {
    const ws = join(dir, 'ws');
    await writeFile(join(dir, 'r.csv'), 'find,replace,safe,note\n其它,其他,yes,本报用字\n');
    const imported = await galley(['rules', 'import', join(dir, 'r.csv'), '--workspace', ws]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 added');
    const listed = await galley(['rules', 'list', '--workspace', ws, '--json']);
    expect(JSON.parse(listed.stdout).replacements).toMatchObject([{ find: '其它', safe: true }]);
    const out = join(dir, 'out.json');
    expect((await galley(['rules', 'export', out, '--workspace', ws])).code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).replacements[0].replace).toBe('其他');

    await writeFile(join(dir, 'bad.csv'), 'kind,find,replace,regex\nreplacement,(a+)+,b,true\n');
    const bad = await galley(['rules', 'import', join(dir, 'bad.csv'), '--workspace', ws]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('replacements[0].find');
    // The issue's reproduction: polynomial backtracking (.*a.*a… twelve times) is refused too.
    await writeFile(
      join(dir, 'poly.csv'),
      'kind,find,replace,regex,scope,safe,note\nreplacement,"(.*a){12}$",b,true,,false,x\n',
    );
    const poly = await galley(['rules', 'import', join(dir, 'poly.csv'), '--workspace', ws]);
    expect(poly.code).toBe(1);
    expect(poly.stderr).toContain('(.*a){12}');
    const usage = await galley(['rules', 'list', '--kind', 'x', '--workspace', ws]);
    expect(usage.code).toBe(2);
  });

  it('checks a draft with --rules, and with the starter formulations by default', async () => {
    const draft = join(dir, 'd.txt');
    await writeFile(draft, '坚持以习近平新时代中国特色社会主义想为指导，其它地区跟进。\n');
    const plain = findingsOf((await galley(['check', draft, '--json'])).stdout);
    expect(plain.map((f) => f.kind)).toEqual(['formulation']);
    await writeFile(
      join(dir, 'r.json'),
      JSON.stringify({ replacements: [{ find: '其它', replace: '其他', safe: true }] }),
    );
    const ruled = await galley(['check', draft, '--rules', join(dir, 'r.json'), '--json']);
    expect(findingsOf(ruled.stdout).map((f) => [f.kind, f.replacement, f.confidence])).toEqual([
      ['formulation', '习近平新时代中国特色社会主义思想', 'suggest'],
      ['rule', '他', 'safe'],
    ]);
    const missing = await galley(['check', draft, '--rules', join(dir, 'none.csv')]);
    expect(missing.code).toBe(2);
  });

  it('reports archive repeats of a draft and of an issue against a workspace', async () => {
    const ws = join(dir, 'ws');
    const earlier = join(dir, 'earlier.txt');
    const later = join(dir, 'later.txt');
    await writeFile(earlier, issueText(ARTICLES.slice(0, 4)));
    await writeFile(later, issueText([ARTICLES[40], ARTICLES[2], ARTICLES[41]]));
    const first = await galley([
      'import',
      earlier,
      '--workspace',
      ws,
      '--date',
      '2022-09-24',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const firstId = JSON.stringify(JSON.parse(first.stdout)).match(/"id":"([0-9a-z]+)"/)?.[1];

    const draft = findingsOf((await galley(['check', later, '--workspace', ws, '--json'])).stdout);
    const repeats = draft.filter((f) => f.kind === 'archive-repeat');
    expect(repeats).toHaveLength(1);
    expect(repeats[0].source).toMatchObject({ issueId: firstId, date: '2022-09-24' });

    const second = await galley([
      'import',
      later,
      '--workspace',
      ws,
      '--date',
      '2022-10-08',
      '--json',
    ]);
    const secondId = JSON.stringify(JSON.parse(second.stdout)).match(
      /"id":"([0-9a-z]+)"/,
    )?.[1] as string;
    const run = await galley(['check', secondId, '--workspace', ws, '--json']);
    expect(run.code).toBe(0);
    const issue = findingsOf(run.stdout).filter((f) => f.kind === 'archive-repeat');
    expect(issue.map((f) => f.source?.issueId)).toEqual([firstId]);
    const older = await galley(['check', firstId as string, '--workspace', ws, '--json']);
    expect(findingsOf(older.stdout).filter((f) => f.kind === 'archive-repeat')).toEqual([]);
  });
});

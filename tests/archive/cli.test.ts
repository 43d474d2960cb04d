import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { galley, removeFolder, tempFolder } from '../cli/helpers';
import { ARTICLES, issueText } from './helpers';

let dir: string;

beforeEach(async () => {
  dir = await tempFolder('galley-archive-cli-');
});

afterEach(async () => {
  await removeFolder(dir);
});

async function repeats(file: string, ws: string): Promise<number> {
  const run = await galley(['check', file, '--workspace', ws, '--json']);
  const findings = (JSON.parse(run.stdout) as { files: { findings: { kind: string }[] }[] })
    .files[0].findings;
  return findings.filter((f) => f.kind === 'archive-repeat').length;
}

describe('galley archive', () => {
  it('rebuilds a missing index, reports its size, marks and unmarks boilerplate', async () => {
    const ws = join(dir, 'ws');
    const earlier = join(dir, 'earlier.txt');
    await writeFile(earlier, issueText(ARTICLES.slice(0, 2)));
    const imported = await galley(['import', earlier, '--workspace', ws, '--json']);
    const id = JSON.stringify(JSON.parse(imported.stdout)).match(
      /"id":"([0-9a-z]+)"/,
    )?.[1] as string;
    await rm(join(ws, 'archive'), { recursive: true });

    const status = await galley(['archive', 'status', '--workspace', ws, '--json']);
    expect(status.code).toBe(0);
    const stats = JSON.parse(status.stdout) as {
      issues: number;
      bytesPerIssue: number;
      refreshed: { rebuilt: boolean };
    };
    expect(stats).toMatchObject({ issues: 1, refreshed: { rebuilt: true } });
    expect(stats.bytesPerIssue).toBeGreaterThan(0);

    const later = join(dir, 'later.txt');
    const paragraph = ARTICLES[0].paragraphs[1];
    await writeFile(later, issueText([ARTICLES[30]]) + `\n${paragraph}\n`);
    expect(await repeats(later, ws)).toBe(1);

    const blocks = issueText(ARTICLES.slice(0, 2)).split('\n\n');
    const number = blocks.indexOf(paragraph) + 1;
    const mark = await galley([
      'archive',
      'mark',
      id,
      String(number),
      '--note',
      'standing column',
      '--workspace',
      ws,
      '--json',
    ]);
    expect(mark.code).toBe(0);
    expect(await repeats(later, ws)).toBe(0);
    const marks = JSON.parse(
      (await galley(['archive', 'marks', '--workspace', ws, '--json'])).stdout,
    ) as {
      marks: { id: string; note: string }[];
    };
    expect(marks.marks.map((m) => m.note)).toEqual(['standing column']);
    expect((await galley(['archive', 'unmark', marks.marks[0].id, '--workspace', ws])).code).toBe(
      0,
    );
    expect(await repeats(later, ws)).toBe(1);
    expect((await galley(['archive', 'mark', '--workspace', ws])).code).toBe(2);
  });
});

/**
 * The workspace commands of the real `galley` binary on a fresh workspace: every command once,
 * --json shapes, GALLEY_WORKSPACE, `clean` telling issues from files, the lock error, and a bad
 * file among good ones.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/index';
import {
  childScript,
  galley,
  removeChildScripts,
  removeFolder,
  SAMPLE,
  snapshot,
  startChild,
  tempFolder,
} from './helpers';

let root: string;
let ws: string;
let issueId: string;

beforeAll(async () => {
  root = await tempFolder('galley-cli-ws-');
  ws = join(root, 'workspace');
});
afterAll(async () => {
  await removeChildScripts();
  await removeFolder(root);
});

const json = (stdout: string): Record<string, unknown> =>
  JSON.parse(stdout) as Record<string, unknown>;

describe('galley workspace commands', () => {
  it('imports into a new workspace and lists it', async () => {
    const run = await galley(['import', SAMPLE, '--workspace', ws, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = json(run.stdout) as { imported: { issue: { id: string } }[]; failed: unknown[] };
    expect(out.failed).toEqual([]);
    issueId = out.imported[0].issue.id;

    const list = await galley(['issues', '--json'], { GALLEY_WORKSPACE: ws });
    expect(list.code).toBe(0);
    const issues = (json(list.stdout) as { issues: { issue: { id: string }; status: string }[] })
      .issues;
    expect(issues.map((o) => [o.issue.id, o.status])).toEqual([[issueId, 'imported']]);

    const shown = await galley(['show', issueId.slice(0, 4), '--workspace', ws]);
    expect(shown.stdout).toBe(normalizeText(await readFile(SAMPLE, 'utf8')));
  });

  it('cleans an issue by id, and still cleans files with -o', async () => {
    const run = await galley(['clean', issueId, '--workspace', ws, '--json']);
    expect(run.code).toBe(0);
    const out = json(run.stdout) as { version: { number: number }; applied: unknown[] };
    expect(out.version.number).toBe(2);
    expect(out.applied.length).toBeGreaterThan(0);

    const cleanedFile = join(root, 'clean.txt');
    const fileMode = await galley(['clean', SAMPLE, '-o', cleanedFile]);
    expect(fileMode.code).toBe(0);
    const shown = await galley(['show', issueId, '--workspace', ws]);
    expect(await readFile(cleanedFile, 'utf8')).toBe(shown.stdout);

    const noOutput = await galley(['clean', SAMPLE, '--workspace', ws]);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('needs -o');
  });

  it('saves, lists versions, diffs, exports, restores, trashes and untrashes', async () => {
    const shown = await galley(['show', issueId, '--workspace', ws]);
    const edited = join(root, 'edited.txt');
    await writeFile(
      edited,
      shown.stdout.replace('会议还研究了其他事项。', '会议还研究了其他有关事项。'),
    );
    const save = await galley(
      ['save', issueId, edited, '-m', 'added 有关', '--author', '许珂', '--json'],
      { GALLEY_WORKSPACE: ws },
    );
    expect(save.code).toBe(0);
    expect(json(save.stdout)).toMatchObject({
      unchanged: false,
      version: { number: 3, origin: 'edited', author: '许珂', message: 'added 有关' },
    });

    const versions = await galley(['versions', issueId, '--workspace', ws]);
    expect(versions.stdout.trimEnd().split('\n')).toHaveLength(4);

    const html = join(root, 'diff.html');
    const diff = await galley(['diff', issueId, '2', '3', '--html', html, '--workspace', ws]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('-会议还研究了其他事项。');
    expect(diff.stdout).toContain('+会议还研究了其他有关事项。');
    expect(await readFile(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);

    const docx = join(root, 'out.docx');
    const exported = await galley([
      'export',
      issueId,
      '--format',
      'docx',
      '-o',
      docx,
      '--workspace',
      ws,
      '--json',
    ]);
    expect(exported.code).toBe(0);
    expect((await readFile(docx)).subarray(0, 2).toString()).toBe('PK');
    const badFormat = await galley([
      'export',
      issueId,
      '--format',
      'pdf',
      '-o',
      docx,
      '--workspace',
      ws,
    ]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of');

    const restore = await galley(['restore', issueId, '1', '--workspace', ws, '--json']);
    expect(json(restore.stdout)).toMatchObject({ version: { number: 4, origin: 'restored' } });

    expect((await galley(['trash', issueId, '--workspace', ws])).code).toBe(0);
    const hidden = await galley(['issues', '--workspace', ws, '--json']);
    expect(json(hidden.stdout)).toEqual({ issues: [] });
    expect((await galley(['untrash', issueId.slice(0, 6), '--workspace', ws])).code).toBe(0);
  });

  it('imports the good files of a batch, reports the bad one, and stores nothing of it', async () => {
    const bad = join(root, 'scan.png');
    await writeFile(bad, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const run = await galley(['import', bad, SAMPLE, '--workspace', ws, '--date', '2020-03-06']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('scan.png');
    const list = await galley(['issues', '--workspace', ws, '--json']);
    const dates = (json(list.stdout) as { issues: { issue: { date: string } }[] }).issues.map(
      (o) => o.issue.date,
    );
    expect(dates).toEqual(['2020-03-05', '2020-03-06']);
  });

  it('tells which process holds the workspace, and changes nothing', async () => {
    const child = startChild(await childScript('hold-lock'), [ws]);
    await child.waitForLine((line) => line.startsWith('locked '));
    const before = await snapshot(ws);
    const run = await galley(['trash', issueId, '--workspace', ws]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`in use by process ${child.process.pid}`);
    expect(await snapshot(ws)).toEqual(before);
    child.process.stdin.write('release\n');
    await child.exited;
  });
});

/**
 * Outputs that are safe to write. The reproductions: `galley clean a.txt -o a.txt` replaced the
 * draft; a batch whose -o was the inputs' folder overwrote every input; an existing 600 output
 * became 644 and lost its hard links; a SIGKILL left `.out.txt.<pid>-<hex>.galley-tmp` that no
 * later run removed; and nothing stopped an export from landing inside the workspace.
 */
import { spawnSync } from 'node:child_process';
import { chmod, link, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepStaleTemps, writeOutputFile } from '../../src/main/export/write-output';
import { galley, removeFolder, SAMPLE, tempFolder } from '../workspace/helpers';

const DRAFT = '本报讯 记者从市扶贫办获悉,全市已脱贫。\n';
const CLEANED = '本报讯 记者从市扶贫办获悉，全市已脱贫。\n';

let root: string;
let n = 0;
beforeAll(async () => {
  root = await tempFolder('galley-out-');
});
afterAll(() => removeFolder(root));

async function folder(): Promise<string> {
  const dir = join(root, `case-${n++}`);
  await mkdir(dir);
  return dir;
}

/** A pid that was a process a moment ago and is not running now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('writeOutputFile', () => {
  it('keeps an existing file’s permission bits', async () => {
    const dir = await folder();
    const target = join(dir, 'out.txt');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeOutputFile(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('rewrites a hard-linked file in place, so every name sees the new text', async () => {
    const dir = await folder();
    const target = join(dir, 'out.txt');
    await writeFile(target, 'old text');
    await link(target, join(dir, 'other-name.txt'));
    await writeOutputFile(target, '新');
    expect(await readFile(join(dir, 'other-name.txt'), 'utf8')).toBe('新');
    expect((await stat(target)).nlink).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['other-name.txt', 'out.txt']);
  });

  it('removes the temp files of writers that are gone, never those of a running one', async () => {
    const dir = await folder();
    const dead = join(dir, `.out.txt.${deadPid()}-0123456789ab.galley-tmp`);
    const alive = join(dir, `.out.txt.${process.ppid}-0123456789ab.galley-tmp`);
    const unrelated = join(dir, 'notes.galley-tmp');
    for (const path of [dead, alive, unrelated]) await writeFile(path, 'half');
    await writeOutputFile(join(dir, 'out.txt'), 'x');
    expect((await readdir(dir)).sort()).toEqual(
      ['out.txt', `.out.txt.${process.ppid}-0123456789ab.galley-tmp`, 'notes.galley-tmp'].sort(),
    );
    expect(await sweepStaleTemps(dir)).toBe(0); // once per folder and process
  });
});

describe('galley clean refuses to replace its inputs', () => {
  it('-o naming the input itself, or a hard link to it: exit 2, the draft untouched', async () => {
    const dir = await folder();
    const draft = join(dir, 'a.txt');
    await writeFile(draft, DRAFT);
    await link(draft, join(dir, 'same.txt'));
    for (const out of [draft, join(dir, '.', 'a.txt'), join(dir, 'same.txt'), dir]) {
      const run = await galley(['clean', draft, '-o', out]);
      expect(run.code, out).toBe(2);
      expect(run.stderr).toMatch(/--in-place/);
    }
    expect(await readFile(draft, 'utf8')).toBe(DRAFT);
    const inPlace = await galley(['clean', draft, '-o', draft, '--in-place']);
    expect(inPlace.code, inPlace.stderr).toBe(0);
    expect(await readFile(draft, 'utf8')).toBe(CLEANED);
  }, 60_000);

  it('a batch whose -o is the inputs’ folder: exit 2, nothing written; --in-place cleans them', async () => {
    const dir = await folder();
    const files = ['a.txt', 'b.txt', 'c.txt'].map((name) => join(dir, name));
    for (const file of files) await writeFile(file, DRAFT);
    const run = await galley(['clean', ...files, '-o', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would replace 3 of the inputs');
    for (const file of files) expect(await readFile(file, 'utf8')).toBe(DRAFT);
    const inPlace = await galley(['clean', '--in-place', ...files]);
    expect(inPlace.code, inPlace.stderr).toBe(0);
    for (const file of files) expect(await readFile(file, 'utf8')).toBe(CLEANED);
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  }, 60_000);
});

describe('workspace exports', () => {
  it('are refused inside the workspace folder', async () => {
    const dir = await folder();
    const ws = join(dir, 'ws');
    const imported = await galley(['import', SAMPLE, '--workspace', ws, '--json']);
    const id = (JSON.parse(imported.stdout) as { imported: { issue: { id: string } }[] })
      .imported[0].issue.id;
    const index = await readFile(join(ws, 'index.json'), 'utf8');
    for (const args of [
      ['export', id, '--format', 'txt', '-o', join(ws, 'index.json')],
      ['diff', id, '1', '1', '--html', join(ws, 'records', 'x.html')],
      ['rules', 'export', join(ws, 'rules.json')],
    ]) {
      const run = await galley([...args, '--workspace', ws]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('inside the workspace folder');
    }
    expect(await readFile(join(ws, 'index.json'), 'utf8')).toBe(index);
    const outside = await galley([
      'export',
      id,
      '--format',
      'txt',
      '-o',
      join(dir, 'x.txt'),
      '--workspace',
      ws,
    ]);
    expect(outside.code, outside.stderr).toBe(0);
  }, 60_000);
});

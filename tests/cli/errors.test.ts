import { mkdir, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { galley, leftoverTemps, removeFolder, SAMPLE, tempFolder } from './helpers';

let dir: string;
let good: string;
beforeAll(async () => {
  dir = await tempFolder();
  good = join(dir, 'good.txt');
  await writeFile(good, '你好。\n');
});
afterAll(async () => {
  await removeFolder(dir);
});

/** Bad inputs and the words their one-line error must contain. */
async function badInputs(): Promise<{ file: string; says: RegExp }[]> {
  const folder = join(dir, 'a-folder.txt');
  await mkdir(folder, { recursive: true });
  const binary = join(dir, 'binary.txt');
  await writeFile(binary, Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
  const undecodable = join(dir, 'undecodable.txt');
  await writeFile(undecodable, Buffer.from([0x61, 0xff, 0x62, 0x80]));
  const huge = join(dir, 'huge.txt');
  await writeFile(huge, '');
  await truncate(huge, 200 * 1024 * 1024 + 1);
  return [
    { file: join(dir, 'missing.txt'), says: /no such file/ },
    { file: folder, says: /folder/ },
    { file: binary, says: /binary/ },
    { file: undecodable, says: /not UTF-8, GB18030, Big5 or UTF-16/ },
    { file: huge, says: /200 MB/ },
  ];
}

describe('galley errors', () => {
  it('check: one line on stderr per bad file, naming it; the other files are still checked', async () => {
    const bad = await badInputs();
    const run = await galley(['check', '--json', good, ...bad.map((b) => b.file), SAMPLE]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(bad.length);
    bad.forEach((b, i) => {
      expect(lines[i].startsWith(`galley: ${b.file}: `)).toBe(true);
      expect(lines[i]).toMatch(b.says);
    });
    const parsed = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(parsed.files.map((f) => f.file)).toEqual([good, SAMPLE]);
  });

  it('clean: bad files fail alone, good ones are written, no partial or temp file is left', async () => {
    const bad = await badInputs();
    const out = join(dir, 'out');
    for (const jobs of ['1', '2']) {
      await removeFolder(out);
      const run = await galley([
        'clean',
        good,
        ...bad.map((b) => b.file),
        '-o',
        out,
        '--jobs',
        jobs,
      ]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(bad.length);
      bad.forEach((b, i) => expect(lines[i]).toMatch(b.says));
      expect(await readdir(out)).toEqual(['good.txt']);
    }
  });

  it('clean: a failed write leaves neither the target nor a temp file', async () => {
    const out = join(dir, 'blocked');
    // The target name is taken by a folder, so the final rename fails.
    await mkdir(join(out, 'good.txt'), { recursive: true });
    const run = await galley(['clean', good, SAMPLE, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^galley: ${good}: cannot write`));
    expect((await readdir(out)).sort()).toEqual(['good.txt', 'hengyang-daily-2020-03-05.txt']);
    expect(await readdir(join(out, 'good.txt'))).toEqual([]);
    expect(await leftoverTemps(out)).toEqual([]);
  });

  it('usage errors exit with 2', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    const cases: string[][] = [
      [],
      ['frobnicate'],
      ['check'],
      ['check', '--nope', good],
      ['check', '--lang', 'fr', good],
      ['check', '--encoding', 'latin-9', good],
      ['clean', good],
      ['clean', good, '-o', join(dir, 'x.txt'), '--jobs', '0'],
      ['clean', good, SAMPLE, '-o', file],
      ['clean', good, join(dir, 'sub', 'good.txt'), '-o', join(dir, 'o2')],
    ];
    for (const args of cases) {
      const run = await galley(args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr.length).toBeGreaterThan(0);
    }
  });

  it('--help exits with 0', async () => {
    const run = await galley(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/check/);
    expect(run.stdout).toMatch(/clean/);
  });
});

import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/index';
import { loadChineseLexicon } from '../../src/main/lexicon/chinese';
import { loadShapeTable } from '../../src/main/lexicon/shapes';
import { loadEnglishFrequencies } from '../../src/main/lexicon/english';
import { galley, leftoverTemps, removeFolder, SAMPLE, tempFolder } from './helpers';

const ARTICLES = new URL('../../../shared/corpus/zh-news/articles.jsonl', import.meta.url);

/** The CLI cleans with the shipped Chinese lexicon and shape table; so does the expectation. */
function expectedClean(raw: string): string {
  return cleanText(raw, {
    lexicon: loadChineseLexicon(),
    shapes: loadShapeTable(),
    english: loadEnglishFrequencies(),
  }).text;
}

let dir: string;
beforeAll(async () => {
  dir = await tempFolder();
});
afterAll(async () => {
  await removeFolder(dir);
});

/** Writes a few real drafts (the sample and corpus articles, with defects) into `folder`. */
async function writeBatch(folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const lines = (await readFile(ARTICLES, 'utf8')).split('\n').slice(0, 6);
  const files: string[] = [];
  for (const [i, line] of lines.entries()) {
    const article = JSON.parse(line) as { headline: string; paragraphs: string[] };
    const body = article.paragraphs.join('\r\n\r\n').replace(/，/g, ',').replace(/：/g, ':');
    const file = join(folder, `article-${i}.txt`);
    await writeFile(file, `${article.headline}\r\n\r\n${body}\r\n`);
    files.push(file);
  }
  const sample = join(folder, 'sample.txt');
  await writeFile(sample, await readFile(SAMPLE));
  files.push(sample);
  return files;
}

describe('galley clean', () => {
  it('writes one input to the OUT file: UTF-8, \\n line ends, every safe finding applied', async () => {
    const out = join(dir, 'single', 'sample.clean.txt');
    const run = await galley(['clean', SAMPLE, '-o', out]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const expected = expectedClean(await readFile(SAMPLE, 'utf8'));
    expect(await readFile(out, 'utf8')).toBe(expected);
    expect(await leftoverTemps(join(dir, 'single'))).toEqual([]);
  });

  it('decodes GB18030 and UTF-16 and writes UTF-8 with \\n line ends', async () => {
    const gb = join(dir, 'gb.txt');
    await writeFile(gb, Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0d, 0x0a]));
    const u16 = join(dir, 'u16.txt');
    await writeFile(u16, Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('你好\r\n')]));
    const out = join(dir, 'enc-out');
    const run = await galley(['clean', gb, u16, '-o', out]);
    expect(run.code).toBe(0);
    expect(await readFile(join(out, 'gb.txt'))).toEqual(Buffer.from('你好\n', 'utf8'));
    expect(await readFile(join(out, 'u16.txt'))).toEqual(Buffer.from('你好\n', 'utf8'));
  });

  it('writes several inputs into the OUT folder (created) under the same base names', async () => {
    const files = await writeBatch(join(dir, 'batch-in'));
    const out = join(dir, 'batch-out', 'nested');
    const run = await galley(['clean', ...files, '-o', out]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect((await readdir(out)).sort()).toEqual(files.map((f) => f.split('/').pop()).sort());
    for (const file of files) {
      const expected = expectedClean(await readFile(file, 'utf8'));
      expect(await readFile(join(out, file.split('/').pop() as string), 'utf8')).toBe(expected);
    }
    expect(await leftoverTemps(out)).toEqual([]);
  });

  it('gives the same bytes with --jobs 2 as with --jobs 1', async () => {
    const files = await writeBatch(join(dir, 'jobs-in'));
    const one = join(dir, 'jobs-1');
    const two = join(dir, 'jobs-2');
    expect((await galley(['clean', ...files, '-o', one, '--jobs', '1'])).code).toBe(0);
    const run = await galley(['clean', ...files, '-o', two, '--jobs', '2']);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const names = (await readdir(one)).sort();
    expect((await readdir(two)).sort()).toEqual(names);
    for (const name of names) {
      expect(await readFile(join(two, name))).toEqual(await readFile(join(one, name)));
    }
    expect(await leftoverTemps(two)).toEqual([]);
  });

  it('cleans an empty file to an empty file', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const out = join(dir, 'empty.clean.txt');
    expect((await galley(['clean', empty, '-o', out])).code).toBe(0);
    expect((await readFile(out)).length).toBe(0);
  });

  it('writes into an existing folder given as OUT for one input', async () => {
    const out = join(dir, 'existing');
    await mkdir(out);
    expect((await galley(['clean', SAMPLE, '-o', out])).code).toBe(0);
    expect(await readdir(out)).toEqual(['hengyang-daily-2020-03-05.txt']);
  });

  it('writes through a symbolic link to the file it names, keeping the link', async () => {
    const real = join(dir, 'real-target.txt');
    const link = join(dir, 'link-target.txt');
    await writeFile(real, 'old');
    await symlink(real, link);
    const gb = join(dir, 'link-in.txt');
    await writeFile(gb, Buffer.from([0xc4, 0xe3, 0xba, 0xc3]));
    expect((await galley(['clean', gb, '-o', link])).code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('你好');
    expect(await leftoverTemps(dir)).toEqual([]);
  });

  it('cleaning a cleaned file changes nothing', async () => {
    const once = join(dir, 'once.txt');
    const twice = join(dir, 'twice.txt');
    expect((await galley(['clean', SAMPLE, '-o', once])).code).toBe(0);
    expect((await galley(['clean', once, '-o', twice])).code).toBe(0);
    expect(await readFile(twice, 'utf8')).toBe(await readFile(once, 'utf8'));
  });
});

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.from(le.swap16());
}

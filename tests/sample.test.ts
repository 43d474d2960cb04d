/**
 * The reference draft: `galley clean` of the sample must read exactly as the gold copy written
 * by hand from ../shared/samples/README.md, and cleaning the gold must change nothing.
 *
 * The README lets an automatic clean keep either copy of the duplicated paragraph (lines 62 and
 * 68); the gold keeps the copy on line 68 and the test accepts the other choice too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { galley, removeFolder, SAMPLE, tempFolder } from './cli/helpers';

const GOLD = new URL('./fixtures/sample/hengyang-daily-2020-03-05.clean.txt', import.meta.url);
/** The duplicated paragraph, as the gold has it. */
const DUPLICATE_START = '会议原则同意《中共衡阳市委常委会2020年工作要点》';
/** The paragraph that follows the misplaced copy (line 64 of the sample). */
const AFTER_MISPLACED = '会议强调，要着力强化思想政治引领';

/** The gold, and the gold as it reads when the clean keeps the first (misplaced) copy instead. */
async function golds(): Promise<{ keepSecond: string; keepFirst: string }> {
  const keepSecond = await readFile(GOLD, 'utf8');
  const start = keepSecond.indexOf(DUPLICATE_START);
  const end = keepSecond.indexOf('\n', start);
  const paragraph = keepSecond.slice(start, end);
  const without = keepSecond.slice(0, start - 2) + keepSecond.slice(end);
  const at = without.indexOf(AFTER_MISPLACED);
  const keepFirst = `${without.slice(0, at)}${paragraph}\n\n${without.slice(at)}`;
  return { keepSecond, keepFirst };
}

let dir: string;
beforeAll(async () => {
  dir = await tempFolder('galley-sample-');
});
afterAll(async () => {
  await removeFolder(dir);
});

describe('the sample issue', () => {
  it('cleans to the gold copy', async () => {
    const out = join(dir, 'sample.clean.txt');
    const run = await galley(['clean', SAMPLE, '-o', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const cleaned = await readFile(out, 'utf8');
    const { keepSecond, keepFirst } = await golds();
    const keptFirst =
      cleaned.includes(DUPLICATE_START) &&
      cleaned.indexOf(DUPLICATE_START) < cleaned.indexOf(AFTER_MISPLACED);
    expect(cleaned).toBe(keptFirst ? keepFirst : keepSecond);
  });

  it('the gold copy cleans to itself', async () => {
    const out = join(dir, 'gold.clean.txt');
    const run = await galley(['clean', GOLD.pathname, '-o', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(out, 'utf8')).toBe(await readFile(GOLD, 'utf8'));
  });
});

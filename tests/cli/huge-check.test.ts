/**
 * Finding-dense drafts through `galley check` (slow: a CLI run over 130,000 findings): the JSON
 * is written as it goes, at most 100,000 findings of a kind are listed with the count of the
 * rest, and the human listing shows 1,000 of a kind and one line for the others.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { galley, removeFolder, tempFolder } from './helpers';

let dir: string;
let draft: string;
beforeAll(async () => {
  dir = await tempFolder('galley-huge-check-');
  draft = join(dir, 'dense.txt');
  // The reproduction: 130,000 half-width commas in Chinese text on one line.
  await writeFile(draft, '好,'.repeat(130_000));
});
afterAll(async () => {
  await removeFolder(dir);
});

describe('check on 130,000 findings of one kind', () => {
  it('lists 100,000 in the JSON and counts the rest', async () => {
    const run = await galley(['check', '--json', draft]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      files: { findings: { kind: string; start: number }[]; unlisted?: Record<string, number> }[];
    };
    const [file] = report.files;
    expect(file.findings).toHaveLength(100_000);
    expect(file.findings.every((f) => f.kind === 'punctuation-width')).toBe(true);
    expect(file.findings.at(-1)?.start).toBe(199_999);
    expect(file.unlisted).toEqual({ 'punctuation-width': 30_000 });
    expect(run.stderr).toContain('30000 more punctuation-width findings not listed');
  }, 300_000);

  it('prints 1,000 lines of the kind and one line for the rest, in English or Chinese', async () => {
    const en = await galley(['check', '--lang', 'en', draft]);
    expect(en.code).toBe(0);
    const lines = en.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/: 130000 findings, 100000\+ safe$/);
    expect(lines).toHaveLength(1 + 1000 + 1);
    expect(lines.at(-2)).toMatch(/^ {2}1:2000 {2}punctuation-width/);
    expect(lines.at(-1)).toBe('  … 129000 more punctuation-width findings not listed');
  }, 300_000);
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyseText, FINDING_KINDS, normalizeText } from '../../src/core/index';
import { loadChineseLexicon } from '../../src/main/lexicon/chinese';
import { loadShapeTable } from '../../src/main/lexicon/shapes';
import { loadEnglishFrequencies } from '../../src/main/lexicon/english';
import { galley, removeFolder, SAMPLE, tempFolder } from './helpers';

const span = z.strictObject({ start: z.number().int(), end: z.number().int() });
const finding = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(FINDING_KINDS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  replacement: z.string(),
  confidence: z.enum(['safe', 'suggest']),
  message: z.string().min(1),
  related: span.optional(),
});
const report = z.strictObject({
  files: z.array(
    z.strictObject({
      file: z.string(),
      encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']),
      findings: z.array(finding),
      unlisted: z.record(z.enum(FINDING_KINDS), z.number().int().positive()).optional(),
    }),
  ),
});

let dir: string;
beforeAll(async () => {
  dir = await tempFolder();
});
afterAll(async () => {
  await removeFolder(dir);
});

describe('galley check --json', () => {
  it('prints exactly one JSON document whose findings are the engine’s, messages in --lang', async () => {
    const sampleText = normalizeText(await readFile(SAMPLE, 'utf8'));
    // The CLI analyses with the shipped Chinese lexicon and shape table; so does the expectation.
    const { findings } = analyseText(sampleText, {
      lexicon: loadChineseLexicon(),
      shapes: loadShapeTable(),
      english: loadEnglishFrequencies(),
    });
    for (const lang of ['zh-CN', 'en'] as const) {
      const run = await galley(['check', '--json', '--lang', lang, SAMPLE]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const parsed = report.parse(JSON.parse(run.stdout));
      expect(parsed.files).toHaveLength(1);
      const [file] = parsed.files;
      expect(file.file).toBe(SAMPLE);
      expect(file.encoding).toBe('utf-8');
      expect(file.findings).toEqual(
        findings.map((f) => ({
          id: f.id,
          kind: f.kind,
          start: f.start,
          end: f.end,
          replacement: f.replacement,
          confidence: f.confidence,
          message: f.message[lang],
          ...(f.related ? { related: { start: f.related.start, end: f.related.end } } : {}),
        })),
      );
      for (const f of file.findings) {
        expect(f.start).toBeLessThanOrEqual(f.end);
        expect(f.end).toBeLessThanOrEqual(sampleText.length);
      }
    }
  });

  it('defaults the messages to zh-CN', async () => {
    const zh = await galley(['check', '--json', '--lang', 'zh-CN', SAMPLE]);
    const plain = await galley(['check', '--json', SAMPLE]);
    expect(plain.stdout).toBe(zh.stdout);
  });

  it('reports UTF-16 LE with BOM and offsets into the normalized text', async () => {
    const text = '本报讯 (记者 许珂) 3月4日,记者从市扶贫办获悉。\r\n\r\n第二段,在此。\r\n';
    const file = join(dir, 'utf16.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = await galley(['check', '--json', file]);
    expect(run.code).toBe(0);
    const parsed = report.parse(JSON.parse(run.stdout));
    expect(parsed.files[0].encoding).toBe('utf-16le');
    const expected = analyseText(normalizeText(text)).findings.map((f) => [f.id, f.start, f.end]);
    expect(parsed.files[0].findings.map((f) => [f.id, f.start, f.end])).toEqual(expected);
  });

  it('reads GB18030 bytes ("你好" = c4 e3 ba c3) and honours --encoding', async () => {
    const gb = join(dir, 'gb.txt');
    await writeFile(gb, Buffer.from([0xc4, 0xe3, 0xba, 0xc3]));
    const run = await galley(['check', '--json', gb]);
    expect(run.code).toBe(0);
    expect(report.parse(JSON.parse(run.stdout)).files[0].encoding).toBe('gb18030');

    // "你好" in UTF-16 LE without a BOM is 60 4f 7d 59, which also reads as ASCII "`O}Y".
    const le = join(dir, 'le.txt');
    await writeFile(le, Buffer.from('你好', 'utf16le'));
    const forced = await galley(['check', '--json', '--encoding', 'UTF-16LE', le]);
    expect(forced.code).toBe(0);
    expect(report.parse(JSON.parse(forced.stdout)).files[0].encoding).toBe('utf-16le');
    const guessed = await galley(['check', '--json', le]);
    expect(report.parse(JSON.parse(guessed.stdout)).files[0].encoding).toBe('utf-8');
  });

  it('lists the files in the order given, failed ones only on stderr', async () => {
    const good = join(dir, 'good.txt');
    await writeFile(good, '你好。\n');
    const missing = join(dir, 'missing.txt');
    const run = await galley(['check', '--json', good, missing, SAMPLE]);
    expect(run.code).toBe(1);
    const parsed = report.parse(JSON.parse(run.stdout));
    expect(parsed.files.map((f) => f.file)).toEqual([good, SAMPLE]);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(missing)]);
  });
});

describe('galley check (human output)', () => {
  it('prints a header per file and one line per finding with line:col, kind and confidence', async () => {
    const text = normalizeText(await readFile(SAMPLE, 'utf8'));
    const { findings } = analyseText(text, {
      lexicon: loadChineseLexicon(),
      shapes: loadShapeTable(),
      english: loadEnglishFrequencies(),
    });
    const run = await galley(['check', '--lang', 'en', SAMPLE]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${SAMPLE} (utf-8): ${findings.length} findings, ${findings.filter((f) => f.confidence === 'safe').length} safe`,
    );
    expect(lines).toHaveLength(findings.length + 1);
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
    findings.forEach((f, i) => {
      const line = lineStarts.filter((s) => s <= f.start).length;
      const col = [...text.slice(lineStarts[line - 1], f.start)].length + 1;
      expect(lines[i + 1]).toMatch(
        new RegExp(`^ +${line}:${col} +${f.kind} +${f.confidence} +\\S.* ${escape(f.message.en)}$`),
      );
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

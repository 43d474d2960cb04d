/**
 * Encodings that refuse to guess wrong. The reproductions: `本報訊 記者從市扶貧辦獲悉。` in Big5
 * was read as GB18030 ("セ厨癟…", exit 0) and stored; UTF-16 without a BOM was refused as
 * "binary data" with no hint. Now Big5 is detected, a decode whose Han characters come out rare
 * or not Chinese is refused, and UTF-16 is recognised by where its NULs fall.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError, type Encoding } from '../../src/core/text/decode';
import { hanPlausibility } from '../../src/core/text/han-plausibility';
import { encodeBig5, TRADITIONAL_NEWS } from '../fixtures/import/big5';
import { encodeGb18030 } from '../fixtures/import/gb18030';
import { draftOf, loadArticles } from '../fixtures/shared-corpus';
import { galley, removeFolder, tempFolder } from '../workspace/helpers';

const REPRO = '本報訊 記者從市扶貧辦獲悉。';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

function big5(text: string): Uint8Array {
  const bytes = encodeBig5(text);
  if (!bytes) throw new Error('not Big5');
  return bytes;
}

function failure(bytes: Uint8Array, forced?: Encoding): DecodeError {
  try {
    decodeBytes(bytes, forced);
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('decoded');
}

describe('Big5', () => {
  it('detects the reproduction and traditional news as Big5, text exact', () => {
    for (const text of [REPRO, TRADITIONAL_NEWS]) {
      expect(decodeBytes(big5(text))).toEqual({ text, encoding: 'big5', bom: false });
    }
  });

  it('still reads traditional Chinese stored as GB18030 as GB18030', () => {
    expect(decodeBytes(encodeGb18030(TRADITIONAL_NEWS)).encoding).toBe('gb18030');
  });

  it('reads --encoding big5, big5-hkscs and cp950', () => {
    for (const name of ['big5', 'big5-hkscs', 'cp950'] as const) {
      expect(decodeBytes(big5(REPRO), name === 'big5' ? 'big5' : 'big5').text).toBe(REPRO);
    }
  });

  it('never takes bytes Node’s Big5 decoder would silently drop or cut', () => {
    // ICU drops 0x80 and 0xFF, even with fatal: true.
    for (const bytes of [
      [0x41, 0xff, 0x41],
      [0x41, 0x80, 0x41],
      [0x41, 0xa4, 0x20],
    ]) {
      expect(failure(Uint8Array.from(bytes), 'big5').reason).toBe('undecodable');
    }
  });

  it('every zh-news article as GB18030 stays GB18030, and its Big5-encodable text as Big5 is Big5', () => {
    for (const article of loadArticles()) {
      const text = draftOf(article);
      let gb: Uint8Array | null = null;
      try {
        gb = encodeGb18030(text);
      } catch {
        // a character the test encoder has no code for (four-byte GB18030)
      }
      if (gb) expect(decodeBytes(gb).encoding).toBe('gb18030');
      // The corpus is simplified Chinese: keep the characters Big5 (with HKSCS) has.
      const shared = [...text].filter((ch) => encodeBig5(ch) !== null).join('');
      expect(decodeBytes(big5(shared))).toEqual({ text: shared, encoding: 'big5', bom: false });
    }
  });
});

describe('decodes that do not read as Chinese are refused', () => {
  it('refuses bytes whose every candidate turns the Han characters rare or non-Han', () => {
    // Pairs from the top of the byte range: valid in GB18030 and Big5, rare characters in both.
    const bytes = Uint8Array.from(
      Array.from({ length: 40 }, (_, i) => [0xf9 - (i % 5), 0xa1 + ((i * 7) % 90)]).flat(),
    );
    const error = failure(bytes);
    expect(error.reason).toBe('undecodable');
    expect(error.message).toContain('--encoding');
    expect(error.message).toMatch(/gb18030/);
  });

  it('scores real Chinese near 1 and wrong decodes far lower', () => {
    const news = draftOf(loadArticles()[0]);
    expect(hanPlausibility(news).ratio).toBeGreaterThan(0.95);
    expect(hanPlausibility(TRADITIONAL_NEWS).ratio).toBeGreaterThan(0.95);
    const garbled = new TextDecoder('gb18030').decode(big5(TRADITIONAL_NEWS));
    expect(hanPlausibility(garbled).ratio).toBeLessThan(0.4);
  });
});

describe('UTF-16 without a byte order mark', () => {
  it('is recognised by where its NULs fall, in both byte orders', () => {
    for (const order of ['le', 'be'] as const) {
      for (const text of [REPRO, TRADITIONAL_NEWS, 'plain English draft\n']) {
        expect(decodeBytes(utf16(text, order))).toEqual({
          text,
          encoding: `utf-16${order}`,
          bom: false,
        });
      }
    }
  });

  it('is recognised without any ASCII (no NULs at all) when it reads as Chinese', () => {
    const text = '本市舉辦秋季農產品展銷會全市各區縣的合作社和農戶將帶來稻米茶葉';
    expect(decodeBytes(utf16(text, 'le')).encoding).toBe('utf-16le');
  });

  it('binary data with NULs on both sides is still binary; one-sided NULs get the hint', () => {
    expect(
      failure(Uint8Array.from([0x89, 0x50, 0x00, 0x00, 0x0d, 0x00, 0x00, 0x1a])).message,
    ).not.toMatch(/--encoding/);
    const oddUtf16 = utf16('text\u0001more', 'le');
    const error = failure(oddUtf16);
    expect(error.reason).toBe('binary');
    expect(error.message).toContain('--encoding utf-16le');
  });
});

describe('galley check and import', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempFolder('galley-enc-');
  });
  afterAll(() => removeFolder(root));

  it('report Big5 and UTF-16 drafts by their encoding and store the exact text', async () => {
    const files: [string, Uint8Array, string][] = [
      ['big5.txt', big5(`${REPRO}\n`), 'big5'],
      ['utf16.txt', utf16(`${TRADITIONAL_NEWS}`, 'le'), 'utf-16le'],
    ];
    for (const [name, bytes] of files) await writeFile(join(root, name), bytes);
    const check = await galley(['check', '--json', ...files.map(([name]) => join(root, name))]);
    expect(check.code, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout) as { files: { encoding: string }[] };
    expect(report.files.map((f) => f.encoding)).toEqual(files.map(([, , enc]) => enc));

    const ws = join(root, 'ws');
    const imported = await galley(['import', join(root, 'big5.txt'), '--workspace', ws, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const id = (JSON.parse(imported.stdout) as { imported: { issue: { id: string } }[] })
      .imported[0].issue.id;
    const shown = await galley(['show', id, '--workspace', ws]);
    expect(shown.stdout).toBe(`${REPRO}\n`);
  }, 60_000);

  it('refuse a draft no encoding reads as Chinese, storing nothing', async () => {
    const bytes = Uint8Array.from(
      Array.from({ length: 40 }, (_, i) => [0xf9 - (i % 5), 0xa1 + ((i * 7) % 90)]).flat(),
    );
    const file = join(root, 'garbled.txt');
    await writeFile(file, bytes);
    const ws = join(root, 'ws-refused');
    const run = await galley(['import', file, '--workspace', ws]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--encoding');
    const cleaned = await galley(['clean', file, '-o', join(root, 'out.txt')]);
    expect(cleaned.code).toBe(1);
    await expect(readFile(join(root, 'out.txt'))).rejects.toThrow();
  }, 60_000);
});

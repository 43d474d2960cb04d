/** Text drafts: every encoding Galley reads, BOMs, the user's override, and bytes that are not text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ImportError, importBytes } from '../../src/main/import';
import { normalizeText } from '../../src/core';
import { encodeGb18030 } from '../fixtures/import/gb18030';

const SAMPLE = readFileSync('../shared/samples/hengyang-daily-2020-03-05.txt', 'utf8');

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  return bom
    ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes])
    : bytes;
}

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ImportError) return error;
  throw new Error(`expected an ImportError, got ${String(error)}`);
}

describe('the sample issue in every encoding', () => {
  const cases: [string, Uint8Array, string][] = [
    ['utf-8', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
    [
      'utf-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]),
      'utf-8',
    ],
    ['utf-16le with BOM', utf16(SAMPLE, 'le'), 'utf-16le'],
    ['utf-16be with BOM', utf16(SAMPLE, 'be'), 'utf-16be'],
    ['gb18030', encodeGb18030(SAMPLE), 'gb18030'],
  ];
  for (const [label, bytes, encoding] of cases) {
    it(`reads ${label}`, async () => {
      const draft = await importBytes(bytes, 'hengyang.txt');
      expect(draft).toMatchObject({
        format: 'txt',
        encoding,
        sourceName: 'hengyang.txt',
        pages: 1,
        lowConfidence: [],
      });
      expect(draft.text).toBe(normalizeText(SAMPLE));
    });
  }
});

describe('encodings', () => {
  it('does not mistake a short GB18030 text for another encoding', async () => {
    for (const text of ['中文', '报', '衡阳日报', '记者 许珂']) {
      const draft = await importBytes(encodeGb18030(text), 'short.txt');
      expect(draft.encoding).toBe('gb18030');
      expect(draft.text).toBe(text);
    }
  });

  it('normalizes CRLF and lone CR line ends, nothing else', async () => {
    const draft = await importBytes(Buffer.from('一\r\n二\r三\n\n　　四 '), 'crlf.txt');
    expect(draft.text).toBe('一\n二\n三\n\n　　四 ');
  });

  it('uses the encoding the user names', async () => {
    const bytes = encodeGb18030('衡阳');
    expect((await importBytes(bytes, 'x.txt', { encoding: 'GBK' })).text).toBe('衡阳');
    const latinAsUtf16 = await importBytes(utf16('abc', 'le', false), 'x.txt', {
      encoding: 'utf-16le',
    });
    expect(latinAsUtf16).toMatchObject({ text: 'abc', encoding: 'utf-16le' });
    const error = await failure(importBytes(bytes, 'x.txt', { encoding: 'utf-8' }));
    expect(error.reason).toBe('undecodable');
    expect(error.message).toContain('"x.txt"');
    const unknown = await failure(importBytes(bytes, 'x.txt', { encoding: 'klingon' }));
    expect(unknown.reason).toBe('undecodable');
    expect(unknown.message).toMatch(/klingon/);
  });

  it('refuses bytes no encoding reads, never substituting U+FFFD', async () => {
    const error = await failure(
      importBytes(new Uint8Array([0x41, 0xff, 0xff, 0xff, 0x42]), 'junk.txt'),
    );
    expect(error.reason).toBe('undecodable');
  });

  it('refuses binary data', async () => {
    const error = await failure(
      importBytes(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x01]), 'data.txt'),
    );
    expect(error.reason).toBe('binary');
    expect(error.message).toMatch(/^"data.txt" cannot be read as text: this is binary data/);
  });

  it('counts pages separated by form feeds', async () => {
    expect((await importBytes(Buffer.from('一\f二\f'), 'ff.txt')).pages).toBe(2);
  });

  it('gives back any text, in UTF-8, UTF-16 and GB18030 alike (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.constantFrom(
            'a',
            ' ',
            '\n',
            '\r\n',
            '中',
            '文',
            '，',
            '。',
            'ü',
            '—',
            '\t',
            '1',
          ),
        }),
        async (text) => {
          const expected = normalizeText(text);
          expect((await importBytes(Buffer.from(text), 'p.txt')).text).toBe(expected);
          expect((await importBytes(utf16(text, 'le'), 'p.txt')).text).toBe(expected);
          const gb = await importBytes(encodeGb18030(text), 'p.txt');
          expect(gb.text).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  ENCODINGS,
  decodeBytes,
  parseEncoding,
  type Encoding,
} from '../../src/core/text/decode';

/** Bytes from a hex string ("c4e3bac3"). */
function hex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** UTF-16 code units of `text` in the given byte order (no BOM). */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function reasonOf(bytes: Uint8Array, forced?: Encoding): string {
  try {
    decodeBytes(bytes, forced);
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    return (error as DecodeError).reason;
  }
  return 'decoded';
}

const UTF8_BOM = hex('efbbbf');
const UTF16LE_BOM = hex('fffe');
const UTF16BE_BOM = hex('feff');

/**
 * GB18030 test strings with their bytes, as produced by glibc's converter
 * (`printf '…' | iconv -f utf-8 -t gb18030 | xxd -p`). TextEncoder only writes UTF-8, and
 * Node has no GB18030 encoder, so the bytes are fixed here.
 */
const GB18030 = {
  你好: 'c4e3bac3',
  /** A ten-character headline: the case statistical detectors get wrong. */
  全力释放产能确保供应: 'c8abc1a6cacdb7c5b2fac4dcc8b7b1a3b9a9d3a6',
  会议强调要全面准确: 'bbe1d2e9c7bfb5f7d2aac8abc3e6d7bcc8b7',
  /** U+20000 takes a four-byte sequence; € is a two-byte one. */
  '𠀀€': '95328236a2e3',
} as const;

describe('decodeBytes: UTF-8', () => {
  it('reads UTF-8 without a BOM', () => {
    const bytes = new TextEncoder().encode('衡阳日报 Hengyang Daily\n第一版');
    expect(decodeBytes(bytes)).toEqual({
      text: '衡阳日报 Hengyang Daily\n第一版',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const bytes = concat(UTF8_BOM, new TextEncoder().encode('本报讯（记者 许珂）'));
    expect(decodeBytes(bytes)).toEqual({
      text: '本报讯（记者 许珂）',
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
    expect(decodeBytes(UTF8_BOM)).toEqual({ text: '', encoding: 'utf-8', bom: true });
  });

  it('keeps CRLF line ends as they are (normalizing is the document model’s job)', () => {
    expect(decodeBytes(new TextEncoder().encode('甲\r\n乙\r丙')).text).toBe('甲\r\n乙\r丙');
  });
});

describe('decodeBytes: UTF-16 with a BOM', () => {
  const text = '新华社北京3月4日电 COVID-19 𠀀';

  it('reads UTF-16 LE', () => {
    expect(decodeBytes(concat(UTF16LE_BOM, utf16(text, 'le')))).toEqual({
      text,
      encoding: 'utf-16le',
      bom: true,
    });
  });

  it('reads UTF-16 BE', () => {
    expect(decodeBytes(concat(UTF16BE_BOM, utf16(text, 'be')))).toEqual({
      text,
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('refuses UTF-16 with an odd number of bytes or a lone surrogate', () => {
    expect(reasonOf(concat(UTF16LE_BOM, hex('410042')))).toBe('undecodable');
    expect(reasonOf(concat(UTF16LE_BOM, hex('00d84100')))).toBe('undecodable');
    expect(reasonOf(concat(UTF16BE_BOM, hex('dc000041')))).toBe('undecodable');
  });

  it('refuses UTF-16 that decodes to NUL characters', () => {
    expect(reasonOf(concat(UTF16LE_BOM, utf16('A\u0000B', 'le')))).toBe('binary');
  });
});

describe('decodeBytes: GB18030', () => {
  it.each(Object.entries(GB18030))('reads %s from GB18030 bytes', (text, bytes) => {
    expect(decodeBytes(hex(bytes))).toEqual({ text, encoding: 'gb18030', bom: false });
  });

  it('detects a ten-character GB18030 headline as GB18030, not as some other text', () => {
    const decoded = decodeBytes(hex(GB18030.全力释放产能确保供应));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe('全力释放产能确保供应');
    expect([...decoded.text]).toHaveLength(10);
  });

  it('reads a GB18030 paragraph with ASCII and line breaks', () => {
    const bytes = concat(
      hex(GB18030.会议强调要全面准确),
      new TextEncoder().encode(', 2020\r\n'),
      hex(GB18030.你好),
    );
    expect(decodeBytes(bytes)).toEqual({
      text: '会议强调要全面准确, 2020\r\n你好',
      encoding: 'gb18030',
      bom: false,
    });
  });
});

describe('decodeBytes: forced encodings', () => {
  it('uses only the forced encoding, even when another would decode', () => {
    const utf8 = new TextEncoder().encode('你好');
    expect(decodeBytes(utf8, 'gb18030')).toEqual({
      text: '浣犲ソ',
      encoding: 'gb18030',
      bom: false,
    });
    expect(decodeBytes(hex(GB18030.你好), 'gb18030').text).toBe('你好');
  });

  it('removes a BOM of the forced encoding', () => {
    const bytes = concat(UTF16BE_BOM, utf16('你好', 'be'));
    expect(decodeBytes(bytes, 'utf-16be')).toEqual({
      text: '你好',
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('refuses bytes that are not valid in the forced encoding', () => {
    expect(reasonOf(hex(GB18030.你好), 'utf-8')).toBe('undecodable');
  });

  it('parses encoding names and their aliases', () => {
    expect(parseEncoding('UTF8')).toBe('utf-8');
    expect(parseEncoding(' gbk ')).toBe('gb18030');
    expect(parseEncoding('GB2312')).toBe('gb18030');
    expect(parseEncoding('utf-16LE')).toBe('utf-16le');
    for (const name of ENCODINGS) expect(parseEncoding(name)).toBe(name);
    expect(() => parseEncoding('latin1')).toThrow(DecodeError);
    const error = catchError(() => parseEncoding('shift_jis'));
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).reason).toBe('unknown-encoding');
    expect((error as DecodeError).message).toContain('shift_jis');
  });
});

describe('decodeBytes: refusals', () => {
  it('refuses binary data with NUL bytes', () => {
    expect(reasonOf(hex('89504e470d0a1a0a0000000d49484452'))).toBe('binary'); // a PNG header
    expect(reasonOf(new TextEncoder().encode('text\u0000more'))).toBe('binary');
  });

  it('refuses control characters that no text draft contains', () => {
    expect(reasonOf(new TextEncoder().encode('abc\u0001def'))).toBe('binary');
    expect(reasonOf(new TextEncoder().encode('a\u0008b'))).toBe('binary');
  });

  it('accepts the control characters text does contain', () => {
    const text = 'tab\there\nform\ffeed\vvertical\r\nend';
    expect(decodeBytes(new TextEncoder().encode(text)).text).toBe(text);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(reasonOf(hex('41ff41'))).toBe('undecodable');
    expect(reasonOf(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toBe('undecodable'); // latin-1 "café"
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', () => {
    expect(reasonOf(concat(UTF8_BOM, hex('c4e3ff')))).toBe('undecodable');
  });

  it('never substitutes U+FFFD: damaged bytes are an error, not replacement characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        let text: string;
        try {
          text = decodeBytes(bytes).text;
        } catch (error) {
          return error instanceof DecodeError;
        }
        // Any U+FFFD must have been in the bytes as a real character (UTF-8 ef bf bd).
        const real = Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd]));
        return real || !text.includes('\ufffd');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeBytes: round trip', () => {
  /** No C0 control but tab, LF and CR; no DEL; no leading U+FEFF (it would read as a BOM). */
  const isDraftText = (text: string): boolean => {
    if (text.startsWith('\ufeff')) return false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x7f || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) {
        return false;
      }
    }
    return true;
  };

  it('returns any text without lone surrogates or control characters from its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }).filter(isDraftText), (text) => {
        const decoded = decodeBytes(new TextEncoder().encode(text));
        expect(decoded.text).toBe(text);
        expect(decoded.encoding).toBe('utf-8');
      }),
      { numRuns: 1000 },
    );
  });

  it('returns CJK-heavy text from its UTF-8 bytes', () => {
    const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c));
    const mixed = fc.oneof(cjk, cjk, fc.constantFrom('，', '。', ' ', '\n', 'A', '5', '𠀀'));
    fc.assert(
      fc.property(fc.array(mixed, { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        expect(decodeBytes(new TextEncoder().encode(text)).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

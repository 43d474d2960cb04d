/**
 * Strict decoding of draft bytes: BOM first, then UTF-8, then GB18030, each with
 * `TextDecoder({fatal: true})`, so nothing is ever silently replaced by U+FFFD.
 */

/** Encodings Galley reads, by the names it reports and accepts in `--encoding`. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  /** The decoded text, BOM removed, line ends as in the file (normalize before analysing). */
  readonly text: string;
  readonly encoding: Encoding;
  /** True when the bytes began with a byte order mark. */
  readonly bom: boolean;
}

export type DecodeFailure = 'binary' | 'undecodable' | 'unknown-encoding';

/** Raised for bytes that are not text Galley can read; `message` is a sentence for a person. */
export class DecodeError extends Error {
  constructor(
    readonly reason: DecodeFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

const ALIASES: Record<string, Encoding> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
};

/** Resolves a user-given encoding name (`GBK`, `utf8`…) or throws a DecodeError. */
export function parseEncoding(name: string): Encoding {
  const found = ALIASES[name.trim().toLowerCase()];
  if (!found) {
    throw new DecodeError(
      'unknown-encoding',
      `Unknown encoding "${name}"; use one of ${ENCODINGS.join(', ')} (gbk and gb2312 read as gb18030).`,
    );
  }
  return found;
}

function strict(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** True when the text has control characters no text draft contains (NUL and friends). */
function looksBinary(text: string): boolean {
  // Tab, LF, VT, FF, CR and ESC are text; other C0 controls (NUL above all) mean binary data.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || (code > 0x0d && code !== 0x1b))) return true;
  }
  return false;
}

/**
 * Decodes draft bytes. With `forced`, only that encoding is tried (a BOM of the same encoding is
 * still removed). Throws DecodeError for binary data or bytes that no supported encoding reads.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  const bom = bomOf(bytes);
  let decoded: Decoded | undefined;
  if (forced) {
    const skip = bom && bom.encoding === forced ? bom.length : 0;
    const text = strict(forced, bytes.subarray(skip));
    if (text === undefined) {
      throw new DecodeError('undecodable', `The bytes are not valid ${forced}.`);
    }
    decoded = { text, encoding: forced, bom: skip > 0 };
  } else if (bom) {
    const text = strict(bom.encoding, bytes.subarray(bom.length));
    if (text === undefined) {
      throw new DecodeError(
        'undecodable',
        `The file starts with a ${bom.encoding} byte order mark but is not valid ${bom.encoding}.`,
      );
    }
    decoded = { text, encoding: bom.encoding, bom: true };
  } else {
    if (bytes.includes(0)) {
      throw new DecodeError(
        'binary',
        'This is binary data (it contains NUL bytes), not a text draft.',
      );
    }
    for (const encoding of ['utf-8', 'gb18030'] as const) {
      const text = strict(encoding, bytes);
      if (text !== undefined) {
        decoded = { text, encoding, bom: false };
        break;
      }
    }
    if (!decoded) {
      throw new DecodeError(
        'undecodable',
        'The bytes are neither UTF-8 nor GB18030 text; give the encoding with --encoding if you know it.',
      );
    }
  }
  if (looksBinary(decoded.text)) {
    throw new DecodeError(
      'binary',
      'This is binary data (it contains control characters), not a text draft.',
    );
  }
  return decoded;
}

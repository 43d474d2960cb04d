/**
 * Strict decoding of draft bytes, each try with `TextDecoder({fatal: true})`, so nothing is ever
 * silently replaced by U+FFFD:
 *
 * 1. a byte order mark names the encoding;
 * 2. bytes that are valid UTF-8 are UTF-8;
 * 3. bytes with NULs are UTF-16 when the NULs fall on one side of the code units (the high byte
 *    of ASCII characters, line ends, digits), else binary data;
 * 4. otherwise GB18030, Big5 (with HKSCS) and UTF-16 without a BOM are each decoded and the one
 *    that reads as Chinese wins (han-plausibility.ts). A decode that turns the Han characters into
 *    rare or non-Han ones is never taken: when no candidate reads as Chinese, or two read
 *    equally well, the file is refused with a sentence naming the candidates and `--encoding`.
 */
import { hanPlausibility, type HanPlausibility } from './han-plausibility';

/** Encodings Galley reads, by the names it reports and accepts in `--encoding`. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
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
  big5: 'big5',
  'big5-hkscs': 'big5',
  big5hkscs: 'big5',
  cp950: 'big5',
};

/** Resolves a user-given encoding name (`GBK`, `utf8`…) or throws a DecodeError. */
export function parseEncoding(name: string): Encoding {
  const found = ALIASES[name.trim().toLowerCase()];
  if (!found) {
    throw new DecodeError(
      'unknown-encoding',
      `Unknown encoding "${name}"; use one of ${ENCODINGS.join(', ')} (gbk and gb2312 read as gb18030, big5-hkscs and cp950 as big5).`,
    );
  }
  return found;
}

function strict(encoding: Encoding, bytes: Uint8Array, stream = false): string | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, {
      stream,
    });
    return encoding === 'big5' && !keptEveryBig5Character(bytes, text, stream) ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * Node's Big5 decoder (ICU) is not strict even with `fatal`: it drops 0x80, 0xFF and byte pairs
 * it has no character for. So Big5 bytes are checked here: every lead byte (0x81–0xFE) must be
 * followed by a trail byte (0x40–0x7E, 0xA1–0xFE), and the text must hold at least one code
 * point per character the bytes spell (a dropped pair makes it shorter).
 */
function keptEveryBig5Character(bytes: Uint8Array, text: string, stream: boolean): boolean {
  let characters = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    characters++;
    if (byte < 0x80) continue;
    if (byte === 0x80 || byte === 0xff) return false;
    if (i + 1 >= bytes.length) return stream && characters-- > 0; // a pair cut by the sample
    const trail = bytes[++i];
    if (!((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) return false;
  }
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) points++;
  }
  return points >= characters;
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

/** How much of a file the encoding guess reads (the chosen encoding then decodes all of it). */
const SAMPLE_BYTES = 256 * 1024;

/** Han and odd characters a guess needs before it may refuse or prefer on their evidence. */
const MIN_EVIDENCE = 4;

/** Below this share of common Han characters a decode does not read as Chinese. */
const MIN_RATIO = 0.6;

/** Candidates closer than this read about equally well: the preferred one (LEGACY order) wins. */
const MIN_MARGIN = 0.1;

/**
 * UTF-16 without a BOM, recognised by its NULs: the high byte of every ASCII code unit is 0, so
 * in little-endian text the NULs sit at odd offsets, in big-endian text at even ones. Binary
 * data has NULs on both sides.
 */
function decodeWithNuls(bytes: Uint8Array): Decoded {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  // Han characters such as 一 (U+4E00) put a few NULs on the other side too.
  const oneSided = Math.min(even, odd) * 3 <= Math.max(even, odd);
  const encoding: Encoding = odd > even ? 'utf-16le' : 'utf-16be';
  if (oneSided && bytes.length % 2 === 0) {
    const text = strict(encoding, bytes);
    if (text !== undefined && !looksBinary(text) && readsAsText(text)) {
      return { text, encoding, bom: false };
    }
  }
  throw new DecodeError(
    'binary',
    oneSided
      ? `This is binary data (it contains NUL bytes), not a text draft. If it is UTF-16 text without a byte order mark, give --encoding ${encoding} (or the other byte order).`
      : 'This is binary data (it contains NUL bytes), not a text draft.',
  );
}

function evidence(score: HanPlausibility): boolean {
  return score.han + score.odd >= MIN_EVIDENCE;
}

/**
 * UTF-16 decoded from bytes with NULs is taken only when it reads as text: Chinese with enough
 * common Han characters, or mostly printable ASCII (so a few bytes of a binary header whose
 * NULs happen to fall on one side are still binary).
 */
function readsAsText(text: string): boolean {
  const score = hanPlausibility(text);
  if (evidence(score)) return score.ratio >= MIN_RATIO;
  let ascii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d) ascii++;
  }
  return text.length >= 4 && ascii >= text.length * 0.9;
}

interface Scored {
  readonly encoding: Encoding;
  readonly score: HanPlausibility;
}

/** A long text that reads as Chinese beyond doubt (two such decodes make a file ambiguous). */
function isSure(score: HanPlausibility): boolean {
  return score.han >= 20 && score.ratio >= 0.95;
}

/** The legacy encodings tried, in order of preference when the evidence cannot tell them apart. */
const LEGACY: readonly Encoding[] = ['gb18030', 'big5', 'utf-16le', 'utf-16be'];

/**
 * Bytes that are not UTF-8 and have no NULs: each legacy candidate decodes a sample, and the one
 * whose Han characters are common wins (see the module comment).
 */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const partial = sample.length < bytes.length;
  const scored: Scored[] = [];
  for (const encoding of LEGACY) {
    if (encoding.startsWith('utf-16') && bytes.length % 2 !== 0) continue;
    const text = strict(encoding, sample, partial);
    if (text === undefined || looksBinary(text)) continue;
    const score = hanPlausibility(text);
    // UTF-16 without NULs has no ASCII at all: only Chinese evidence can make it a candidate.
    if (encoding.startsWith('utf-16') && (!evidence(score) || score.ratio < MIN_RATIO)) continue;
    scored.push({ encoding, score });
  }
  if (scored.length === 0) {
    throw new DecodeError(
      'undecodable',
      'The bytes are not UTF-8, GB18030, Big5 or UTF-16 text; give the encoding with --encoding if you know it.',
    );
  }
  const order = (c: Scored): number => LEGACY.indexOf(c.encoding);
  const ranked = [...scored].sort((a, b) => b.score.ratio - a.score.ratio || order(a) - order(b));
  // Within a margin the preferred encoding wins: GB18030 text read as Big5 can look common in a
  // short line, while Big5 text read as GB18030 never does (its lead bytes land on kana rows).
  let best = ranked[0];
  for (const c of ranked) {
    if (ranked[0].score.ratio - c.score.ratio < MIN_MARGIN && order(c) < order(best)) best = c;
  }
  if (evidence(best.score) && best.score.ratio < MIN_RATIO) {
    throw new DecodeError(
      'undecodable',
      `The bytes decode as ${names(scored)}, but none reads as Chinese (most Han characters would come out rare or not Chinese at all); give the encoding with --encoding if you know it.`,
    );
  }
  const rival = ranked.find((c) => c !== best && isSure(c.score));
  if (rival && isSure(best.score)) {
    throw new DecodeError(
      'undecodable',
      `The bytes read as Chinese in both ${best.encoding} and ${rival.encoding}; give the right one with --encoding ${best.encoding} or --encoding ${rival.encoding}.`,
    );
  }
  const chosen = best.encoding;
  const text = strict(chosen, bytes);
  if (text === undefined) {
    throw new DecodeError(
      'undecodable',
      `The bytes read as ${chosen} at first but are not valid ${chosen} further on; give the encoding with --encoding if you know it.`,
    );
  }
  return { text, encoding: chosen, bom: false };
}

function names(scored: readonly { encoding: Encoding }[]): string {
  const list = scored.map((c) => c.encoding);
  return list.length === 1
    ? list[0]
    : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
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
  } else if (bytes.includes(0)) {
    decoded = decodeWithNuls(bytes);
  } else {
    const text = strict('utf-8', bytes);
    decoded = text !== undefined ? { text, encoding: 'utf-8', bom: false } : decodeLegacy(bytes);
  }
  if (looksBinary(decoded.text)) {
    throw new DecodeError(
      'binary',
      'This is binary data (it contains control characters), not a text draft.',
    );
  }
  return decoded;
}

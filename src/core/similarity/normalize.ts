/**
 * Normalization for matching: two paragraphs that differ only in spacing, line breaks or the
 * width of their punctuation normalize to the same string.
 *
 * The result is for comparing text only; its offsets do not map back to the document.
 */

import { HALF_TO_FULL_WIDTH as HALF_TO_FULL } from '../text/widths';

/** The full-width form's code of each half-width mark of `HALF_TO_FULL_WIDTH`, by its code. */
const FULL_CODE: number[] = [];
for (const [half, full] of Object.entries(HALF_TO_FULL))
  FULL_CODE[half.charCodeAt(0)] = full.charCodeAt(0);
/**
 * What the key makes of each ASCII code: the code itself, the full-width mark's, or -1 for white
 * space (removed).
 */
const ASCII_KEY = Int32Array.from({ length: 0x80 }, (_, code) =>
  isWhiteSpaceCode(code) ? -1 : (FULL_CODE[code] ?? code),
);

/** True for the code units `\s` matches (white space and line terminators). */
export function isWhiteSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when the code unit is removed or replaced by the matching key (after NFKC). */
function changes(code: number): boolean {
  return code < 0x80 ? ASCII_KEY[code] !== code : isWhiteSpaceCode(code);
}

/** Where the key is built: one buffer reused, grown as needed up to KEPT_MAX code units. */
let units = new Uint16Array(1024);
const KEPT_MAX = 1 << 16;
const utf16 = new TextDecoder('utf-16le');

/**
 * The matching key of `text`: NFKC (full-width letters and digits become ASCII, compatibility
 * ideographs become unified ones), every whitespace character removed (spaces, tabs, U+3000,
 * line breaks), then the half-width marks `, : ; ( ) ? !` mapped to `，：；（）？！`.
 *
 * Idempotent: `normalizeForMatch(normalizeForMatch(t)) === normalizeForMatch(t)`.
 */
export function normalizeForMatch(text: string): string {
  const normal = text.normalize('NFKC');
  const n = normal.length;
  let first = 0;
  while (first < n && !changes(normal.charCodeAt(first))) first++;
  if (first === n) return normal;
  // One pass over code units into a buffer, decoded once (two regular expressions, one with a
  // replacer called per mark, cost twice as much on comma-heavy OCR text).
  // A paragraph longer than the kept buffer's limit gets a buffer of its own, not kept.
  if (units.length < n && n <= KEPT_MAX) units = new Uint16Array(Math.min(KEPT_MAX, 2 * n));
  const buffer = units.length >= n ? units : new Uint16Array(n);
  let k = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const code = normal.charCodeAt(i);
    // ASCII by table: most of an English issue's code units, asked once each.
    if (code < 0x80) {
      const key = ASCII_KEY[code]!;
      if (key >= 0) buffer[k++] = key;
      continue;
    }
    if (isWhiteSpaceCode(code)) continue;
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    buffer[k++] = code;
  }
  // The decoder would turn a lone surrogate into U+FFFD; char codes keep every unit as it is.
  return surrogates ? fromUnits(buffer, k) : utf16.decode(buffer.subarray(0, k));
}

/** The string of the first `count` code units of `codes`, whatever they are. */
function fromUnits(codes: Uint16Array, count: number): string {
  let out = '';
  for (let from = 0; from < count; from += 4096) {
    const chunk = codes.subarray(from, Math.min(count, from + 4096));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

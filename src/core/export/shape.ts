/**
 * The kind of a change read from its shape alone, for changes no finding explains (an editor
 * applying by hand what a detector would have proposed, or a detector that is turned off).
 */
import type { FindingKind } from '../finding';
import { isLatinLetter } from '../document/script';
import type { Hunk } from './hunks';

const JUMP_LINE =
  /^[（(]?\s*(?:下转|上接|转|接)第?[一二三四五六七八九十0-9]+版\s*[)）]?$|^详见第?[一二三四五六七八九十0-9]+版$/u;

/** Half-width marks and the full-width forms a Chinese text uses for them. */
const WIDTH_PAIRS: ReadonlyArray<readonly [string, string]> = [
  [',', '，'],
  [':', '：'],
  [';', '；'],
  ['(', '（'],
  [')', '）'],
  ['?', '？'],
  ['!', '！'],
  ['.', '。'],
];
const TO_HALF = new Map(WIDTH_PAIRS.map(([half, full]) => [full, half]));

/** The kind a hunk's shape suggests in `original` (normalized), or undefined. */
export function kindFromShape(original: string, h: Hunk): FindingKind | undefined {
  const { before, after } = h;
  if (h.wholeParagraph && after === '') {
    if (JUMP_LINE.test(before.trim())) return 'jump-line';
    if (occursElsewhere(original, before, h.start)) return 'duplicate-paragraph';
    return undefined;
  }
  if (/^[\s]*$/.test(before) && /^[\s]*$/.test(after)) {
    if (newlines(before) >= 2 && newlines(after) < 2) return 'broken-paragraph';
    if (newlines(before) === newlines(after)) return 'stray-space';
    return undefined;
  }
  if (after === '' && /^-\s*\n\s*$/.test(before) && isLatinLetter(code(original, h.start - 1))) {
    return 'hyphenation';
  }
  if (after === '' && JUMP_LINE.test(before.trim())) return 'jump-line';
  if (after === '' && isStutter(original, h.start, before.length)) return 'repeated-phrase';
  const squash = (s: string): string =>
    Array.from(s.replace(/[\s\u3000]/g, ''), (ch) => TO_HALF.get(ch) ?? ch).join('');
  if (squash(before) === squash(after)) {
    return before.replace(/[\s\u3000]/g, '') === after.replace(/[\s\u3000]/g, '')
      ? 'stray-space'
      : 'punctuation-width';
  }
  return undefined;
}

function newlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}

function code(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

/** True when `text` (a whole paragraph) also stands as a paragraph somewhere else. */
function occursElsewhere(original: string, text: string, at: number): boolean {
  for (let i = original.indexOf(text); i >= 0; i = original.indexOf(text, i + 1)) {
    if (i === at) continue;
    const startsBlock = i === 0 || original[i - 1] === '\n';
    const endsBlock = i + text.length === original.length || original[i + text.length] === '\n';
    if (startsBlock && endsBlock) return true;
  }
  return false;
}

/**
 * True when deleting `len` characters at `start` removes one copy of a doubled phrase
 * ("依法依规依规" → "依法依规"). A diff may place such a deletion anywhere along the repeat, so
 * every equivalent position is tried.
 */
function isStutter(text: string, start: number, len: number): boolean {
  if (len < 1 || len > 12) return false;
  let lo = start;
  while (lo > 0 && text[lo - 1] === text[lo - 1 + len]) lo--;
  let hi = start;
  while (hi + len < text.length && text[hi] === text[hi + len]) hi++;
  for (let p = lo; p <= hi; p++) {
    if (p >= len && text.slice(p - len, p) === text.slice(p, p + len)) return true;
  }
  return false;
}

/**
 * Where OCR words meet without a space: between Chinese or Japanese characters (and their
 * full-width punctuation) an engine's word boundary is segmentation, not a space on the page.
 */
import { isCjkChar, isCjkPunctuation } from './script';

/** Whether two words meet without a space: CJK on both sides of the boundary. */
export function joinsWithoutSpace(before: string, after: string): boolean {
  const last =
    before.codePointAt(before.length - 1 - (isLowSurrogate(before, before.length - 1) ? 1 : 0)) ??
    0;
  const first = after.codePointAt(0) ?? 0;
  const han = (code: number): boolean => isCjkChar(code) && !(code >= 0xac00 && code <= 0xd7af);
  const wide = (code: number): boolean =>
    (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
  if (han(last)) return han(first) || isCjkPunctuation(first);
  if (han(first)) return isCjkPunctuation(last);
  return wide(last) && wide(first);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff;
}

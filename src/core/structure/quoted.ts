/**
 * Spans inside paired quotation and title marks (“…”, 《…》, 「…」, 『…』, ‘…’, 〈…〉) of one
 * block: where slogans, programme titles and book titles stand, whose spaces and repeats are
 * often deliberate. Offsets are UTF-16 code units into the text given.
 */

const PAIRS: Readonly<Record<string, string>> = {
  '\u201c': '\u201d',
  '\u2018': '\u2019',
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
};
const CLOSERS = new Set(Object.values(PAIRS));

/** A `[start, end)` span between an opening mark and its closing mark (marks excluded). */
export interface QuotedSpan {
  readonly start: number;
  readonly end: number;
  /** The opening mark. */
  readonly mark: string;
}

/**
 * Every span enclosed by a matched pair of marks in `text[from, to)`, innermost and outermost
 * alike, in order of their closing marks. An unmatched mark opens or closes nothing; a line
 * break ends every open pair (a quotation does not run across paragraphs of one block here).
 */
export function quotedSpans(text: string, from = 0, to: number = text.length): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const open: { at: number; mark: string }[] = [];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      open.length = 0;
      continue;
    }
    // Every mark is in U+2018–U+201D or U+3008–U+300F: Han text is ruled out without a string.
    if (code < 0x2018 || (code > 0x201d && (code < 0x3008 || code > 0x300f))) continue;
    const ch = text[i]!;
    if (Object.hasOwn(PAIRS, ch)) open.push({ at: i, mark: ch });
    else if (CLOSERS.has(ch)) {
      for (let k = open.length - 1; k >= 0; k--) {
        if (PAIRS[open[k]!.mark] !== ch) continue;
        spans.push({ start: open[k]!.at + 1, end: i, mark: open[k]!.mark });
        open.length = k;
        break;
      }
    }
  }
  return spans;
}

/** True when `offset` lies inside one of `spans` (sorted or not). */
export function insideQuoted(spans: readonly QuotedSpan[], offset: number): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}

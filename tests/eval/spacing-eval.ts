/**
 * The spacing part of the English misreading evaluation: the findings that only remove or
 * insert a space ("Govern ment" → "Government", "ofthe" → "of the"), scored token by token on
 * the aligned ICDAR columns. A token of the aligned OCR and gold is rewritten with the safe
 * spacing fixes that lie inside it; what it gains against the gold is what the clean fixed of
 * the class "words split or joined". A fix that reaches across tokens joined two words the
 * gold keeps apart: one edit of damage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/core/index';
import { alignIcdar } from './icdar';
import { editDistance } from './levenshtein';

/** True when `f` only removes or inserts whitespace in `text` (a split or run-together word). */
export function isSpacingFinding(text: string, f: Finding): boolean {
  const seen = text.slice(f.start, f.end);
  return (
    f.kind === 'misreading' &&
    seen !== f.replacement &&
    seen.replace(/\s/g, '') === f.replacement.replace(/\s/g, '')
  );
}

/** What the spacing findings did on one set. */
export interface SpacingScore {
  findings: number;
  right: number;
  safe: number;
  safeRight: number;
  /** Character edits of the class the safe fixes removed, net of the edits they added. */
  fixed: number;
  /** Findings that joined a word the gold keeps parted by a line-end hyphen ("pro‐ ceed"). */
  goldHyphen: number;
  safeGoldHyphen: number;
}

/** A fresh score. */
export function spacingScore(): SpacingScore {
  return {
    findings: 0,
    right: 0,
    safe: 0,
    safeRight: 0,
    fixed: 0,
    goldHyphen: 0,
    safeGoldHyphen: 0,
  };
}

/**
 * Scores the spacing findings of one aligned file. `ocr` and `gold` are the aligned columns,
 * `columnOf` maps an offset of the analysed input to its column, `findings` are the file's.
 */
export function scoreSpacing(
  ocr: string,
  gold: string,
  input: string,
  columnOf: readonly number[],
  findings: readonly Finding[],
  into: SpacingScore,
): void {
  // Token boundaries: columns where both the OCR and the gold have a space.
  const tokenOf = new Int32Array(ocr.length + 1);
  let token = 0;
  for (let c = 0; c < ocr.length; c++) {
    if (ocr[c] === ' ' && gold[c] === ' ') token++;
    tokenOf[c] = token;
  }
  for (const f of findings) {
    if (!isSpacingFinding(input, f)) continue;
    const first = columnOf[f.start]!;
    const last = columnOf[f.end - 1]!;
    const safe = f.confidence === 'safe';
    into.findings++;
    if (safe) into.safe++;
    if (tokenOf[first] !== tokenOf[last]) {
      if (safe) into.fixed--;
      let gap = first;
      while (gap < last && !(ocr[gap] === ' ' && gold[gap] === ' ')) gap++;
      if (/[-‐]/.test(gold[gap - 1] ?? '')) {
        into.goldHyphen++;
        if (safe) into.safeGoldHyphen++;
      }
      continue;
    }
    let from = first;
    while (from > 0 && !(ocr[from - 1] === ' ' && gold[from - 1] === ' ')) from--;
    let to = last + 1;
    while (to < ocr.length && !(ocr[to] === ' ' && gold[to] === ' ')) to++;
    const g = gold.slice(from, to).replace(/@/g, '');
    if (g.includes('#')) continue;
    const o = ocr.slice(from, to).replace(/@/g, '');
    const fixed =
      ocr.slice(from, first).replace(/@/g, '') +
      f.replacement +
      ocr.slice(last + 1, to).replace(/@/g, '');
    const gain = editDistance(o, g) - editDistance(fixed, g);
    if (gain > 0) into.right++;
    if (safe) {
      into.fixed += gain;
      if (gain > 0) into.safeRight++;
    }
  }
}

/**
 * The spacing findings of `analyse` on every aligned ICDAR 2017 file of `set` (OCR as the eval
 * reads it: columns whose gold is '#' dropped, '@' pads removed).
 */
export function spacingOnIcdar(
  dir: string,
  set: 'eng_periodical' | 'eng_monograph',
  analyse: (text: string) => readonly Finding[],
): SpacingScore {
  const score = spacingScore();
  for (const name of readdirSync(join(dir, set)).filter((n) => n.endsWith('.txt'))) {
    const { ocr, gold, input, columnOf } = alignIcdar(readFileSync(join(dir, set, name), 'utf8'));
    scoreSpacing(ocr, gold, input, columnOf, analyse(input), score);
  }
  return score;
}

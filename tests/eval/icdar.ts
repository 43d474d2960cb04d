/**
 * The ICDAR 2017 post-OCR pairs in ../shared/corpus/en-ocr/icdar2017: real OCR output and its
 * human gold standard, made comparable as the corpus README says (columns whose gold is '#'
 * dropped, then every '@' alignment pad deleted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OcrPair {
  /** e.g. "eng_periodical/3.txt". */
  readonly name: string;
  readonly set: 'periodical' | 'monograph';
  /** What the OCR engine produced (no unknown regions). */
  readonly input: string;
  /** The human gold standard for `input`. */
  readonly gold: string;
}

const TAG_LENGTH = 14;

/**
 * One ICDAR 2017 file (three CRLF-separated tagged lines) as aligned columns: the aligned OCR
 * and gold, the OCR as read (columns whose gold is '#' dropped, '@' pads removed) and the
 * column of each of its characters, to map a finding back to the gold.
 */
export interface AlignedIcdar {
  readonly ocr: string;
  readonly gold: string;
  readonly input: string;
  readonly columnOf: readonly number[];
}

/** Aligns one ICDAR 2017 file; throws when it is none. */
export function alignIcdar(content: string): AlignedIcdar {
  const lines = content.split('\r\n');
  const aligned = lines.find((l) => l.startsWith('[OCR_aligned] '));
  const goldAligned = lines.find((l) => l.startsWith('[ GS_aligned] '));
  if (aligned === undefined || goldAligned === undefined) {
    throw new Error('not an ICDAR 2017 file: the aligned lines are missing');
  }
  const ocr = aligned.slice(TAG_LENGTH);
  const gold = goldAligned.slice(TAG_LENGTH);
  if (ocr.length !== gold.length) throw new Error('the aligned lines differ in length');
  let input = '';
  const columnOf: number[] = [];
  for (let i = 0; i < ocr.length; i++) {
    if (gold[i] === '#' || ocr[i] === '@') continue;
    input += ocr[i];
    columnOf.push(i);
  }
  return { ocr, gold, input, columnOf };
}

/**
 * The typographic ligatures of the gold (ﬁ, ﬂ, ﬀ …; 505 in the newspapers' gold) as their
 * letters: the engine printed "first" right, and no editor wants "ﬁrst" back, so a ligature is
 * no error of the OCR's for the character error rate to count.
 */
const LIGATURES: Readonly<Record<string, string>> = {
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

/** `text` with its ligatures spelled out in letters. */
export function unfoldLigatures(text: string): string {
  return text.replace(/[ﬀ-ﬆ]/g, (ligature) => LIGATURES[ligature] ?? ligature);
}

/** Parses one ICDAR 2017 file into an (input, gold) pair, the gold's ligatures unfolded. */
export function parseIcdar(content: string): { input: string; gold: string } {
  const { gold: gs, input } = alignIcdar(content);
  let gold = '';
  for (let i = 0; i < gs.length; i++) if (gs[i] !== '#' && gs[i] !== '@') gold += gs[i];
  return { input, gold: unfoldLigatures(gold) };
}

/** Every pair under `dir` (eng_periodical first, then eng_monograph), in numeric order. */
export function loadIcdarPairs(dir: string): OcrPair[] {
  const pairs: OcrPair[] = [];
  for (const [folder, set] of [
    ['eng_periodical', 'periodical'],
    ['eng_monograph', 'monograph'],
  ] as const) {
    const names = readdirSync(join(dir, folder))
      .filter((n) => n.endsWith('.txt'))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    for (const name of names) {
      const { input, gold } = parseIcdar(readFileSync(join(dir, folder, name), 'utf8'));
      pairs.push({ name: `${folder}/${name}`, set, input, gold });
    }
  }
  return pairs;
}

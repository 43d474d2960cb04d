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

/** Parses one ICDAR 2017 file (three CRLF-separated tagged lines) into an (input, gold) pair. */
export function parseIcdar(content: string): { input: string; gold: string } {
  const lines = content.split('\r\n');
  const aligned = lines.find((l) => l.startsWith('[OCR_aligned] '));
  const goldAligned = lines.find((l) => l.startsWith('[ GS_aligned] '));
  if (aligned === undefined || goldAligned === undefined) {
    throw new Error('not an ICDAR 2017 file: the aligned lines are missing');
  }
  const ocr = aligned.slice(TAG_LENGTH);
  const gs = goldAligned.slice(TAG_LENGTH);
  if (ocr.length !== gs.length) throw new Error('the aligned lines differ in length');
  let input = '';
  let gold = '';
  for (let i = 0; i < gs.length; i++) {
    if (gs[i] === '#') continue;
    if (ocr[i] !== '@') input += ocr[i];
    if (gs[i] !== '@') gold += gs[i];
  }
  return { input, gold };
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

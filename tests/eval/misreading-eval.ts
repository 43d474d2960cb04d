/**
 * The misreading evaluation of `npm run eval`: real OCR against its human correction, English
 * (ICDAR 2017, ../shared/corpus/en-ocr) and Chinese (FASPell, ../shared/corpus/zh-ocr, GPL,
 * measurement only), and a seeded Chinese set: real news with similar-shape substitutions drawn
 * from a source the detector was not built from (char-similar's main-component table: same
 * component, same structure class).
 *
 * Character error rates count against the gold; the error reduction is 1 − after / before. A
 * finding is right when its replacement gives the gold at its place (English: the aligned gold
 * word; Chinese: the gold character, the texts being of equal length).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseText, cleanText, type AnalyseOptions, type Finding } from '../../src/core/index';
import { MAX_CANDIDATES } from '../../src/core/detectors/misreading/chinese';
import { characterTables } from '../../src/core/detectors/misreading/chinese-tables';
import { isGb2312Han } from '../../src/core/lexicon/gb2312';
import { ARTICLES, CORPUS_DIR, ICDAR_DIR } from './corpus';
import { ENGINE } from './engine';
import { alignIcdar, loadIcdarPairs, unfoldLigatures } from './icdar';
import { editDistance } from './levenshtein';
import { Rng } from './prng';
import { isSpacingFinding, scoreSpacing, spacingScore, type SpacingScore } from './spacing-eval';

const LEXICON_DIR = fileURLToPath(new URL('../../../shared/lexicon/', import.meta.url));
const FASPELL = `${CORPUS_DIR}zh-ocr/faspell-ocr-3575.tsv`;

/** Counts of one measured set. */
/** An ICDAR token without the aligner's gaps and the punctuation around it ("1s." → "1s"). */
const tokenOf = (text: string) =>
  text.replace(/@/g, '').replace(/^[^A-Za-z0-9&]+|[^A-Za-z0-9&]+$/g, '');

export interface MisreadingRow {
  readonly set: string;
  readonly chars: number;
  readonly cerBefore: number;
  readonly cerAfter: number;
  readonly errorReduction: number;
  /** Errors of the class the detector targets (misread words / Han characters). */
  readonly misreadErrors: number;
  /** Error reduction on that class alone (misread errors fixed by the clean, net of damage). */
  readonly misreadReduction: number;
  readonly findings: number;
  readonly precision: number;
  readonly recall: number;
  readonly safeFindings: number;
  readonly safePrecision: number;
  readonly safeRecall: number;
  /** The most frequent errors of the class left unfound, "seen→meant ×n". */
  readonly missed: readonly string[];
  /** The errors by class (character edits), and how many of them the clean fixed. */
  readonly classes: readonly ErrorClass[];
  /** English: the misread words the clean left, by why (no reading, another word, a suggestion). */
  readonly unfixed?: Readonly<Record<string, number>>;
  /** English: findings the gold cannot judge ("&c": the ICDAR gold drops every ampersand). */
  readonly unjudged?: number;
  /** English: the findings that split or join words (`spacing-eval.ts`), apart from the rest. */
  readonly spacing?: SpacingScore;
}

/** One class of OCR error: its character edits against the gold, and those the clean fixed. */
export interface ErrorClass {
  readonly name: string;
  readonly chars: number;
  readonly fixed: number;
}

/** Adds `chars` edits (and `fixed` of them fixed) to the class `name`. */
function count(classes: Map<string, ErrorClass>, name: string, chars: number, fixed = 0): void {
  const known = classes.get(name) ?? { name, chars: 0, fixed: 0 };
  classes.set(name, { name, chars: known.chars + chars, fixed: known.fixed + fixed });
}

/**
 * The class of an aligned English token whose OCR differs from the gold: a misread word (a
 * non-word, or a real word in the wrong place), case only, punctuation around the word, words
 * split or joined, or anything else (digits, marks inside a word).
 */
function englishClass(
  o: string,
  g: string,
  english: AnalyseOptions['english'],
): { name: string; chars: number; word?: [string, string] }[] {
  const word = /^([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)$/;
  const mo = word.exec(o);
  const mg = word.exec(g);
  if (!mo || !mg) {
    const name = /\s/.test(o) || /\s/.test(g) ? 'words split or joined' : 'other';
    return [{ name, chars: editDistance(o, g) }];
  }
  const out: { name: string; chars: number; word?: [string, string] }[] = [];
  const punctuation = editDistance(mo[1]! + mo[3]!, mg[1]! + mg[3]!);
  if (punctuation > 0) out.push({ name: 'punctuation around a word', chars: punctuation });
  const [seen, meant] = [mo[2]!, mg[2]!];
  if (seen === meant) return out;
  const chars = editDistance(seen, meant);
  if (seen.toLowerCase() === meant.toLowerCase()) return [...out, { name: 'case only', chars }];
  const isWord = (english?.count(seen.toLowerCase()) ?? 0) > 0;
  const name = isWord ? 'misread word: a real word' : 'misread word: a non-word';
  return [...out, { name, chars, word: [seen, meant] }];
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function top(counts: Map<string, number>, n: number): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ×${v}`);
}

/** English: the ICDAR 2017 periodicals (newspapers) and monographs. */
function englishRows(options: AnalyseOptions): MisreadingRow[] {
  const rows: MisreadingRow[] = [];
  for (const set of ['periodical', 'monograph'] as const) {
    let before = 0;
    let after = 0;
    let chars = 0;
    let errors = 0;
    let findings = 0;
    let right = 0;
    let safe = 0;
    let safeRight = 0;
    let fixedChars = 0;
    let misreadChars = 0;
    const missed = new Map<string, number>();
    let unjudged = 0;
    const unfixed: Record<string, number> = {
      'no reading': 0,
      'read as another word': 0,
      'right, suggested only': 0,
    };
    const classes = new Map<string, ErrorClass>();
    const spacing = spacingScore();
    const folder = join(ICDAR_DIR, set === 'periodical' ? 'eng_periodical' : 'eng_monograph');
    for (const pair of loadIcdarPairs(ICDAR_DIR).filter((p) => p.set === set)) {
      const cleaned = cleanText(pair.input, options).text;
      before += editDistance(pair.input, pair.gold);
      after +=
        cleaned === pair.input
          ? editDistance(pair.input, pair.gold)
          : editDistance(cleaned, pair.gold);
      chars += pair.gold.length;
    }
    // Word-level scoring on the aligned columns: a misread word is a letters-only OCR word whose
    // gold is another letters-only word (punctuation around them kept apart). The findings are
    // those of the whole text, as `galley check` reports them, mapped back to the columns.
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
      const { ocr, gold, input, columnOf } = alignIcdar(readFileSync(join(folder, name), 'utf8'));
      const { doc, findings: all } = analyseText(input, options);
      if (doc.text !== input) throw new Error(`${name}: normalizing moved the offsets`);
      const foundAt = new Map<number, Finding>();
      for (const f of all) {
        if (f.kind === 'misreading' && !isSpacingFinding(input, f)) {
          foundAt.set(columnOf[f.start]!, f);
        }
      }
      scoreSpacing(ocr, gold, input, columnOf, all, spacing);
      let start = 0;
      for (let i = 0; i <= ocr.length; i++) {
        if (i < ocr.length && !(ocr[i] === ' ' && gold[i] === ' ')) continue;
        const o = ocr.slice(start, i);
        const g = unfoldLigatures(gold.slice(start, i));
        const from = start;
        start = i + 1;
        if (g.includes('#')) continue;
        if (o.replace(/@/g, '') !== g.replace(/@/g, '')) {
          for (const part of englishClass(
            o.replace(/@/g, ''),
            g.replace(/@/g, ''),
            options.english,
          )) {
            let fixed = 0;
            for (let c = from; c < i && part.word; c++) {
              const f = foundAt.get(c);
              if (f?.confidence === 'safe') {
                fixed = part.chars - editDistance(f.replacement, part.word[1]);
              }
            }
            count(classes, part.name, part.chars, fixed);
          }
        }
        const seen = /^[^A-Za-z]*([A-Za-z]+)[^A-Za-z]*$/.exec(o.replace(/@/g, ''))?.[1];
        const meant = /^[^A-Za-z]*([A-Za-z]+)[^A-Za-z]*$/.exec(g.replace(/@/g, ''))?.[1];
        if (!seen) continue;
        let found: Finding | undefined;
        for (let c = from; c < i && !found; c++) found = foundAt.get(c);
        const isError = meant !== undefined && meant !== seen;
        if (isError) {
          errors++;
          misreadChars += editDistance(seen, meant);
        }
        if (isError && !(found?.confidence === 'safe' && found.replacement === meant)) {
          const why = !found
            ? 'no reading'
            : found.replacement !== meant
              ? 'read as another word'
              : 'right, suggested only';
          unfixed[why]++;
        }
        // A sum of money ("Is 6d" → 1s) is judged on the token with its digits; "&c" is not
        // judged at all: the ICDAR gold drops every ampersand ("@c." for "&c.").
        const sum = found !== undefined && /[0-9]/.test(found.replacement);
        // A title's point read as a comma ("Mr," → "Mr.") is judged on the token with its mark.
        const mark = found !== undefined && /[.,]$/.test(found.replacement);
        if (found?.replacement.includes('&')) {
          unjudged++;
        } else if (found) {
          const target = sum ? tokenOf(g) : mark ? g.replace(/@/g, '') : meant;
          const printed = sum ? tokenOf(o) : mark ? o.replace(/@/g, '') : seen;
          findings++;
          const ok = found.replacement === target;
          if (ok) right++;
          if (found.confidence === 'safe') {
            safe++;
            if (ok) safeRight++;
            fixedChars +=
              editDistance(printed, target ?? printed) -
              editDistance(found.replacement, target ?? printed);
          }
        } else if (isError) {
          missed.set(`${seen}→${meant}`, (missed.get(`${seen}→${meant}`) ?? 0) + 1);
        }
      }
    }
    count(classes, 'words split or joined', 0, spacing.fixed);
    rows.push({
      set: `English OCR, ICDAR 2017 ${set}s`,
      chars,
      cerBefore: ratio(before, chars),
      cerAfter: ratio(after, chars),
      errorReduction: 1 - ratio(after, before),
      misreadErrors: errors,
      misreadReduction: ratio(fixedChars, misreadChars),
      findings,
      precision: ratio(right, findings),
      recall: ratio(right, errors),
      safeFindings: safe,
      safePrecision: ratio(safeRight, safe),
      safeRecall: ratio(safeRight, errors),
      missed: top(missed, 12),
      classes: [...classes.values()].sort((a, b) => b.chars - a.chars),
      unfixed,
      unjudged,
      spacing,
    });
  }
  return rows;
}

const isHan = (c: string) => /\p{Script=Han}/u.test(c);

/** Scores equal-length (ocr, gold) sentence pairs: substitutions only. */
function chineseRow(
  set: string,
  pairs: readonly (readonly [string, string])[],
  options: AnalyseOptions,
): MisreadingRow {
  let chars = 0;
  let before = 0;
  let after = 0;
  let errors = 0;
  let fixed = 0;
  let findings = 0;
  let right = 0;
  let safe = 0;
  let safeRight = 0;
  const missed = new Map<string, number>();
  const classes = new Map<string, ErrorClass>();
  const tables = characterTables(options.lexicon!);
  const classOf = (ocr: string, gold: string, i: number): string => {
    if (!isHan(ocr[i]!) || !isHan(gold[i]!)) return 'other (marks, digits, Latin)';
    if (!options.shapes!.similar(ocr[i]!).slice(0, MAX_CANDIDATES).includes(gold[i]!)) {
      return 'Han: the right character is not among its shape candidates';
    }
    if (!isGb2312Han(ocr.charCodeAt(i))) return 'Han: printed character outside GB 2312';
    const code = ocr.charCodeAt(i);
    const linked =
      (i > 0 && tables.pair(ocr.charCodeAt(i - 1), code) > 0) ||
      (i + 1 < ocr.length && tables.pair(code, ocr.charCodeAt(i + 1)) > 0);
    return linked
      ? 'Han: printed character makes a word (real-word error)'
      : "Han: in the shape candidates, no word with a neighbour (the scan's domain)";
  };
  for (const [ocr, gold] of pairs) {
    chars += gold.length;
    const found = analyseText(ocr, options).findings.filter((f) => f.kind === 'misreading');
    const cleaned = cleanText(ocr, options).text;
    for (let i = 0; i < gold.length; i++) {
      if (ocr[i] !== gold[i]) before++;
      const isError = ocr[i] !== gold[i] && isHan(ocr[i]) && isHan(gold[i]);
      if (isError) errors++;
      const f = found.find((x) => x.start === i);
      if (f) {
        findings++;
        const ok = f.replacement === gold[i];
        if (ok) right++;
        if (f.confidence === 'safe') {
          safe++;
          if (ok) safeRight++;
        }
      } else if (isError) {
        missed.set(`${ocr[i]}→${gold[i]}`, (missed.get(`${ocr[i]}→${gold[i]}`) ?? 0) + 1);
      }
      // Where another kind changed the text's length (a stray space dropped), the clean's own
      // text no longer lines up: a right safe finding is taken as the error it fixes.
      const mended =
        cleaned.length === gold.length
          ? cleaned[i] === gold[i]
          : f?.confidence === 'safe' && f.replacement === gold[i];
      if (isError && mended) fixed++;
      if (ocr[i] !== gold[i]) count(classes, classOf(ocr, gold, i), 1, mended ? 1 : 0);
    }
    after +=
      cleaned.length === gold.length
        ? [...gold].filter((c, i) => cleaned[i] !== c).length
        : editDistance(cleaned, gold);
  }
  return {
    set,
    chars,
    cerBefore: ratio(before, chars),
    cerAfter: ratio(after, chars),
    errorReduction: 1 - ratio(after, before),
    misreadErrors: errors,
    misreadReduction: ratio(fixed, errors),
    findings,
    precision: ratio(right, findings),
    recall: ratio(right, errors),
    safeFindings: safe,
    safePrecision: ratio(safeRight, safe),
    safeRecall: ratio(safeRight, errors),
    missed: top(missed, 12),
    classes: [...classes.values()].sort((a, b) => b.chars - a.chars),
  };
}

/** The FASPell OCR pairs of equal length. */
export function faspellPairs(): [string, string][] {
  return readFileSync(FASPELL, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((f) => f.length === 3 && f[1].length === f[2].length)
    .map((f) => [f[1], f[2]]);
}

/**
 * Real news paragraphs with one similar-shape substitution per ~150 characters, article by
 * article: a Han character replaced by a common character with the same main component and
 * structure class in char-similar's component table, which the shape table was not built from.
 * Kept by article because an issue prints a word many times, and the misreading scan reads the
 * issue's other places too (`placeEvidence`), which a paragraph alone cannot show.
 */
export function seededArticles(seed: number): [string, string][][] {
  const component = JSON.parse(
    readFileSync(`${LEXICON_DIR}char-similar-char_component.dict`, 'utf8'),
  ) as Record<string, string>;
  const structure = JSON.parse(
    readFileSync(`${LEXICON_DIR}char-similar-char_struct.dict`, 'utf8'),
  ) as Record<string, string>;
  const common = readFileSync(`${LEXICON_DIR}pycorrector-common_char_set.txt`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const mates = new Map<string, string[]>();
  for (const c of common) {
    const key = `${component[c]}|${structure[c]}`;
    if (!component[c]) continue;
    mates.set(key, [...(mates.get(key) ?? []), c]);
  }
  const rng = new Rng(seed);
  const articles: [string, string][][] = [];
  for (const line of readFileSync(ARTICLES, 'utf8').trim().split('\n')) {
    const article = JSON.parse(line) as { paragraphs: string[] };
    const pairs: [string, string][] = [];
    articles.push(pairs);
    for (const gold of article.paragraphs) {
      const chars = [...gold];
      if (chars.length !== gold.length) continue;
      const ocr = [...chars];
      for (let n = Math.max(1, Math.round(gold.length / 150)); n > 0; n--) {
        const i = rng.int(0, gold.length - 1);
        const options = (mates.get(`${component[ocr[i]]}|${structure[ocr[i]]}`) ?? []).filter(
          (c) => c !== gold[i],
        );
        if (!isHan(gold[i]) || options.length === 0 || ocr[i] !== gold[i]) continue;
        ocr[i] = rng.pick(options);
      }
      pairs.push([ocr.join(''), gold]);
    }
  }
  return articles;
}

/** The seeded articles as whole texts, their paragraphs apart by a blank line. */
function wholeArticles(articles: readonly (readonly [string, string])[][]): [string, string][] {
  return articles.map((pairs) => [
    pairs.map(([ocr]) => ocr).join('\n\n'),
    pairs.map(([, gold]) => gold).join('\n\n'),
  ]);
}

/** Every row of the misreading evaluation. */
export function runMisreadingEval(seed: number, english = true, chinese = true): MisreadingRow[] {
  const options: AnalyseOptions = ENGINE;
  // Seeded once: the paragraphs alone, then the same paragraphs as whole articles.
  const articles = chinese ? seededArticles(seed) : [];
  return [
    ...(english ? englishRows(options) : []),
    ...(chinese
      ? [
          chineseRow('Chinese OCR, FASPell (3,575 sentences)', faspellPairs(), options),
          // The same sentences as one issue: an engine's misreadings recur, as names do.
          chineseRow(
            'Chinese OCR, FASPell, the sentences as one issue',
            wholeArticles([faspellPairs()]),
            options,
          ),
          chineseRow('Chinese news, seeded look-alikes (other source)', articles.flat(), options),
          chineseRow(
            'Chinese news, seeded look-alikes, whole articles',
            wholeArticles(articles),
            options,
          ),
        ]
      : []),
  ];
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const f3 = (x: number) => x.toFixed(3);

/** The evaluation as markdown. */
export function formatMisreadingEval(rows: readonly MisreadingRow[]): string {
  const lines = [
    '## Misreadings',
    '',
    '| set | chars | CER before → after | error reduction | misread errors | their reduction | findings | precision | recall | safe | safe precision | safe recall |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.set} | ${r.chars} | ${pct(r.cerBefore)} → ${pct(r.cerAfter)} | ${f3(r.errorReduction)} | ${r.misreadErrors} | ${f3(r.misreadReduction)} | ${r.findings} | ${f3(r.precision)} | ${f3(r.recall)} | ${r.safeFindings} | ${f3(r.safePrecision)} | ${f3(r.safeRecall)} |`,
    ),
    '',
    ...rows.map((r) => `- missed in ${r.set}: ${r.missed.join(', ')}`),
    '',
    ...rows
      .filter((r) => r.unfixed)
      .map(
        (r) =>
          `- misread words left by the clean in ${r.set}, by why: ${Object.entries(r.unfixed!)
            .map(([why, n]) => `${why} ${n}`)
            .join(
              '; ',
            )}${r.unjudged ? `; not judged: ${r.unjudged} "&c" (the gold drops every ampersand)` : ''}`,
      ),
    '',
    ...rows
      .filter((r) => r.spacing)
      .map(
        (r) =>
          `- words split or joined in ${r.set}: ${r.spacing!.findings} findings, precision ${f3(ratio(r.spacing!.right, r.spacing!.findings))}; ${r.spacing!.safe} safe, precision ${f3(ratio(r.spacing!.safeRight, r.spacing!.safe))}; ${r.spacing!.fixed} character edits fixed net; ${r.spacing!.goldHyphen} findings (${r.spacing!.safeGoldHyphen} safe) joined a word the gold keeps parted by a line-end hyphen ("pro‐ ceed")`,
      ),
    '',
    ...rows.map(
      (r) =>
        `- errors by class in ${r.set} (character edits token by token, share, fixed by the clean): ${r.classes
          .map(
            (c) =>
              `${c.name} ${c.chars} (${pct(
                ratio(
                  c.chars,
                  r.classes.reduce((sum, k) => sum + k.chars, 0),
                ),
              )}, ${c.fixed} fixed)`,
          )
          .join('; ')}`,
    ),
    '',
  ];
  return lines.join('\n');
}

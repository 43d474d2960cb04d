/**
 * Bench: editorial rules against a 1 MB issue — 10 rules beside 10,000 (and 100,000) rules (plain
 * replacements, standard formulations, protected terms and a few regex rules), compiled once,
 * then the rule engine (the `rule` and `formulation` detectors and the protected-term filter)
 * over the whole issue. Beside it, what one scan per entry costs (the way a corrector that
 * keeps one regular expression per entry works), over the same 10,000 entries.
 *
 * The issue is zh-news paragraphs and headlines in a seeded order until 1 MB (10⁶ bytes of
 * UTF-8); the rules come from the same corpus (see `ruleListOf`), and each list gets the same
 * number of planted true hits (see `issueOf`), so the two lists differ in size, not in output.
 */
import { analyseDocument } from '../src/core/analyse';
import { createDocument, type Document } from '../src/core/document/document';
import { formulationDetector } from '../src/core/detectors/formulation';
import { ruleDetector } from '../src/core/detectors/rule';
import { compileRules, type CompiledRules } from '../src/core/rules/compile';
import { dropProtected } from '../src/core/rules/filter';
import type { RuleList } from '../src/core/rules/types';
import { validateRuleList } from '../src/core/rules/validate';
import { log, mbPerSecond, runBench, type BenchRow, type BenchSection } from './harness';
import { generator, readArticles } from './corpus';

const ISSUE_BYTES = 1_000_000;

interface Corpus {
  readonly paragraphs: string[];
  readonly headlines: string[];
  readonly han: string[];
}

export function loadCorpus(): Corpus {
  const articles = readArticles();
  const paragraphs = articles.flatMap((a) => a.paragraphs);
  const han = [...new Set(paragraphs.join('').match(/\p{Script=Han}/gu) ?? [])];
  return { paragraphs, headlines: articles.map((a) => a.headline), han };
}

/** A Han-only window of `length` from a random paragraph (null when none is found quickly). */
function hanWindow(corpus: Corpus, random: () => number, length: number): string | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const p = corpus.paragraphs[Math.floor(random() * corpus.paragraphs.length)];
    if (p.length <= length) continue;
    const at = Math.floor(random() * (p.length - length));
    const w = p.slice(at, at + length);
    if (/^\p{Script=Han}+$/u.test(w)) return w;
  }
  return null;
}

/**
 * A rule list of `size` entries: 60 % replacements (at most 10 of them regex rules; the wrong
 * forms are real 2–4-character n-grams with one character changed), 20 % formulations (real
 * 8–16-character phrases), the rest protected terms (real 3–5-character n-grams).
 */
export function ruleListOf(corpus: Corpus, size: number, seed: number): RuleList {
  const random = generator(seed);
  // The same regex rules in every list: each regex is a pass of its own whatever the list's
  // size, so the 10 vs 10,000 comparison measures how the plain entries scale.
  const regexCount = Math.min(3, size);
  const replacements: Record<string, unknown>[] = [];
  const formulations: Record<string, unknown>[] = [];
  const protectedTerms: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const REGEXES = [
    ['(?<=\\d)l(?=\\d)', '1'],
    ['(?<=[A-Z])0(?=[A-Z])', 'O'],
    ['(?<=\\d)O(?=\\d)', '0'],
    ['己经', '已经'],
    ['末来', '未来'],
    ['(?<=\\d)年(?=\\d{1,2}日)', '年'],
    ['其它', '其他'],
    ['[,，]{2}', '，'],
    ['。。', '。'],
    ['\\s+(?=[，。])', ''],
  ];
  for (let i = 0; i < regexCount; i++) {
    replacements.push({ find: REGEXES[i][0], replace: REGEXES[i][1], regex: true });
  }
  const formulationCount = Math.round(size * 0.2);
  const replacementCount = Math.round(size * 0.6);
  const protectedCount = size - formulationCount - replacementCount;
  while (replacements.length < replacementCount) {
    const right = hanWindow(corpus, random, 2 + Math.floor(random() * 3));
    if (!right) continue;
    const at = Math.floor(random() * right.length);
    const han = corpus.han[Math.floor(random() * corpus.han.length)];
    const wrong = right.slice(0, at) + han + right.slice(at + 1);
    if (wrong === right || seen.has(`r${wrong}`)) continue;
    seen.add(`r${wrong}`);
    replacements.push({ find: wrong, replace: right });
  }
  while (formulations.length < formulationCount) {
    const phrase = hanWindow(corpus, random, 8 + Math.floor(random() * 9));
    if (!phrase || seen.has(`f${phrase}`)) continue;
    seen.add(`f${phrase}`);
    formulations.push({ phrase });
  }
  while (protectedTerms.length < protectedCount) {
    const term = hanWindow(corpus, random, 3 + Math.floor(random() * 3));
    if (!term || seen.has(`p${term}`)) continue;
    seen.add(`p${term}`);
    protectedTerms.push({ term });
  }
  const result = validateRuleList({
    starter: false,
    replacements,
    formulations,
    protected: protectedTerms,
  });
  if (!result.ok) throw new Error(`bench rule list invalid: ${JSON.stringify(result.problems[0])}`);
  return result.value;
}

/**
 * About `bytes` of issue text with, for each list, 200 wrong forms of its plain replacements
 * and 200 near misses (one character replaced) of its formulations planted, so that every list
 * has about the same number of true hits.
 */
export function issueOf(
  corpus: Corpus,
  bytes: number,
  lists: readonly RuleList[],
  seed: number,
): string {
  const random = generator(seed);
  const blocks: string[] = [];
  let size = 0;
  while (size < bytes) {
    const block =
      random() < 0.1
        ? corpus.headlines[Math.floor(random() * corpus.headlines.length)]
        : corpus.paragraphs[Math.floor(random() * corpus.paragraphs.length)];
    blocks.push(block);
    size += Buffer.byteLength(block, 'utf8') + 2;
  }
  const plant = (piece: string): void => {
    const b = Math.floor(random() * blocks.length);
    blocks[b] = `${blocks[b]}${piece}。`;
  };
  for (const list of lists) {
    const wrong = list.replacements.filter((r) => !r.regex).map((r) => r.find);
    const phrases = list.formulations.map((f) => f.phrase);
    for (let k = 0; k < 200; k++) {
      plant(wrong[Math.floor(random() * wrong.length)]);
      const phrase = phrases[Math.floor(random() * phrases.length)];
      const at = 1 + Math.floor(random() * (phrase.length - 2));
      plant(`${phrase.slice(0, at)}甲${phrase.slice(at + 1)}`);
    }
  }
  return blocks.join('\n\n');
}

interface EngineRun {
  readonly findings: number;
}

/** The rule engine alone: rule and formulation detectors, then the protected-term filter. */
function runEngine(doc: Document, rules: CompiledRules): EngineRun {
  const drafts = [
    ...ruleDetector.detect(doc, { rules }),
    ...formulationDetector.detect(doc, { rules }),
  ];
  return { findings: dropProtected(doc.text, drafts, rules).length };
}

/** One `indexOf` scan of the whole text per plain entry: the per-entry baseline. */
function scanPerEntry(text: string, list: RuleList): number {
  let hits = 0;
  const needles = [
    ...list.replacements.filter((r) => !r.regex).map((r) => r.find),
    ...list.formulations.map((f) => f.phrase),
    ...list.protected.map((t) => t.term),
  ];
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) hits++;
  }
  return hits;
}

let figures: Record<string, unknown> = {};

async function runRulesBench(): Promise<BenchRow[]> {
  const corpus = loadCorpus();
  const big = ruleListOf(corpus, 10_000, 0x5eed);
  const small = ruleListOf(corpus, 10, 0x5eed + 1);
  const huge = ruleListOf(corpus, 100_000, 0x5eed + 2);
  const text = issueOf(corpus, ISSUE_BYTES, [small, big, huge], 0x1550e);
  const bytes = Buffer.byteLength(text, 'utf8');
  const doc = createDocument(text);
  log(`rules: issue of ${(bytes / 1e6).toFixed(2)} MB, ${doc.blocks.length} blocks`);

  const rows: BenchRow[] = [];
  const measured: Record<string, unknown> = {};
  let smallMs = 0;
  for (const [label, list] of [
    ['10 rules', small],
    ['10,000 rules', big],
    ['100,000 rules', huge],
  ] as const) {
    let compiled: CompiledRules | undefined;
    const compile = await runBench(`compile ${label}`, () => (compiled = compileRules(list)), {
      warmup: 1,
      runs: 3,
    });
    const rules = compiled as CompiledRules;
    let run: EngineRun = { findings: 0 };
    const engine = await runBench(`match ${label}`, () => (run = runEngine(doc, rules)), {
      warmup: 1,
      runs: 7,
    });
    measured[label] = { compile, engine, findings: run.findings };
    // CPU time of this process: on a shared machine the fairer one-core figure.
    if (label === '10 rules') smallMs = engine.cpuMs;
    const ratio = engine.cpuMs / smallMs;
    rows.push({
      task: `${label} against a ${(bytes / 1e6).toFixed(1)} MB issue (rule + formulation + protected; ${run.findings} findings)`,
      galley: `${engine.cpuMs.toFixed(0)} ms CPU (${mbPerSecond(bytes, engine.cpuMs).toFixed(1)} MB/s; wall ${engine.medianMs.toFixed(0)} ms)`,
      baseline:
        label === '10 rules'
          ? `compiled in ${compile.medianMs.toFixed(1)} ms`
          : `${ratio.toFixed(2)}× the 10-rule time; compiled in ${compile.medianMs.toFixed(0)} ms`,
      target: label === '10,000 rules' ? '≤ 2× the 10-rule time' : '',
      met: label === '10,000 rules' ? ratio <= 2 : undefined,
    });
  }
  log('rules: the whole analysis (every detector) with 10 and with 10,000 rules');
  const whole: Record<string, number> = {};
  for (const [label, list] of [
    ['10 rules', small],
    ['10,000 rules', big],
  ] as const) {
    const rules = compileRules(list);
    const run = await runBench(`analyse with ${label}`, () => analyseDocument(doc, { rules }), {
      warmup: 1,
      runs: 3,
    });
    whole[label] = run.cpuMs;
  }
  const wholeRatio = whole['10,000 rules'] / whole['10 rules'];
  rows.push({
    task: `whole analysis of the ${(bytes / 1e6).toFixed(1)} MB issue (every detector) with 10,000 rules`,
    galley: `${whole['10,000 rules'].toFixed(0)} ms CPU`,
    baseline: `${whole['10 rules'].toFixed(0)} ms CPU with 10 rules (${wholeRatio.toFixed(2)}×)`,
    target: '≤ 2× the 10-rule time',
    met: wholeRatio <= 2,
  });
  log('rules: one indexOf scan per entry (baseline), 10,000 entries');
  let hits = 0;
  const naive = await runBench('indexOf per entry', () => (hits = scanPerEntry(text, big)), {
    warmup: 0,
    runs: 1,
  });
  const bigMs = (measured['10,000 rules'] as { engine: { cpuMs: number } }).engine.cpuMs;
  rows.push({
    task: `one text scan per entry, 10,000 entries (String.indexOf; ${hits} hits)`,
    galley: `${bigMs.toFixed(0)} ms CPU (automaton)`,
    baseline: `${naive.cpuMs.toFixed(0)} ms CPU per-entry scans (${(naive.cpuMs / bigMs).toFixed(0)}× slower)`,
    target: '',
  });
  figures = {
    bytes,
    blocks: doc.blocks.length,
    ...measured,
    perEntryScan: naive,
    perEntryHits: hits,
  };
  return rows;
}

export const rulesBench: BenchSection = {
  id: 'rules',
  title: 'Editorial rules: 10 vs 10,000 rules on a 1 MB issue',
  run: runRulesBench,
  details: () => figures,
};

/**
 * The evaluation: generate the labelled corpus, score every draft, add the real-world ICDAR
 * 2017 figure, and sum it all into one report (plain data, written as test-output/eval.json).
 */
import { cleanText, DETECTORS, FINDING_KINDS, type FindingKind } from '../../src/core/index';
import { generateCorpus, ICDAR_DIR, type CorpusOptions } from './corpus';
import { loadIcdarPairs, type OcrPair } from './icdar';
import { editDistance } from './levenshtein';
import { scoreDraft, sumKinds, type DraftScore, type Example } from './score';
import { ENGINE } from './engine';

/** Targets of issue 2. */
export const TARGETS = { safePrecision: 0.98, errorReduction: 0.9, lookAlikesChanged: 0 } as const;

export interface EvalOptions extends CorpusOptions {
  /** Which ICDAR 2017 pairs to clean for the real-world figure. */
  readonly icdar: 'all' | 'monographs' | 'none';
  /** Examples kept per list in the report. */
  readonly examples?: number;
}

export interface KindRow {
  readonly kind: FindingKind;
  readonly registered: boolean;
  readonly defects: number;
  readonly found: number;
  /** found ÷ defects; null without defects. */
  readonly recall: number | null;
  /** Defects an automatic clean should fix, and the share a safe finding hit. */
  readonly autoDefects: number;
  readonly autoRecall: number | null;
  readonly findings: number;
  readonly matched: number;
  /** matched ÷ findings; null without findings. */
  readonly precision: number | null;
  readonly safeFindings: number;
  readonly safeMatched: number;
  readonly safePrecision: number | null;
}

export interface QualityRow {
  readonly lang: 'zh' | 'en' | 'all';
  readonly drafts: number;
  readonly chars: number;
  /** CER against the automatic gold (suggestion-only defects such as near duplicates kept). */
  readonly cerBefore: number;
  readonly cerAfter: number;
  /** (CER before − CER after) ÷ CER before: the target figure. */
  readonly errorReduction: number;
  /** The same against the full gold (every defect fixed, suggestions included). */
  readonly cerBeforeFull: number;
  readonly cerAfterFull: number;
  readonly errorReductionFull: number;
}

export interface IcdarRow {
  readonly set: 'periodical' | 'monograph';
  readonly files: number;
  readonly goldChars: number;
  readonly cerBefore: number;
  readonly cerAfter: number;
  readonly errorReduction: number;
  /** Files the clean changed at all. */
  readonly filesChanged: number;
}

export interface EvalReport {
  readonly options: EvalOptions;
  readonly registered: FindingKind[];
  readonly kinds: KindRow[];
  readonly quality: QualityRow[];
  readonly lookAlikes: {
    readonly total: number;
    readonly changed: number;
    readonly byVariant: { variant: string; total: number; changed: number }[];
  };
  /** Changes the clean made that touch no injected defect, over all drafts. */
  readonly strayChanges: number;
  /** Changes the clean made to the untouched gold drafts (should be 0). */
  readonly goldChanges: number;
  readonly icdar: IcdarRow[];
  readonly targets: {
    readonly safePrecision: { kind: FindingKind; value: number; met: boolean }[];
    readonly errorReduction: { value: number; met: boolean };
    readonly lookAlikesChanged: { value: number; met: boolean };
  };
  readonly examples: {
    readonly falsePositives: Example[];
    readonly misses: Example[];
    readonly changedLookAlikes: Example[];
    readonly strays: Example[];
  };
  readonly seconds: number;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const reduction = (before: number, after: number): number =>
  before === 0 ? 0 : (before - after) / before;

/** Runs the whole evaluation. */
export function runEval(options: EvalOptions): EvalReport {
  const started = performance.now();
  const registered = [...new Set(DETECTORS.map((d) => d.kind))];
  const drafts = generateCorpus(options);
  const scores = drafts.map(scoreDraft);
  const totals = sumKinds(scores);
  const kinds: KindRow[] = FINDING_KINDS.map((kind) => {
    const c = totals.get(kind);
    return {
      kind,
      registered: registered.includes(kind),
      defects: c?.defects ?? 0,
      found: c?.found ?? 0,
      recall: ratio(c?.found ?? 0, c?.defects ?? 0),
      autoDefects: c?.autoDefects ?? 0,
      autoRecall: ratio(c?.autoFound ?? 0, c?.autoDefects ?? 0),
      findings: c?.findings ?? 0,
      matched: c?.matched ?? 0,
      precision: ratio(c?.matched ?? 0, c?.findings ?? 0),
      safeFindings: c?.safeFindings ?? 0,
      safeMatched: c?.safeMatched ?? 0,
      safePrecision: ratio(c?.safeMatched ?? 0, c?.safeFindings ?? 0),
    };
  });
  const quality = (['zh', 'en', 'all'] as const)
    .map((lang) =>
      qualityRow(
        lang,
        scores.filter((s) => lang === 'all' || s.lang === lang),
      ),
    )
    .filter((row) => row.drafts > 0);
  const variants = new Map<string, { total: number; changed: number }>();
  for (const l of scores.flatMap((s) => s.lookAlikes)) {
    const v = variants.get(l.variant) ?? { total: 0, changed: 0 };
    v.total++;
    if (l.changed) v.changed++;
    variants.set(l.variant, v);
  }
  const byVariant = [...variants].map(([variant, v]) => ({ variant, ...v }));
  const changed = byVariant.reduce((sum, v) => sum + v.changed, 0);
  const icdar = options.icdar === 'none' ? [] : icdarRows(options.icdar);
  const all = quality.find((q) => q.lang === 'all');
  const keep = options.examples ?? 12;
  const pick = (list: (s: DraftScore) => Example[]): Example[] =>
    scores.flatMap(list).slice(0, keep);
  return {
    options,
    registered,
    kinds,
    quality,
    lookAlikes: { total: byVariant.reduce((s, v) => s + v.total, 0), changed, byVariant },
    strayChanges: scores.reduce((s, x) => s + x.strayChanges, 0),
    goldChanges: scores.reduce((s, x) => s + x.goldChanges, 0),
    icdar,
    targets: {
      safePrecision: kinds
        .filter((k) => k.safePrecision !== null)
        .map((k) => ({
          kind: k.kind,
          value: k.safePrecision as number,
          met: (k.safePrecision as number) >= TARGETS.safePrecision,
        })),
      errorReduction: {
        value: all?.errorReduction ?? 0,
        met: (all?.errorReduction ?? 0) >= TARGETS.errorReduction,
      },
      lookAlikesChanged: { value: changed, met: changed <= TARGETS.lookAlikesChanged },
    },
    examples: {
      falsePositives: examplesPerKind(
        scores.flatMap((s) => s.falsePositives),
        keep,
      ),
      misses: examplesPerKind(
        scores.flatMap((s) => s.misses),
        keep,
      ),
      changedLookAlikes: pick((s) => s.changedLookAlikes),
      strays: pick((s) => s.strays),
    },
    seconds: (performance.now() - started) / 1000,
  };
}

/** At most `keep` examples of each kind, so one noisy kind does not hide the others. */
function examplesPerKind(list: readonly Example[], keep: number): Example[] {
  const seen = new Map<string, number>();
  return list.filter((e) => {
    const n = (seen.get(e.kind) ?? 0) + 1;
    seen.set(e.kind, n);
    return n <= keep;
  });
}

function qualityRow(lang: QualityRow['lang'], scores: readonly DraftScore[]): QualityRow {
  const sum = (f: (s: DraftScore) => number) => scores.reduce((t, s) => t + f(s), 0);
  const goldAuto = sum((s) => s.goldAutoLength) || 1;
  const gold = sum((s) => s.goldLength) || 1;
  const cerBefore = sum((s) => s.distance.beforeAuto) / goldAuto;
  const cerAfter = sum((s) => s.distance.afterAuto) / goldAuto;
  const cerBeforeFull = sum((s) => s.distance.before) / gold;
  const cerAfterFull = sum((s) => s.distance.after) / gold;
  return {
    lang,
    drafts: scores.length,
    chars: sum((s) => s.chars),
    cerBefore,
    cerAfter,
    errorReduction: reduction(cerBefore, cerAfter),
    cerBeforeFull,
    cerAfterFull,
    errorReductionFull: reduction(cerBeforeFull, cerAfterFull),
  };
}

/** Cleans the real OCR input of each ICDAR pair and compares both with the human gold. */
function icdarRows(which: 'all' | 'monographs'): IcdarRow[] {
  const pairs = loadIcdarPairs(ICDAR_DIR).filter((p) => which === 'all' || p.set === 'monograph');
  const rows: IcdarRow[] = [];
  for (const set of ['periodical', 'monograph'] as const) {
    const chosen = pairs.filter((p) => p.set === set);
    if (chosen.length === 0) continue;
    let before = 0;
    let after = 0;
    let goldChars = 0;
    let filesChanged = 0;
    for (const pair of chosen) {
      const result = icdarPair(pair);
      before += result.before;
      after += result.after;
      goldChars += pair.gold.length;
      if (result.changed) filesChanged++;
    }
    rows.push({
      set,
      files: chosen.length,
      goldChars,
      cerBefore: before / goldChars,
      cerAfter: after / goldChars,
      errorReduction: reduction(before, after),
      filesChanged,
    });
  }
  return rows;
}

function icdarPair(pair: OcrPair): { before: number; after: number; changed: boolean } {
  const cleaned = cleanText(pair.input, ENGINE).text;
  const before = editDistance(pair.input, pair.gold);
  const changed = cleaned !== pair.input;
  return { before, after: changed ? editDistance(cleaned, pair.gold) : before, changed };
}

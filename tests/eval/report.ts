/**
 * Printing the evaluation report as markdown tables.
 */
import type { EvalReport } from './evaluate';
import { TARGETS } from './evaluate';

/** A markdown table; numbers are printed as given, so format them first. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const pct = (x: number | null): string => (x === null ? '–' : `${(100 * x).toFixed(2)}%`);
const num = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

/** The whole report as text (markdown tables and a few lines of examples). */
export function formatReport(r: EvalReport): string {
  const out: string[] = [];
  const o = r.options;
  out.push(
    `## Quality (seed ${o.seed}: ${o.zh} Chinese + ${o.en} English drafts; ${r.seconds.toFixed(1)} s)`,
    '',
    `Registered detectors: ${r.registered.length > 0 ? r.registered.join(', ') : 'none'}`,
    '',
    markdownTable(
      [
        'kind',
        'reg.',
        'defects',
        'findings',
        'precision',
        'recall',
        'safe findings',
        'safe precision',
        'safe recall',
      ],
      r.kinds.map((k) => [
        k.kind,
        k.registered ? 'yes' : 'no',
        String(k.defects),
        String(k.findings),
        num(k.precision),
        num(k.recall),
        String(k.safeFindings),
        num(k.safePrecision),
        num(k.autoRecall),
      ]),
    ),
    '',
    'A finding is a true positive when its span hits an injected defect of its kind (a duplicate may',
    'point at either copy). Safe recall: share of the defects an automatic clean should fix that a safe',
    'finding hit. Jump lines and near duplicates are suggestion-only by design.',
    '',
    markdownTable(
      [
        'drafts',
        'n',
        'chars',
        'CER before',
        'CER after',
        'error reduction',
        'CER before (full gold)',
        'CER after (full gold)',
        'reduction (full gold)',
      ],
      r.quality.map((q) => [
        q.lang,
        String(q.drafts),
        String(q.chars),
        pct(q.cerBefore),
        pct(q.cerAfter),
        num(q.errorReduction),
        pct(q.cerBeforeFull),
        pct(q.cerAfterFull),
        num(q.errorReductionFull),
      ]),
    ),
    '',
    'CER against the gold an automatic clean can reach (suggestion-only defects left in); "full gold"',
    'also removes near-duplicate paragraphs. English texts are compared as reflowed paragraphs.',
    '',
    markdownTable(
      ['look-alike', 'count', 'changed'],
      [
        ...r.lookAlikes.byVariant.map((v) => [v.variant, String(v.total), String(v.changed)]),
        ['**all**', String(r.lookAlikes.total), String(r.lookAlikes.changed)],
      ],
    ),
    '',
    `Changes outside any injected defect: ${r.strayChanges}. Changes made when cleaning the untouched gold drafts: ${r.goldChanges}.`,
  );
  if (r.icdar.length > 0) {
    out.push(
      '',
      '### Real OCR: ICDAR 2017 English (input vs human gold, # columns dropped)',
      '',
      markdownTable(
        [
          'set',
          'files',
          'gold chars',
          'CER before',
          'CER after',
          'error reduction',
          'files changed',
        ],
        r.icdar.map((i) => [
          i.set,
          String(i.files),
          String(i.goldChars),
          pct(i.cerBefore),
          pct(i.cerAfter),
          num(i.errorReduction),
          String(i.filesChanged),
        ]),
      ),
    );
  }
  const t = r.targets;
  out.push(
    '',
    '### Targets',
    '',
    markdownTable(
      ['target', 'value', 'met'],
      [
        ...t.safePrecision.map((s) => [
          `safe precision ${s.kind} ≥ ${TARGETS.safePrecision}`,
          num(s.value),
          s.met ? 'yes' : 'NO',
        ]),
        [
          `error reduction ≥ ${TARGETS.errorReduction}`,
          num(t.errorReduction.value),
          t.errorReduction.met ? 'yes' : 'NO',
        ],
        [
          'look-alikes changed = 0',
          String(t.lookAlikesChanged.value),
          t.lookAlikesChanged.met ? 'yes' : 'NO',
        ],
      ],
    ),
  );
  const lists = [
    ['False positives (findings that hit no defect of their kind)', r.examples.falsePositives],
    ['Missed defects', r.examples.misses],
    ['Look-alikes the clean changed', r.examples.changedLookAlikes],
    ['Changes outside any defect', r.examples.strays],
  ] as const;
  for (const [title, list] of lists) {
    if (list.length === 0) continue;
    out.push('', `### ${title} (first few)`, '');
    for (const e of list)
      out.push(`- ${e.draft} ${e.kind} @${e.start}: ${e.context}  (${e.detail})`);
  }
  return `${out.join('\n')}\n`;
}

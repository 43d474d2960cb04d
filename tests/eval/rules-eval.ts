/**
 * Quality of the editorial kinds (`rule`, `formulation`, `archive-repeat`) on a seeded labelled
 * corpus built from the zh-news articles:
 *
 * - an editor's rule list (OCR confusions 己/已, 末/未, 人/入, l/1, 0/O; house style 其它 → 其他)
 *   and protected terms, with the confusions injected where the right form occurs in the text;
 * - near misses (one character missing, extra, replaced or swapped) of starter formulations,
 *   written into sentences added to the drafts;
 * - an archive of earlier issues, with re-run paragraphs (exact and with OCR substitutions) and
 *   a re-run story planted in the drafts, and a marked weather box printed in every issue;
 * - look-alikes that must not be flagged: a protected term within a rule's reach (先进人物,
 *   周末来), exact formulations, formulations inside longer legitimate phrases and legitimate
 *   variants, fresh paragraphs, the marked boilerplate.
 *
 * A finding is a true positive when it overlaps a defect of its kind; a look-alike is flagged
 * when any finding of these kinds overlaps it, and changed when an automatic clean alters it.
 */
import { readFileSync } from 'node:fs';
import { ArchiveIndex } from '../../src/core/archive/archive-index';
import { fingerprintDocument } from '../../src/core/archive/prints';
import { analyseText, cleanText, type FindingKind } from '../../src/core/index';
import { compileRules, type CompiledRules } from '../../src/core/rules/compile';
import { STARTER_FORMULATIONS } from '../../src/core/rules/starter';
import { validateRuleList } from '../../src/core/rules/validate';
import { createDocument } from '../../src/core/document/document';
import { Rng } from './prng';
import { ENGINE } from './engine';

const ARTICLES = new URL('../../../shared/corpus/zh-news/articles.jsonl', import.meta.url);

/** The kinds this evaluation scores. */
export const EDITORIAL_KINDS = ['rule', 'formulation', 'archive-repeat'] as const;
type EditorialKind = (typeof EDITORIAL_KINDS)[number];

interface Article {
  readonly headline: string;
  readonly paragraphs: readonly string[];
}

interface Label {
  readonly kind: EditorialKind;
  start: number;
  end: number;
}

interface LookAlike {
  readonly variant: string;
  start: number;
  end: number;
}

/** A draft being built: blocks of text, and labels with offsets fixed once it is joined. */
class DraftBuilder {
  private readonly blocks: string[] = [];
  private readonly marks: {
    block: number;
    at: number;
    length: number;
    label: Label | LookAlike;
  }[] = [];

  /** Adds a block; `parts` are text pieces, some of them labelled or look-alikes. */
  add(...parts: (string | { text: string; label: Label | LookAlike })[]): void {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else {
        this.marks.push({
          block: this.blocks.length,
          at: text.length,
          length: part.text.length,
          label: part.label,
        });
        text += part.text;
      }
    }
    this.blocks.push(text);
  }

  build(): { text: string; labels: Label[]; lookAlikes: LookAlike[] } {
    const starts: number[] = [];
    let offset = 0;
    for (const block of this.blocks) {
      starts.push(offset);
      offset += block.length + 2;
    }
    const labels: Label[] = [];
    const lookAlikes: LookAlike[] = [];
    for (const mark of this.marks) {
      mark.label.start = starts[mark.block] + mark.at;
      mark.label.end = mark.label.start + mark.length;
      if ('kind' in mark.label) labels.push(mark.label);
      else lookAlikes.push(mark.label);
    }
    return { text: `${this.blocks.join('\n\n')}\n`, labels, lookAlikes };
  }
}

/** The editor's list used throughout. */
function editorRules(): CompiledRules {
  const result = validateRuleList({
    replacements: [
      { find: '己经', replace: '已经', safe: true, note: 'OCR 己/已' },
      { find: '末来', replace: '未来', note: 'OCR 末/未' },
      { find: '进人', replace: '进入', note: 'OCR 人/入' },
      { find: '其它', replace: '其他', safe: true, note: '本报用字' },
      { find: '(?<=\\d)l(?=\\d)', replace: '1', regex: true, safe: true, note: 'OCR l/1' },
      { find: '(?<=[A-Z])0(?=[A-Z])', replace: 'O', regex: true, note: 'OCR 0/O' },
    ],
    protected: [{ term: '先进人物' }, { term: '周末来' }, { term: '马末都' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return compileRules(result.value);
}

/** OCR confusions: right form in the text → wrong form injected (span: the wrong form). */
const CONFUSIONS: readonly [right: string, wrong: string][] = [
  ['已经', '己经'],
  ['未来', '末来'],
  ['进入', '进人'],
  ['其他', '其它'],
];

const LOOK_ALIKES: readonly [variant: string, text: string][] = [
  ['protected term in a rule’s reach', '会上表彰了一批先进人物。'],
  ['protected term in a rule’s reach', '不少市民选择周末来这里休闲。'],
  ['protected name', '文物专家马末都出席。'],
  ['exact formulation in a longer phrase', '坚持以习近平新时代中国特色社会主义思想为指导。'],
  ['exact formulation', '决胜全面建成小康社会。'],
  ['legitimate variant', '党的十六大提出全面建设小康社会。'],
  ['related formulation', '建设社会主义核心价值体系。'],
  ['model number with a zero', '新机型X70和5G模组。'],
];

const WEATHER = '本报讯 今日天气：晴转多云，气温十二到二十二摄氏度，东南风三到四级，空气质量良。';

function slip(rng: Rng, phrase: string): string {
  const at = rng.int(1, phrase.length - 3);
  switch (rng.int(0, phrase.length >= 10 ? 3 : 1)) {
    case 0:
      return `${phrase.slice(0, at)}甲${phrase.slice(at + 1)}`;
    case 1:
      return phrase.slice(0, at) + phrase[at + 1] + phrase[at] + phrase.slice(at + 2);
    case 2:
      return phrase.slice(0, at) + phrase.slice(at + 1);
    default:
      return `${phrase.slice(0, at)}的${phrase.slice(at)}`;
  }
}

export interface RulesEvalRow {
  readonly kind: EditorialKind;
  readonly defects: number;
  readonly found: number;
  readonly findings: number;
  readonly matched: number;
  readonly safeFindings: number;
  readonly safeMatched: number;
}

export interface RulesEvalReport {
  readonly seed: number;
  readonly drafts: number;
  readonly rows: readonly RulesEvalRow[];
  readonly lookAlikes: {
    readonly total: number;
    readonly flagged: number;
    readonly changed: number;
  };
  readonly flaggedExamples: readonly string[];
  /** A few findings that hit no defect and defects no finding hit, for the report. */
  readonly falsePositives: readonly string[];
  readonly misses: readonly string[];
}

/** Builds the corpus from `seed` and scores every draft. */
export function runRulesEval(seed: number, drafts = 30): RulesEvalReport {
  const rng = new Rng(seed);
  const articles = readFileSync(ARTICLES, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Article);
  const rules = editorRules();
  const longPhrases = STARTER_FORMULATIONS.map((f) => f.phrase).filter((p) => p.length >= 8);

  // The archive: 40 earlier issues of 5 articles each, with the weather box marked.
  const archived: Article[][] = [];
  for (let i = 0; i < 40; i++) archived.push(articles.slice(i * 5, i * 5 + 5));
  const weather = fingerprintDocument(createDocument(WEATHER));
  const archive = new ArchiveIndex(
    archived.map((issue, i) => ({
      issueId: `old${i}`,
      versionId: `v${i}`,
      date: `2021-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      prints: fingerprintDocument(
        createDocument(
          `${issue.map((a) => [a.headline, ...a.paragraphs].join('\n\n')).join('\n\n')}\n\n${WEATHER}`,
        ),
      ),
    })),
    [{ exact: weather.exact[0], length: weather.lengths[0], bands: weather.bands.slice(0, 16) }],
  );

  const falsePositives: string[] = [];
  const misses: string[] = [];
  const counts = new Map<EditorialKind, Counts>(
    EDITORIAL_KINDS.map((kind) => [
      kind,
      { kind, defects: 0, found: 0, findings: 0, matched: 0, safeFindings: 0, safeMatched: 0 },
    ]),
  );
  let lookTotal = 0;
  let lookFlagged = 0;
  let lookChanged = 0;
  const flaggedExamples: string[] = [];

  for (let d = 0; d < drafts; d++) {
    const draft = new DraftBuilder();
    const fresh = articles.slice(200 + d * 4, 204 + d * 4);
    for (const article of fresh) {
      draft.add(article.headline);
      for (const paragraph of article.paragraphs) draft.add(...injectConfusions(rng, paragraph));
    }
    // A formulation near miss and a look-alike in a sentence of their own.
    const phrase = longPhrases[rng.int(0, longPhrases.length - 1)];
    draft.add(
      '会议强调，',
      { text: slip(rng, phrase), label: { kind: 'formulation', start: 0, end: 0 } },
      '。',
    );
    const [variant, look] = LOOK_ALIKES[d % LOOK_ALIKES.length];
    draft.add({ text: look, label: { variant, start: 0, end: 0 } });
    draft.add('全年产量1', { text: 'l', label: { kind: 'rule', start: 0, end: 0 } }, '2万吨。');
    // Archive re-runs: every third draft a whole story, the others a paragraph (exact or OCR'd).
    const source = archived[rng.int(0, archived.length - 1)];
    const story = source[rng.int(0, source.length - 1)];
    if (d % 3 === 0) {
      draft.add({ text: story.headline, label: { kind: 'archive-repeat', start: 0, end: 0 } });
      for (const p of story.paragraphs) {
        draft.add({ text: p, label: { kind: 'archive-repeat', start: 0, end: 0 } });
      }
    } else {
      const long = story.paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
      const copy = d % 3 === 1 ? long : long.replace(/[的是]/u, (c) => (c === '的' ? '約' : '昰'));
      draft.add({ text: copy, label: { kind: 'archive-repeat', start: 0, end: 0 } });
    }
    draft.add({ text: WEATHER, label: { variant: 'marked boilerplate', start: 0, end: 0 } });

    const { text, labels, lookAlikes } = draft.build();
    const { findings } = analyseText(text, { ...ENGINE, rules, archive: archive.lookup() });
    const mine = findings.filter((f) =>
      (EDITORIAL_KINDS as readonly FindingKind[]).includes(f.kind),
    );
    for (const kind of EDITORIAL_KINDS) {
      const row = counts.get(kind) as Counts;
      const ofKind = mine.filter((f) => f.kind === kind);
      const defects = labels.filter((l) => l.kind === kind);
      const hit = (f: { start: number; end: number }) =>
        defects.some((l) => f.start < l.end && l.start < f.end);
      row.defects += defects.length;
      row.found += defects.filter((l) =>
        ofKind.some((f) => f.start < l.end && l.start < f.end),
      ).length;
      row.findings += ofKind.length;
      row.matched += ofKind.filter(hit).length;
      row.safeFindings += ofKind.filter((f) => f.confidence === 'safe').length;
      row.safeMatched += ofKind.filter((f) => f.confidence === 'safe' && hit(f)).length;
      for (const f of ofKind.filter((x) => !hit(x)).slice(0, 2)) {
        if (falsePositives.length < 8)
          falsePositives.push(`${kind}: ${excerpt(text, f.start, f.end)}`);
      }
      for (const l of defects.filter(
        (x) => !ofKind.some((f) => f.start < x.end && x.start < f.end),
      )) {
        if (misses.length < 8) misses.push(`${kind}: ${excerpt(text, l.start, l.end)}`);
      }
    }
    const cleaned = cleanText(text, { ...ENGINE, rules, archive: archive.lookup() }).text;
    for (const look of lookAlikes) {
      lookTotal++;
      const flagged = mine.some((f) => f.start < look.end && look.start < f.end);
      if (flagged) {
        lookFlagged++;
        if (flaggedExamples.length < 8)
          flaggedExamples.push(`${look.variant}: ${text.slice(look.start, look.end)}`);
      }
      if (!cleaned.includes(text.slice(look.start, look.end))) lookChanged++;
    }
  }
  return {
    seed,
    drafts,
    rows: [...counts.values()],
    lookAlikes: { total: lookTotal, flagged: lookFlagged, changed: lookChanged },
    flaggedExamples,
    falsePositives,
    misses,
  };
}

type Counts = { -readonly [K in keyof RulesEvalRow]: RulesEvalRow[K] };

/** `text[start, end)` in [brackets] with a little context, line breaks as ⏎. */
function excerpt(text: string, start: number, end: number): string {
  const show = (s: string) => s.replace(/\n/g, '⏎');
  const inner =
    end - start > 40
      ? `${text.slice(start, start + 18)}…${text.slice(end - 18, end)}`
      : text.slice(start, end);
  return show(`${text.slice(Math.max(0, start - 8), start)}[${inner}]${text.slice(end, end + 8)}`);
}

/** A paragraph with at most one OCR confusion injected where its right form occurs. */
function injectConfusions(
  rng: Rng,
  paragraph: string,
): (string | { text: string; label: Label })[] {
  const options = CONFUSIONS.filter(([right]) => paragraph.includes(right));
  if (options.length === 0 || !rng.chance(0.6)) return [paragraph];
  const [right, wrong] = options[rng.int(0, options.length - 1)];
  const at = paragraph.indexOf(right);
  return [
    paragraph.slice(0, at),
    { text: wrong, label: { kind: 'rule', start: 0, end: 0 } },
    paragraph.slice(at + right.length),
  ];
}

const num = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(3));

/** The report as a markdown section. */
export function formatRulesEval(report: RulesEvalReport): string {
  const header = [
    'kind',
    'defects',
    'findings',
    'precision',
    'recall',
    'safe findings',
    'safe precision',
  ];
  const rows = report.rows.map((r) => [
    r.kind,
    String(r.defects),
    String(r.findings),
    num(r.matched, r.findings),
    num(r.found, r.defects),
    String(r.safeFindings),
    num(r.safeMatched, r.safeFindings),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const l = report.lookAlikes;
  return [
    `## Editorial rules and archive repeats (seed ${report.seed}: ${report.drafts} drafts)`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Look-alikes: ${l.total}, flagged ${l.flagged}, changed by a clean ${l.changed} (target 0).`,
    ...report.flaggedExamples.map((e) => `- flagged: ${e}`),
    ...report.falsePositives.map((e) => `- false positive: ${e}`),
    ...report.misses.map((e) => `- missed: ${e}`),
    '',
  ].join('\n');
}

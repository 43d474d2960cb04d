/**
 * The correction report rendered for people: a self-contained HTML page and a CSV file that
 * Excel and WPS open with Chinese intact (UTF-8 with a BOM, CRLF rows, RFC 4180 quoting).
 *
 * Line breaks inside before/after texts are shown as ¶ (a paragraph break, two or more line
 * feeds) or ↵ (one line feed), so a joined paragraph is visible in a table cell.
 */
import type { Locale } from '../finding';
import type { Correction, CorrectionKind } from './corrections';
import { escapeHtml } from './escape';
import { PAGE_CSP_META } from './page-policy';
import { spreadsheetCell } from '../text/spreadsheet-cell';
import { KIND_NAMES } from '../kind-names';

export interface ReportMeta {
  readonly title: string;
  readonly publication?: string;
  readonly date?: string;
  readonly locale?: Locale;
  /** The review rounds ended so far (一校, 二校…), listed before the corrections. */
  readonly rounds?: readonly RoundSummary[];
}

/** One review round: where it ended, who worked in it, what they accepted and rejected. */
export interface RoundSummary {
  /** 1 = 一校. */
  readonly round: number;
  /** The version the round ended at. */
  readonly versionNumber: number;
  /** Who saved versions or marked the round, in order of first appearance. */
  readonly people: readonly string[];
  /** Decisions made in the round, by finding kind. */
  readonly accepted: Readonly<Record<string, number>>;
  readonly rejected: Readonly<Record<string, number>>;
}

const ROUND_NAMES = ['一校', '二校', '三校'];

/** A round's name: 一校, 二校, 三校, then 第 4 校 (Round 1, 2… in English). */
export function roundName(round: number, locale: Locale): string {
  if (locale === 'en') return `Round ${round}`;
  return ROUND_NAMES[round - 1] ?? `第 ${round} 校`;
}

function roundsHtml(rounds: readonly RoundSummary[], locale: Locale): string {
  const W =
    locale === 'en'
      ? { heading: 'Review rounds', cols: ['Round', 'Ends at', 'Who', 'Accepted', 'Rejected'] }
      : { heading: '校次', cols: ['校次', '截至版本', '校对人', '采纳', '不采纳'] };
  const kinds = (counts: Readonly<Record<string, number>>) =>
    Object.entries(counts)
      .map(([kind, n]) => `${escapeHtml(kindLabel(kind, locale))} ${n}`)
      .join('，') || '—';
  const rows = rounds.map(
    (r) =>
      `<tr data-testid="report-round"><td>${escapeHtml(roundName(r.round, locale))}</td><td class="num">v${r.versionNumber}</td>` +
      `<td>${escapeHtml(r.people.join('、') || '—')}</td><td>${kinds(r.accepted)}</td><td>${kinds(r.rejected)}</td></tr>`,
  );
  return (
    `<h2>${escapeHtml(W.heading)}</h2><table class="rounds"><thead><tr>` +
    W.cols.map((c) => `<th>${escapeHtml(c)}</th>`).join('') +
    `</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/** Kind names exactly as the app shows them, plus the report's own hand edit (手工修改). */
const KIND_LABELS: Readonly<Record<Locale, Readonly<Record<CorrectionKind, string>>>> = {
  'zh-CN': { ...KIND_NAMES['zh-CN'], 'manual-edit': '手工修改' },
  en: { ...KIND_NAMES.en, 'manual-edit': 'Hand edit' },
};

/** The label of a kind in the interface language; unknown kinds (from rules) show as they are. */
export function kindLabel(kind: string, locale: Locale): string {
  return (KIND_LABELS[locale] as Record<string, string>)[kind] ?? kind;
}

const WORDS = {
  'zh-CN': {
    report: '校对报告',
    total: (n: number) => `共 ${n} 处修改`,
    none: '导出版本与导入版本相同，没有修改。',
    columns: ['序号', '类型', '行', '原文', '改为', '上下文'],
    csv: ['序号', '类型', '类型代码', '行', '起始', '结束', '原文', '改为', '前文', '后文'],
  },
  en: {
    report: 'Correction report',
    total: (n: number) => `${n} change${n === 1 ? '' : 's'}`,
    none: 'The exported version equals the imported one; nothing was changed.',
    columns: ['#', 'Kind', 'Line', 'Before', 'After', 'Context'],
    csv: [
      '#',
      'Kind',
      'Kind code',
      'Line',
      'Start',
      'End',
      'Before',
      'After',
      'Context before',
      'Context after',
    ],
  },
} as const;

/** Shows line breaks: ¶ for a paragraph break, ↵ for a single line feed. */
export function visibleBreaks(text: string): string {
  return text.replace(/\n{2,}/g, '¶').replace(/\n/g, '↵');
}

const CSS = `
body{font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header,main{max-width:64rem;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.4rem;margin:.25rem 0}
.meta{color:#666;margin:0}
.summary{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
table{border-collapse:collapse;width:100%;background:#fff;table-layout:fixed}
col.num{width:3.5em}col.kind{width:7.5em}col.line{width:3.5em}col.text{width:20%}
th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
th{background:#f0f0f0;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
del{background:#fbd9d9;color:#8a1c1c}
ins{background:#d7f5dd;text-decoration:none}
h2{font-size:1.1rem;margin:1rem 0 .5rem}
table.rounds{table-layout:auto;margin-bottom:1.5rem}table.rounds td{white-space:normal}
.ctx{color:#777}
`;

/** The report as one HTML page: a summary by kind, then one table row per correction. */
export function reportHtml(corrections: readonly Correction[], meta: ReportMeta): string {
  const locale = meta.locale ?? 'zh-CN';
  const W = WORDS[locale];
  const heading = [meta.publication, meta.date].filter((s) => s && s.trim()).join(' · ');
  const out: string[] = [
    `<!doctype html>\n<html lang="${escapeHtml(locale)}">\n<head>\n<meta charset="utf-8">`,
    PAGE_CSP_META,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${W.report}: ${meta.title}`)}</title>\n<style>${CSS}</style>\n</head>\n<body>`,
    '<header>',
    `<h1>${escapeHtml(W.report)}: ${escapeHtml(meta.title)}</h1>`,
  ];
  if (heading) out.push(`<p class="meta">${escapeHtml(heading)}</p>`);
  out.push(`<p>${escapeHtml(W.total(corrections.length))}</p>`, '<ul class="summary">');
  const byKind = new Map<string, number>();
  for (const c of corrections) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  for (const [kind, n] of byKind)
    out.push(`<li>${escapeHtml(kindLabel(kind, locale))} <b>${n}</b></li>`);
  out.push('</ul>', '</header>', '<main>');
  if (meta.rounds && meta.rounds.length > 0) out.push(roundsHtml(meta.rounds, locale));
  if (corrections.length === 0) {
    out.push(`<p>${escapeHtml(W.none)}</p>`);
  } else {
    out.push(
      '<table>',
      '<colgroup><col class="num"><col class="kind"><col class="line"><col class="text"><col class="text"><col></colgroup>',
      `<thead><tr>${W.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
    );
    corrections.forEach((c, i) => {
      // A removed or inserted space shows as ␣, so a stray-space row is not an empty cell.
      const mark = (text: string) => escapeHtml(visibleBreaks(text).replace(/[ \u3000]/g, '␣'));
      const before = c.before ? `<del>${mark(c.before)}</del>` : '';
      const after = c.after ? `<ins>${mark(c.after)}</ins>` : '';
      const ctx =
        `<span class="ctx">${escapeHtml(visibleBreaks(c.context.before))}</span>` +
        (before || after ? `${before}${after}` : '') +
        `<span class="ctx">${escapeHtml(visibleBreaks(c.context.after))}</span>`;
      // One row a line: long cells end in an ellipsis, their whole text in the tooltip.
      const full = (text: string) => escapeHtml(visibleBreaks(text));
      const kind = escapeHtml(kindLabel(c.kind, locale));
      out.push(
        `<tr data-kind="${escapeHtml(c.kind)}"><td class="num">${i + 1}</td><td class="kind" title="${kind}">${kind}</td>` +
          `<td class="num">${c.line}</td><td title="${full(c.before)}">${before}</td>` +
          `<td title="${full(c.after)}">${after}</td>` +
          `<td title="${full(c.context.before + c.before + c.after + c.context.after)}">${ctx}</td></tr>`,
      );
    });
    out.push('</tbody>', '</table>');
  }
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

/**
 * The report as CSV: a UTF-8 BOM, a header row, one CRLF-terminated row per correction. Fields
 * with a comma, quote, CR or LF are quoted with inner quotes doubled (RFC 4180). A text field
 * starting with = + - @, a tab or CR gets a leading apostrophe so a spreadsheet never runs it as a formula.
 */
export function reportCsv(corrections: readonly Correction[], locale: Locale = 'zh-CN'): string {
  const rows: string[][] = [[...WORDS[locale].csv]];
  corrections.forEach((c, i) => {
    rows.push([
      String(i + 1),
      kindLabel(c.kind, locale),
      c.kind,
      String(c.line),
      String(c.start),
      String(c.end),
      spreadsheetCell(visibleBreaks(c.before)),
      spreadsheetCell(visibleBreaks(c.after)),
      spreadsheetCell(visibleBreaks(c.context.before)),
      spreadsheetCell(visibleBreaks(c.context.after)),
    ]);
  });
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** One RFC 4180 field. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

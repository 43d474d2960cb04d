/**
 * The comparison as a self-contained HTML report: one file, inline CSS, no scripts, every piece
 * of issue text escaped. Runs of unchanged paragraphs fold into <details> so the changes stand
 * out; the counts head the page.
 */
import type { Locale } from '../finding';
import { escapeHtml } from '../export/escape';
import { PAGE_CSP_META } from '../export/page-policy';
import type { Comparison, ComparisonCounts, ParagraphPair } from './compare';

export interface ComparisonHtmlMeta {
  /** Page title, e.g. the issue's title. */
  readonly title: string;
  /** What the old side is called, e.g. "v1 imported 2020-03-05". */
  readonly oldLabel: string;
  readonly newLabel: string;
  readonly locale: Locale;
}

const LABELS = {
  'zh-CN': {
    comparing: '比较',
    to: '→',
    added: '新增',
    removed: '删除',
    changed: '修改',
    moved: '移动',
    movedFrom: (n: number) => `自第 ${n} 段移来`,
    unchanged: (n: number) => `${n} 段未改动`,
    noChanges: '两个版本的段落完全相同。',
    coarse: '部分差异过大，以整句或整段显示。',
    counts: (c: ComparisonCounts): [string, number][] => [
      ['新增段落', c.paragraphsAdded],
      ['删除段落', c.paragraphsRemoved],
      ['修改段落', c.paragraphsChanged],
      ['移动段落', c.paragraphsMoved],
      ['插入字符', c.charsInserted],
      ['删除字符', c.charsDeleted],
    ],
  },
  en: {
    comparing: 'Comparison',
    to: '→',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    moved: 'Moved',
    movedFrom: (n: number) => `from paragraph ${n}`,
    unchanged: (n: number) => `${n} unchanged paragraph${n === 1 ? '' : 's'}`,
    noChanges: 'The paragraphs of both versions are identical.',
    coarse: 'Some differences were too large and are shown by sentence or paragraph.',
    counts: (c: ComparisonCounts): [string, number][] => [
      ['Paragraphs added', c.paragraphsAdded],
      ['Paragraphs removed', c.paragraphsRemoved],
      ['Paragraphs changed', c.paragraphsChanged],
      ['Paragraphs moved', c.paragraphsMoved],
      ['Characters inserted', c.charsInserted],
      ['Characters deleted', c.charsDeleted],
    ],
  },
} as const;

const CSS = `
body{font:16px/1.7 "Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;margin:0;background:#f6f5f1;color:#222}
header,main{max-width:52rem;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.5rem;margin:.5rem 0}
.versions{color:#555;margin:0}
.counts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;padding:0;margin:1rem 0}
.counts b{font-variant-numeric:tabular-nums}
.pair{background:#fff;border-left:4px solid #ccc;margin:.75rem 0;padding:.5rem 1rem}
.pair p{margin:.25rem 0;white-space:normal}
.tag{font:12px/1.4 system-ui,sans-serif;color:#666;text-transform:uppercase;letter-spacing:.05em}
.changed{border-color:#d39e00}.added{border-color:#2e7d32}.removed{border-color:#c62828}.moved{border-color:#1565c0}
.equal{border-color:transparent;color:#555}
ins{background:#d7f5dd;text-decoration:none}
del{background:#fbd9d9;color:#8a1c1c}
details{margin:.75rem 0;color:#555}
summary{cursor:pointer;font:13px system-ui,sans-serif}
.note{font:13px system-ui,sans-serif;color:#8a5a00}
`;

/** Renders a comparison as one HTML page (UTF-8, `<!doctype html>`). */
export function comparisonHtml(cmp: Comparison, meta: ComparisonHtmlMeta): string {
  const L = LABELS[meta.locale];
  const out: string[] = [];
  out.push(
    `<!doctype html>\n<html lang="${escapeHtml(meta.locale)}">\n<head>\n<meta charset="utf-8">`,
    PAGE_CSP_META,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(`${L.comparing}: ${meta.title}`)}</title>\n<style>${CSS}</style>\n</head>\n<body>`,
    `<header>\n<h1>${escapeHtml(meta.title)}</h1>`,
    `<p class="versions">${escapeHtml(meta.oldLabel)} ${L.to} ${escapeHtml(meta.newLabel)}</p>`,
    '<ul class="counts">',
    ...L.counts(cmp.counts).map(([label, n]) => `<li>${escapeHtml(label)} <b>${n}</b></li>`),
    '</ul>',
  );
  if (cmp.coarse) out.push(`<p class="note">${escapeHtml(L.coarse)}</p>`);
  out.push('</header>\n<main>');
  if (cmp.pairs.every((p) => p.op === 'equal')) out.push(`<p>${escapeHtml(L.noChanges)}</p>`);
  let equalRun: ParagraphPair[] = [];
  const flushEqual = (): void => {
    if (equalRun.length === 0) return;
    const body = equalRun.map((p) => pairHtml(cmp, p, meta.locale)).join('\n');
    out.push(
      equalRun.length <= 2
        ? body
        : `<details><summary>${escapeHtml(L.unchanged(equalRun.length))}</summary>\n${body}\n</details>`,
    );
    equalRun = [];
  };
  for (const p of cmp.pairs) {
    if (p.op === 'equal') {
      equalRun.push(p);
      continue;
    }
    flushEqual();
    out.push(pairHtml(cmp, p, meta.locale));
  }
  flushEqual();
  out.push('</main>\n</body>\n</html>\n');
  return out.join('\n');
}

function pairHtml(cmp: Comparison, p: ParagraphPair, locale: Locale): string {
  const L = LABELS[locale];
  const oldText = p.old ? cmp.oldDoc.text.slice(p.old.start, p.old.end) : '';
  const newText = p.new ? cmp.newDoc.text.slice(p.new.start, p.new.end) : '';
  switch (p.op) {
    case 'equal':
      return `<section class="pair equal"><p>${plain(newText)}</p></section>`;
    case 'added':
      return section('added', L.added, `<ins>${marked(newText)}</ins>`);
    case 'removed':
      return section('removed', L.removed, `<del>${marked(oldText)}</del>`);
    case 'moved':
      return section(
        'moved',
        `${L.moved} · ${L.movedFrom((p.old?.index ?? 0) + 1)}`,
        plain(newText),
      );
    case 'changed': {
      const body = (p.segments ?? [])
        .map((s) =>
          s.op === 'equal'
            ? plain(s.text)
            : s.op === 'insert'
              ? `<ins>${marked(s.text)}</ins>`
              : `<del>${marked(s.text)}</del>`,
        )
        .join('');
      return section('changed', L.changed, body);
    }
  }
}

function section(cls: string, tag: string, body: string): string {
  return `<section class="pair ${cls}"><div class="tag">${escapeHtml(tag)}</div><p>${body}</p></section>`;
}

/** Kept text: line breaks shown as breaks. */
function plain(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/** Inserted or deleted text: a line break is shown as a visible ↵ so a join can be seen. */
function marked(text: string): string {
  return escapeHtml(text).replace(/\n/g, '↵');
}

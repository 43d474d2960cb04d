/**
 * The proof sheet (校样): a version printed as an editor marks a galley — the text with every
 * correction against the imported draft in place (struck out / underlined, a deleted paragraph
 * mark as ¶), a numbered mark at each one, and the same numbers in the margin beside the
 * paragraph saying what changed, with a summary by kind at the top. A self-contained HTML page
 * laid out for A4 (`@page`), printed by the app (Electron's printToPDF) or any browser.
 */
import type { Locale } from '../finding';
import type { Correction } from './corrections';
import { escapeHtml } from './escape';
import { PAGE_CSP_META } from './page-policy';
import { kindLabel, visibleBreaks, type ReportMeta } from './report';
import type { TrackedParagraph } from './tracked';

const WORDS = {
  'zh-CN': {
    proof: '校样',
    total: (n: number) => `共 ${n} 处修改`,
    none: '本版与导入稿相同，没有修改。',
    deleted: '删',
    inserted: '增',
    paragraph: '段落',
  },
  en: {
    proof: 'Proof',
    total: (n: number) => `${n} change${n === 1 ? '' : 's'}`,
    none: 'This version equals the imported draft; nothing was changed.',
    deleted: 'del.',
    inserted: 'ins.',
    paragraph: 'paragraph',
  },
} as const;

const CSS = `
@page{size:A4;margin:16mm 14mm}
body{font:11pt/1.75 "Noto Serif CJK SC","Source Han Serif SC","Songti SC","SimSun",serif;margin:0;color:#111;background:#fff}
@media screen{body{max-width:182mm;margin:8mm auto;padding:0 6mm}}
header{border-bottom:1px solid #999;margin-bottom:4mm;padding-bottom:2mm}
h1{font-size:15pt;margin:0}
.meta,.summary{margin:1mm 0;color:#444;font-size:9.5pt}
.summary span{margin-right:4mm}
.row{display:grid;grid-template-columns:1fr 48mm;gap:5mm;break-inside:avoid;margin:0 0 2.5mm}
.text{margin:0}
.text.headline{font-weight:700;font-size:13pt}
.margin{border-left:1px solid #c33;padding-left:2mm;font:8.5pt/1.5 "Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#a11}
.margin ol{margin:0;padding:0;list-style:none}
.margin li{overflow-wrap:anywhere}
del{color:#a11;text-decoration:line-through}
ins{color:#063;text-decoration:underline}
sup.n{color:#a11;font:bold 7pt sans-serif;margin:0 .3mm}
.kind{color:#666}
`;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A correction's number as printed: ① … ⑳, then (21), (22)… */
function numeral(n: number): string {
  return n <= CIRCLED.length ? CIRCLED[n - 1] : `(${n})`;
}

/** One change inside a paragraph: what went, what came. */
interface Change {
  deleted: string;
  inserted: string;
}

/**
 * The proof sheet of `paragraphs` (the version tracked against the imported draft, see
 * `trackedParagraphs`), with `corrections` (the report's list) summarised by kind at the top.
 */
export function proofHtml(
  paragraphs: readonly TrackedParagraph[],
  corrections: readonly Correction[],
  meta: ReportMeta,
): string {
  const locale: Locale = meta.locale ?? 'zh-CN';
  const W = WORDS[locale];
  const heading = [meta.publication, meta.date].filter((s) => s && s.trim()).join(' · ');
  const out: string[] = [
    `<!doctype html>\n<html lang="${escapeHtml(locale)}">\n<head>\n<meta charset="utf-8">`,
    PAGE_CSP_META,
    `<title>${escapeHtml(`${W.proof}: ${meta.title}`)}</title>\n<style>${CSS}</style>\n</head>\n<body>`,
    '<header>',
    `<h1>${escapeHtml(W.proof)}: ${escapeHtml(meta.title)}</h1>`,
  ];
  if (heading) out.push(`<p class="meta">${escapeHtml(heading)}</p>`);
  const byKind = new Map<string, number>();
  for (const c of corrections) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  out.push(
    `<p class="summary" data-testid="proof-summary"><b>${escapeHtml(W.total(corrections.length))}</b> ` +
      [...byKind]
        .map(([kind, n]) => `<span>${escapeHtml(kindLabel(kind, locale))} ${n}</span>`)
        .join('') +
      '</p>',
    '</header>',
    '<main>',
  );
  if (corrections.length === 0) out.push(`<p>${escapeHtml(W.none)}</p>`);
  let number = 0;
  for (const paragraph of paragraphs) {
    const changes: Change[] = [];
    let html = '';
    let open: Change | null = null;
    const close = () => {
      if (!open) return;
      changes.push(open);
      number++;
      html += `<sup class="n">${numeral(number)}</sup>`;
      open = null;
    };
    for (const piece of paragraph.pieces) {
      const text = 'text' in piece ? piece.text : '\n';
      if (piece.op === 'equal') {
        close();
        html += 'text' in piece ? escapeHtml(piece.text) : '<br>';
        continue;
      }
      open ??= { deleted: '', inserted: '' };
      if (piece.op === 'delete') {
        open.deleted += text;
        html += 'text' in piece ? `<del>${escapeHtml(piece.text)}</del>` : '<del>↵</del>';
      } else {
        open.inserted += text;
        html += 'text' in piece ? `<ins>${escapeHtml(piece.text)}</ins>` : '<ins>↵</ins><br>';
      }
    }
    if (paragraph.mark !== 'equal') {
      // A paragraph mark deleted (a mended break) or inserted (a split), as Word shows it.
      open ??= { deleted: '', inserted: '' };
      if (paragraph.mark === 'delete') open.deleted += '\n\n';
      else open.inserted += '\n\n';
      html += paragraph.mark === 'delete' ? '<del>¶</del>' : '<ins>¶</ins>';
    }
    close();
    const first = number - changes.length + 1;
    const notes = changes
      .map((change, i) => {
        const word = (text: string) => escapeHtml(visibleBreaks(text).replace(/[ \u3000]/g, '␣'));
        const what =
          change.deleted && change.inserted
            ? `<del>${word(change.deleted)}</del> → <ins>${word(change.inserted)}</ins>`
            : change.deleted
              ? `${W.deleted} <del>${word(change.deleted)}</del>`
              : `${W.inserted} <ins>${word(change.inserted)}</ins>`;
        return `<li data-testid="proof-note">${numeral(first + i)} ${what}</li>`;
      })
      .join('');
    const role = paragraph.role === 'headline' ? ' headline' : '';
    out.push(
      `<div class="row"><p class="text${role}">${html}</p>` +
        `<aside class="margin">${notes ? `<ol>${notes}</ol>` : ''}</aside></div>`,
    );
  }
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

/**
 * Human output of `galley check`: per file a header, then one line per finding with
 * line:column, kind, confidence, a short excerpt and the message.
 */
import type { Encoding, Finding, Locale } from '../../core/index';
import { terminalLine } from '../terminal';

/** Code points of context shown on each side of a finding. */
const CONTEXT = 6;
/** The most code points of covered text or replacement shown. */
const MAX_SHOWN = 16;
/** The most findings of one kind listed per file; the rest are counted in one line. */
export const MAX_LISTED_PER_KIND = 1000;

/** A 1-based line and a 1-based column counted in code points. */
export interface LineCol {
  readonly line: number;
  readonly col: number;
}

/** Maps UTF-16 offsets of one text to line:column, with a binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The last answer, so offsets asked in increasing order cost one pass over a long line. */
  private last = { pos: 0, line: 0, col: 1 };

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The line and column of UTF-16 offset `pos` (0 ≤ pos ≤ text.length). */
  at(pos: number): LineCol {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo];
    const resume = this.last.line === lo && this.last.pos <= pos;
    let col = resume ? this.last.col : 1;
    for (let i = resume ? this.last.pos : lineStart; i < pos; i++) {
      const code = this.text.charCodeAt(i);
      // A low surrogate continues the code point its high surrogate started.
      if (code < 0xdc00 || code > 0xdfff) col++;
    }
    this.last = { pos, line: lo, col };
    return { line: lo + 1, col };
  }
}

/** Makes control characters visible and trims to `max` code points (with an ellipsis). */
function visible(text: string, max: number, fromEnd = false): string {
  const shown = text.replace(/\n/g, '⏎').replace(/\t/g, '⇥').replace(/ /g, '␣');
  const points = [...shown];
  if (points.length <= max) return shown;
  return fromEnd ? `…${points.slice(-max).join('')}` : `${points.slice(0, max).join('')}…`;
}

/** The excerpt of a finding: `before[covered→replacement]after`, spaces and line ends shown. */
export function excerpt(text: string, finding: Finding): string {
  const before = [...text.slice(Math.max(0, finding.start - CONTEXT * 2), finding.start)]
    .slice(-CONTEXT)
    .join('');
  const after = [...text.slice(finding.end, finding.end + CONTEXT * 2)].slice(0, CONTEXT).join('');
  const covered = visible(text.slice(finding.start, finding.end), MAX_SHOWN);
  const replacement = visible(finding.replacement, MAX_SHOWN);
  return `${visible(before, CONTEXT, true)}[${covered}→${replacement}]${visible(after, CONTEXT)}`;
}

/**
 * The lines printed for one file: a header, then one line per finding, each ending in `\n`; at
 * most MAX_LISTED_PER_KIND of each kind, then one line saying how many more there are.
 */
export function formatFileReport(
  file: string,
  encoding: Encoding,
  text: string,
  findings: readonly Finding[],
  locale: Locale,
  unlisted: Partial<Record<string, number>> = {},
): string {
  const safe = findings.filter((f) => f.confidence === 'safe').length;
  const left = Object.values(unlisted).reduce((sum: number, n) => sum + (n ?? 0), 0);
  const total = findings.length + left;
  const header = `${terminalLine(file)} (${encoding}): ${total} findings, ${safe}${left > 0 ? '+' : ''} safe\n`;
  const index = new LineIndex(text);
  const listed = new Map<string, number>();
  const lines: string[] = [];
  for (const f of findings) {
    const count = (listed.get(f.kind) ?? 0) + 1;
    listed.set(f.kind, count);
    if (count > MAX_LISTED_PER_KIND) continue;
    const { line, col } = index.at(f.start);
    lines.push(
      `  ${line}:${col}  ${f.kind}  ${f.confidence}  ${terminalLine(`${excerpt(text, f)}  ${f.message[locale]}`)}\n`,
    );
  }
  for (const kind of Object.keys(unlisted)) if (!listed.has(kind)) listed.set(kind, 0);
  for (const [kind, count] of listed) {
    const more = Math.max(0, count - MAX_LISTED_PER_KIND) + (unlisted[kind] ?? 0);
    if (more <= 0) continue;
    const all = unlisted[kind]
      ? ''
      : locale === 'zh-CN'
        ? '（--json 列出全部）'
        : ' (--json lists them all)';
    lines.push(
      locale === 'zh-CN'
        ? `  …另有 ${more} 条 ${kind} 未列出${all}\n`
        : `  … ${more} more ${kind} findings not listed${all}\n`,
    );
  }
  return header + lines.join('');
}

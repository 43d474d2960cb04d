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

/** A 1-based line and a 1-based column counted in code points. */
export interface LineCol {
  readonly line: number;
  readonly col: number;
}

/** Maps UTF-16 offsets of one text to line:column, with a binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

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
    let col = 1;
    for (let i = lineStart; i < pos; i++) {
      const code = this.text.charCodeAt(i);
      // A low surrogate continues the code point its high surrogate started.
      if (code < 0xdc00 || code > 0xdfff) col++;
    }
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

/** The lines printed for one file: a header, then one line per finding, each ending in `\n`. */
export function formatFileReport(
  file: string,
  encoding: Encoding,
  text: string,
  findings: readonly Finding[],
  locale: Locale,
): string {
  const safe = findings.filter((f) => f.confidence === 'safe').length;
  const header = `${terminalLine(file)} (${encoding}): ${findings.length} findings, ${safe} safe\n`;
  const index = new LineIndex(text);
  const lines = findings.map((f) => {
    const { line, col } = index.at(f.start);
    return `  ${line}:${col}  ${f.kind}  ${f.confidence}  ${terminalLine(`${excerpt(text, f)}  ${f.message[locale]}`)}\n`;
  });
  return header + lines.join('');
}

/**
 * Unified diff of two texts, line by line, in the standard format (`---`/`+++` headers, `@@`
 * hunks, `\ No newline at end of file`) that `patch`, git and jsdiff's `applyPatch` read.
 *
 * Lines are aligned by our bounded patience alignment (so a 1 MB issue diffs in milliseconds and
 * unrelated texts never hang); hunks are formatted by jsdiff's `formatPatch`. Texts are used as
 * they are, without normalization: applying the diff to `a` gives exactly `b`, `\r` included.
 * (jsdiff's `applyPatch` converts a patch's line endings to the source's style by default; for
 * texts that mix `\r\n` and `\n`, apply with `autoConvertLineEndings: false`.)
 */
import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatchHunk } from 'diff';
import { alignSequences } from './align';
import { DiffBudget } from './bounded-diff';

export interface UnifiedDiffOptions {
  /** Name on the `---` line (default "a"). */
  readonly oldName?: string;
  /** Name on the `+++` line (default "b"). */
  readonly newName?: string;
  /** Unchanged lines shown around each change (default 3). */
  readonly context?: number;
}

/** The unified diff turning `a` into `b`; only the two header lines when they are equal. */
export function unifiedDiff(a: string, b: string, options: UnifiedDiffOptions = {}): string {
  const oldLines = splitLines(a);
  const newLines = splitLines(b);
  const matches = alignSequences(oldLines, newLines, new DiffBudget());
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  const change = (i1: number, j1: number): void => {
    if (i1 > i || j1 > j)
      runs.push({ removed: oldLines.slice(i, i1), added: newLines.slice(j, j1) });
  };
  for (const [mi, mj] of matches) {
    change(mi, mj);
    const last = runs[runs.length - 1];
    if (last && 'equal' in last) last.equal.push(oldLines[mi]);
    else runs.push({ equal: [oldLines[mi]] });
    i = mi + 1;
    j = mj + 1;
  }
  change(oldLines.length, newLines.length);
  return formatPatch(
    {
      oldFileName: options.oldName ?? 'a',
      newFileName: options.newName ?? 'b',
      oldHeader: undefined,
      newHeader: undefined,
      hunks: buildHunks(runs, options.context ?? 3),
    },
    FILE_HEADERS_ONLY,
  );
}

type Run = { equal: string[] } | { removed: string[]; added: string[] };

/**
 * Splits after every `\n`, keeping it, so a last line without a newline differs from the same
 * line with one (that is what `\ No newline at end of file` records).
 */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', start)) {
    lines.push(text.slice(start, k + 1));
    start = k + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Groups runs into hunks with `context` lines around changes, merging hunks that touch. */
function buildHunks(runs: readonly Run[], context: number): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  let open: { oldStart: number; newStart: number; lines: string[] } | undefined;
  let oldLine = 1;
  let newLine = 1;
  const close = (): void => {
    if (!open) return;
    let oldCount = 0;
    let newCount = 0;
    for (const l of open.lines) {
      if (l[0] !== '+') oldCount++;
      if (l[0] !== '-') newCount++;
    }
    hunks.push({
      oldStart: open.oldStart,
      oldLines: oldCount,
      newStart: open.newStart,
      newLines: newCount,
      lines: endLines(open.lines),
    });
    open = undefined;
  };
  runs.forEach((run, r) => {
    if ('equal' in run) {
      if (open) {
        if (run.equal.length <= 2 * context && r < runs.length - 1) {
          for (const l of run.equal) open.lines.push(' ' + l);
        } else {
          for (const l of run.equal.slice(0, context)) open.lines.push(' ' + l);
          close();
        }
      }
      oldLine += run.equal.length;
      newLine += run.equal.length;
      return;
    }
    if (!open) {
      const before = r > 0 && 'equal' in runs[r - 1] ? lastLines(runs[r - 1], context) : [];
      open = {
        oldStart: oldLine - before.length,
        newStart: newLine - before.length,
        lines: before.map((l) => ' ' + l),
      };
    }
    for (const l of run.removed) open.lines.push('-' + l);
    for (const l of run.added) open.lines.push('+' + l);
    oldLine += run.removed.length;
    newLine += run.added.length;
  });
  close();
  return hunks;
}

function lastLines(run: Run, n: number): string[] {
  return 'equal' in run && n > 0 ? run.equal.slice(-n) : [];
}

/** Drops each line's `\n`; a line without one is followed by the no-newline marker. */
function endLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.endsWith('\n')) out.push(l.slice(0, -1));
    else out.push(l, '\\ No newline at end of file');
  }
  return out;
}

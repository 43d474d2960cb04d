/**
 * A changed paragraph's text with its character-level highlights: deletions on the old side,
 * insertions on the new side, both inline. A paragraph break deleted or inserted (a joined or
 * split paragraph) shows as ¶ inside the deletion or insertion, as Word shows a deleted
 * paragraph mark, and a single line break as ↵: otherwise a join reads as unchanged text.
 */
import type { ReactNode } from 'react';
import type { Segment } from '../../../../core/compare';

export interface SegmentTextProps {
  readonly segments: readonly Segment[];
  /** `old`: kept + deleted text; `new`: kept + inserted text; `both`: all of it, inline. */
  readonly side: 'old' | 'new' | 'both';
}

/** `text` with its line breaks as marks (¶ for a paragraph break, ↵ for one line feed). */
function withBreakMarks(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const parts = text.split(/(\n[ \t\u3000]*\n[\s]*|\n)/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part) out.push(part);
      return;
    }
    const paragraph = part.trim() === '' && (part.match(/\n/g) ?? []).length > 1;
    out.push(
      <span
        key={i}
        className="diff-break"
        data-testid="diff-break"
        data-break={paragraph ? 'paragraph' : 'line'}
      >
        {paragraph ? '¶' : '↵'}
      </span>,
    );
  });
  return out;
}

export function SegmentText({ segments, side }: SegmentTextProps) {
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.op === 'equal') return <span key={i}>{segment.text}</span>;
        if (segment.op === 'delete') {
          return side === 'new' ? null : (
            <del key={i} className="diff-del" data-testid="diff-del">
              {withBreakMarks(segment.text)}
            </del>
          );
        }
        return side === 'old' ? null : (
          <ins key={i} className="diff-ins" data-testid="diff-ins">
            {withBreakMarks(segment.text)}
          </ins>
        );
      })}
    </>
  );
}

/**
 * A changed paragraph's text with its character-level highlights: deletions on the old side,
 * insertions on the new side, both inline.
 */
import type { Segment } from '../../../../core/compare';

export interface SegmentTextProps {
  readonly segments: readonly Segment[];
  /** `old`: kept + deleted text; `new`: kept + inserted text; `both`: all of it, inline. */
  readonly side: 'old' | 'new' | 'both';
}

export function SegmentText({ segments, side }: SegmentTextProps) {
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.op === 'equal') return <span key={i}>{segment.text}</span>;
        if (segment.op === 'delete') {
          return side === 'new' ? null : (
            <del key={i} className="diff-del" data-testid="diff-del">
              {segment.text}
            </del>
          );
        }
        return side === 'old' ? null : (
          <ins key={i} className="diff-ins" data-testid="diff-ins">
            {segment.text}
          </ins>
        );
      })}
    </>
  );
}

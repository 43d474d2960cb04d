/**
 * Moving between findings: next / previous in document order, wrapping at either end (and
 * saying so: `stepFinding` tells a wrap).
 */
import type { Finding } from '../../../../core/finding';

/**
 * The finding after (direction 1) or before (-1) the active one, or, with no active finding,
 * the first one starting at or after `pos` (before it, going back). Wraps around; undefined
 * when `findings` is empty. `findings` must be in document order.
 */
export function adjacentFinding(
  findings: readonly Finding[],
  activeId: string | null,
  pos: number,
  direction: 1 | -1,
): Finding | undefined {
  return stepFinding(findings, activeId, pos, direction)?.finding;
}

/** A step between findings: where it lands, and whether it went round an end of the text. */
export interface Step {
  readonly finding: Finding;
  /** True when the step went from the last finding to the first (or back from the first). */
  readonly wrapped: boolean;
}

/** `adjacentFinding`, telling also whether the step wrapped around (the editor is told). */
export function stepFinding(
  findings: readonly Finding[],
  activeId: string | null,
  pos: number,
  direction: 1 | -1,
): Step | undefined {
  if (findings.length === 0) return undefined;
  const at = activeId === null ? -1 : findings.findIndex((f) => f.id === activeId);
  if (at >= 0) {
    const next = at + direction;
    const wrapped = next < 0 || next >= findings.length;
    return { finding: findings[(next + findings.length) % findings.length], wrapped };
  }
  if (direction === 1) {
    const after = findings.find((f) => f.start >= pos);
    return after ? { finding: after, wrapped: false } : { finding: findings[0], wrapped: true };
  }
  for (let i = findings.length - 1; i >= 0; i--) {
    if (findings[i].start < pos) return { finding: findings[i], wrapped: false };
  }
  return { finding: findings[findings.length - 1], wrapped: true };
}

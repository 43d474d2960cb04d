/** Moving between findings: next / previous in document order, wrapping at either end. */
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
  if (findings.length === 0) return undefined;
  const at = activeId === null ? -1 : findings.findIndex((f) => f.id === activeId);
  if (at >= 0) return findings[(at + direction + findings.length) % findings.length];
  if (direction === 1) return findings.find((f) => f.start >= pos) ?? findings[0];
  for (let i = findings.length - 1; i >= 0; i--) if (findings[i].start < pos) return findings[i];
  return findings[findings.length - 1];
}

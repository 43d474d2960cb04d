/** The detectors switch in settings: the set of disabled kinds, kept in FINDING_KINDS order. Pure. */
import { FINDING_KINDS, type FindingKind } from '../../../../core/finding';

/** `disabled` with `kind` switched on (`on` true) or off, in FINDING_KINDS order. */
export function switchKind(
  disabled: readonly FindingKind[],
  kind: FindingKind,
  on: boolean,
): FindingKind[] {
  const next = new Set(disabled);
  if (on) next.delete(kind);
  else next.add(kind);
  return FINDING_KINDS.filter((k) => next.has(k));
}

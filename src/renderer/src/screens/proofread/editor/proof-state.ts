/**
 * The value of the findings field and its transitions: what happens to the open findings, their
 * related spans, the decisions and the active finding when the text changes, a fresh analysis
 * arrives, or the editor decides. Pure functions of CodeMirror range sets; offsets are UTF-16
 * code units into the editor's document.
 *
 * Findings are kept as light range values (no decorations: those are drawn for the visible part
 * only, see finding-marks.ts), so taking in the 18,000 findings of a 1 MB issue, or mapping them
 * through a keystroke, stays cheap.
 */
import { RangeSet, RangeValue, type ChangeDesc, type Range, type Text } from '@codemirror/state';
import type { Finding, FindingKind, Span } from '../../../../../core/finding';
import type { Decision } from '../../../../../shared/contract';
import {
  addDecided,
  forgetDecided,
  mapDecided,
  rejectedAgain,
  type DecidedSet,
} from './decided-spans';

/** One decision in a `decide` or `restore` effect. */
export interface DecisionChange {
  /**
   * The finding decided. In `decide`, its offsets are those of the document before the
   * transaction; in `restore`, those of the document after it (where it comes back).
   */
  readonly finding: Finding;
  readonly decision: Decision;
  /** The decision the id had before (undefined: none); `restore` goes back to it. */
  readonly previous: Decision | undefined;
}

/** The finding the editor is looking at, with its current span. */
export interface ActiveFinding {
  readonly id: string;
  readonly kind: FindingKind;
  readonly from: number;
  readonly to: number;
}

/**
 * An open finding in the field's range set; its range is the finding's current span (the
 * offsets inside `finding` are those it was found with). Text typed at either edge stays
 * outside it; a span deleted entirely disappears with its text.
 */
export class FindingValue extends RangeValue {
  override startSide = 1;
  override endSide = -1;
  override point: boolean;

  constructor(readonly finding: Finding) {
    super();
    this.point = finding.start === finding.end;
  }

  override eq(other: FindingValue): boolean {
    return other.finding === this.finding;
  }
}

/** The `related` span of an open finding, kept in a range set so edits map it cheaply. */
export class RelatedSpan extends RangeValue {
  constructor(readonly id: string) {
    super();
  }
  override eq(other: RelatedSpan): boolean {
    return other.id === this.id;
  }
}

/** The open findings, by current span. */
export type FindingSet = RangeSet<FindingValue>;
/** The related spans of open findings, by current span. */
export type RelatedSet = RangeSet<RelatedSpan>;

/** The field's value: open findings, their related spans, decisions and the active finding. */
export interface ProofState {
  readonly items: FindingSet;
  /** `related` spans of the open findings that have one. */
  readonly related: RelatedSet;
  readonly decisions: ReadonlyMap<string, Decision>;
  /** Spans rejected in this session, mapped through every edit since (decided-spans.ts). */
  readonly rejected: DecidedSet;
  /**
   * Ids rejected because a fresh analysis reported a rejected defect again under them, by the
   * id the editor rejected (undoing that rejection undoes these too).
   */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
  readonly active: ActiveFinding | null;
  /**
   * Changes whenever the set of open findings changes (not when edits only move them), so a
   * view of the list can skip rebuilding it while the editor types elsewhere.
   */
  readonly generation: number;
}

/** A field value with no findings and the given decisions. */
export function emptyProofState(decisions: ReadonlyMap<string, Decision> = new Map()): ProofState {
  return {
    items: RangeSet.empty,
    related: RangeSet.empty,
    decisions,
    rejected: RangeSet.empty,
    aliases: new Map(),
    active: null,
    generation: 0,
  };
}

/** `finding` with its offsets (and related span) mapped through `changes`. */
export function mapFinding(finding: Finding, changes: ChangeDesc): Finding {
  const start = changes.mapPos(finding.start, 1);
  const end = Math.max(start, changes.mapPos(finding.end, -1));
  const related = finding.related && mapSpan(finding.related, changes);
  return { ...finding, start, end, ...(related && { related }) };
}

function mapSpan(span: Span, changes: ChangeDesc): Span {
  const start = changes.mapPos(span.start, 1);
  return { start, end: Math.max(start, changes.mapPos(span.end, -1)) };
}

/** Decision changes with their findings mapped through `changes` (for effect mapping). */
export const mapChanges = (list: readonly DecisionChange[], changes: ChangeDesc) =>
  list.map((c) => ({ ...c, finding: mapFinding(c.finding, changes) }));

/** The active finding mapped through `changes`. */
export function mapActive(active: ActiveFinding | null, changes: ChangeDesc): ActiveFinding | null {
  if (!active) return null;
  const from = changes.mapPos(active.from, 1);
  return { ...active, from, to: Math.max(from, changes.mapPos(active.to, -1)) };
}

function removeIds(items: FindingSet, ids: ReadonlySet<string>, lo?: number, hi?: number) {
  if (ids.size === 0) return items;
  return items.update({
    filter: (_from, _to, value) => !ids.has(value.finding.id),
    ...(lo !== undefined && hi !== undefined && { filterFrom: lo, filterTo: hi }),
  });
}

function withoutIds(related: RelatedSet, ids: ReadonlySet<string>): RelatedSet {
  return ids.size === 0 || related.size === 0
    ? related
    : related.update({ filter: (_from, _to, value) => !ids.has(value.id) });
}

/**
 * Kinds whose findings stay open when an edit falls strictly inside them: an archive repeat
 * (drop these paragraphs, they ran before) is still one after its punctuation or spacing was
 * fixed, and only the workspace can find it again, so it is kept, mapped, until the next save.
 */
const SURVIVE_INNER_EDITS: ReadonlySet<FindingKind> = new Set<FindingKind>(['archive-repeat']);

/**
 * `value` without the open findings `ids` and their related spans (decisions untouched): what
 * `applyDecide` removes, taken out before an edit maps the rest. The generation is left alone;
 * `applyDecide` moves it.
 */
export function dropOpen(value: ProofState, ids: ReadonlySet<string>): ProofState {
  return { ...value, items: removeIds(value.items, ids), related: withoutIds(value.related, ids) };
}

/**
 * The state after an edit: findings and related spans mapped; a finding whose text the edit
 * touched (or deleted) is dropped until the next analysis says what is there now, except an
 * archive repeat edited inside (SURVIVE_INNER_EDITS).
 */
export function applyEdit(value: ProofState, changes: ChangeDesc): ProofState {
  const mapped = value.items.map(changes);
  const touched = new Set<string>();
  let lo = Infinity;
  let hi = -Infinity;
  changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    mapped.between(fromB, toB, (from, to, item) => {
      const hit = from === to ? fromB <= from && from <= toB : fromB < to && toB > from;
      if (!hit) return;
      if (SURVIVE_INNER_EDITS.has(item.finding.kind) && from < fromB && toB < to) return;
      touched.add(item.finding.id);
      lo = Math.min(lo, from);
      hi = Math.max(hi, to);
    });
  });
  const items = touched.size > 0 ? removeIds(mapped, touched, lo, hi) : mapped;
  const active =
    value.active && !touched.has(value.active.id) ? mapActive(value.active, changes) : null;
  return {
    ...value,
    items,
    related: withoutIds(value.related.map(changes), touched),
    rejected: mapDecided(value.rejected, changes),
    active,
    generation: value.generation + (items.size !== value.items.size ? 1 : 0),
  };
}

/** The related spans by finding id. */
export function relatedSpans(related: RelatedSet): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (let it = related.iter(); it.value; it.next()) {
    spans.set(it.value.id, { start: it.from, end: it.to });
  }
  return spans;
}

function build(findings: readonly Finding[], doc: Text, decisions: ReadonlyMap<string, Decision>) {
  const items: Range<FindingValue>[] = [];
  const related: Range<RelatedSpan>[] = [];
  for (const f of findings) {
    if (decisions.get(f.id) === 'rejected' || f.end > doc.length || f.start > f.end) continue;
    items.push(new FindingValue(f).range(f.start, f.end));
    const span = f.related;
    if (span && span.start <= span.end && span.end <= doc.length) {
      related.push(new RelatedSpan(f.id).range(span.start, span.end));
    }
  }
  return { items, related };
}

/**
 * The state of a text as opened: `findings` (offsets into `doc`, as the workspace found them)
 * open unless rejected by `decisions`.
 */
export function openedProofState(
  decisions: ReadonlyMap<string, Decision>,
  findings: readonly Finding[],
  doc: Text,
): ProofState {
  const { items, related } = build(findings, doc, decisions);
  return {
    ...emptyProofState(decisions),
    items: RangeSet.of(items, true),
    related: RangeSet.of(related, true),
    generation: 1,
  };
}

const sameFinding = (a: Finding, b: Finding) =>
  a.replacement === b.replacement && a.confidence === b.confidence && a.message.en === b.message.en;

/**
 * Replaces the open findings by `findings` (a fresh analysis), touching only what differs: a
 * finding already open with the same id, span and fix stays as it is, so a re-analysis that
 * finds what was already there costs a scan, not a rebuild, and leaves the generation alone.
 */
export function replaceFindings(
  value: ProofState,
  findings: readonly Finding[],
  doc: Text,
): ProofState {
  const { gone, fresh, activeKept } = compareOpen(value, findings);
  const { decisions, aliases } = adoptRejections(value, fresh, doc);
  const added = build(fresh, doc, decisions);
  if (gone.length === 0 && added.items.length === 0 && decisions === value.decisions) {
    return value;
  }
  // Only the stretch where findings went is filtered: the rest of the set is reused as it is.
  const goneIds = new Set<string>();
  let filterFrom = doc.length;
  let filterTo = 0;
  for (const [item, from, to] of gone) {
    goneIds.add(item.finding.id);
    filterFrom = Math.min(filterFrom, from);
    filterTo = Math.max(filterTo, to);
  }
  const items = new Set(gone.map(([item]) => item));
  return {
    ...value,
    decisions,
    aliases,
    items: value.items.update({
      add: added.items,
      sort: true,
      ...(gone.length > 0 && {
        filter: (_from, _to, item) => !items.has(item),
        filterFrom,
        filterTo,
      }),
    }),
    related: value.related.update({
      add: added.related,
      sort: true,
      ...(gone.length > 0 && { filter: (_from, _to, span) => !goneIds.has(span.id) }),
    }),
    active: activeKept ? value.active : successor(value.active, fresh),
    generation: value.generation + 1,
  };
}

/**
 * The open findings a fresh analysis does not report again unchanged (`gone`), the findings of
 * it that are not open as they are (`fresh`), and whether the active finding stays. Both lists
 * are in document order, so one walk through both compares them; findings starting at the same
 * place are matched by id among themselves. Without a map of every id, a re-analysis of a
 * finding-dense issue costs a walk, not thousands of string hashes.
 */
function compareOpen(
  value: ProofState,
  reported: readonly Finding[],
): { gone: [FindingValue, number, number][]; fresh: Finding[]; activeKept: boolean } {
  const findings = inOrder(reported);
  const gone: [FindingValue, number, number][] = [];
  const fresh: Finding[] = [];
  const activeId = value.active?.id;
  let activeKept = false;
  const open: { item: FindingValue; to: number }[] = [];
  const it = value.items.iter();
  let i = 0;
  while (it.value || i < findings.length) {
    const at = Math.min(it.value ? it.from : Infinity, findings[i]?.start ?? Infinity);
    open.length = 0;
    for (; it.value && it.from === at; it.next()) open.push({ item: it.value, to: it.to });
    for (; i < findings.length && findings[i]!.start === at; i++) {
      const f = findings[i]!;
      const match = open.findIndex(({ item }) => item.finding.id === f.id);
      const same = match >= 0 && open[match]!.to === f.end;
      if (same && sameFinding(open[match]!.item.finding, f)) {
        if (f.id === activeId) activeKept = true;
        open.splice(match, 1);
      } else fresh.push(f);
    }
    for (const { item, to } of open) gone.push([item, at, to]);
  }
  return { gone, fresh, activeKept };
}

/** `findings` in document order (by start): as given when they already are. */
function inOrder(findings: readonly Finding[]): readonly Finding[] {
  for (let i = 1; i < findings.length; i++) {
    if (findings[i]!.start < findings[i - 1]!.start) {
      return [...findings].sort((a, b) => a.start - b.start);
    }
  }
  return findings;
}

/**
 * The decisions after a re-analysis: a fresh finding that reports a defect rejected in this
 * session again, under another id, is rejected too (and remembered as that rejection's alias).
 */
function adoptRejections(
  value: ProofState,
  fresh: readonly Finding[],
  doc: Text,
): Pick<ProofState, 'decisions' | 'aliases'> {
  let decisions: Map<string, Decision> | null = null;
  let aliases: Map<string, readonly string[]> | null = null;
  for (const f of fresh) {
    if (value.decisions.has(f.id)) continue;
    const span = rejectedAgain(value.rejected, f, doc);
    if (!span) continue;
    decisions ??= new Map(value.decisions);
    aliases ??= new Map(value.aliases);
    decisions.set(f.id, 'rejected');
    aliases.set(span.id, [...(aliases.get(span.id) ?? []), f.id]);
  }
  return { decisions: decisions ?? value.decisions, aliases: aliases ?? value.aliases };
}

/**
 * The active finding after a re-analysis: the same one if it stayed, else the fresh finding
 * with the same id or, since ids depend on the surrounding text, with the same span and kind.
 */
function successor(active: ActiveFinding | null, fresh: readonly Finding[]): ActiveFinding | null {
  if (!active) return active;
  const same =
    fresh.find((f) => f.id === active.id) ??
    fresh.find((f) => f.start === active.from && f.end === active.to && f.kind === active.kind);
  return same ? { id: same.id, kind: same.kind, from: same.start, to: same.end } : null;
}

/** The open finding at `pos` (its span contains it), as the active one, or null. */
export function findActive(items: FindingSet, pos: number): ActiveFinding | null {
  let found: ActiveFinding | null = null;
  items.between(pos, pos, (from, to, item) => {
    if (found || !(from <= pos && (pos < to || from === to))) return;
    found = { id: item.finding.id, kind: item.finding.kind, from, to };
  });
  return found;
}

/** The open finding `id`, its current span and its value, or null. O(open findings). */
export function locate(
  items: FindingSet,
  id: string,
): { from: number; to: number; item: FindingValue } | null {
  for (let it = items.iter(); it.value; it.next()) {
    if (it.value.finding.id === id) return { from: it.from, to: it.to, item: it.value };
  }
  return null;
}

function presentIds(items: FindingSet, ids: ReadonlySet<string>): Set<string> {
  const present = new Set<string>();
  for (let it = items.iter(); it.value; it.next()) {
    if (ids.has(it.value.finding.id)) present.add(it.value.finding.id);
  }
  return present;
}

/**
 * Records decisions and removes the decided findings (`list` offsets: before `changes`; `doc`:
 * the document after them).
 */
export function applyDecide(
  value: ProofState,
  list: readonly DecisionChange[],
  changes: ChangeDesc,
  doc: Text,
): ProofState {
  if (list.length === 0) return value;
  const ids = new Set(list.map((c) => c.finding.id));
  const decisions = new Map(value.decisions);
  for (const c of list) decisions.set(c.finding.id, c.decision);
  // Only the outer bounds are mapped: mapping is linear in the changes, and a batch of 17,000
  // fixes mapped one by one through its own 17,000 changes took seconds. (No Math.min(...):
  // spreading 130,000 spans overflows the stack.)
  let first = Infinity;
  let last = -Infinity;
  for (const c of list) {
    first = Math.min(first, c.finding.start);
    last = Math.max(last, c.finding.end);
  }
  const lo = changes.mapPos(first, 1);
  const hi = Math.max(lo, changes.mapPos(last, -1));
  const rejections = list.filter((c) => c.decision === 'rejected').map((c) => c.finding);
  return {
    ...value,
    items: removeIds(value.items, ids, lo, hi),
    decisions,
    rejected: addDecided(value.rejected, rejections, changes, doc),
    active: value.active && ids.has(value.active.id) ? null : value.active,
    related: withoutIds(value.related, ids),
    generation: value.generation + 1,
  };
}

/** Gives ids their previous decision back and reopens their findings (offsets: `doc`). */
export function applyRestore(
  value: ProofState,
  list: readonly DecisionChange[],
  doc: Text,
): ProofState {
  const decisions = new Map(value.decisions);
  const aliases = new Map(value.aliases);
  for (const c of list) {
    if (c.previous) decisions.set(c.finding.id, c.previous);
    else decisions.delete(c.finding.id);
    for (const alias of aliases.get(c.finding.id) ?? []) decisions.delete(alias);
    aliases.delete(c.finding.id);
  }
  const present = presentIds(value.items, new Set(list.map((c) => c.finding.id)));
  const back = list
    .filter((c) => c.previous !== 'rejected' && !present.has(c.finding.id))
    .map((c) => c.finding);
  const added = build(back, doc, decisions);
  return {
    ...value,
    items: value.items.update({ add: added.items, sort: true }),
    related: value.related.update({ add: added.related, sort: true }),
    decisions,
    rejected: forgetDecided(value.rejected, new Set(list.map((c) => c.finding.id))),
    aliases,
    generation: value.generation + 1,
  };
}

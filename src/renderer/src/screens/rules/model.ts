/**
 * The Rules screen's data, without React: the rows of each tab (the starter formulations among
 * the editor's own), search, the form's draft of a rule and what it sends, and the problems the
 * main side answered, by form field.
 */
import type { Locale } from '../../../../core/finding';
import type { RuleList } from '../../../../core/rules/types';
import type { Request, RuleEntry, RuleProblemView, RulesView } from '../../../../shared/contract';

/** The three kinds of rule, in tab order. */
export const RULE_TABS = ['replacement', 'protected', 'formulation'] as const;
export type RuleTab = (typeof RULE_TABS)[number];

/** One line of a rule list as the screen shows it. */
export interface RuleRow {
  readonly id: string;
  readonly kind: RuleTab;
  /** What the rule matches: the wrong form, the protected term or the formulation. */
  readonly match: string;
  /** The right form of a replacement; '' for the other kinds. */
  readonly replace: string;
  readonly note: string;
  readonly regex: boolean;
  readonly scope: 'cjk' | 'word';
  readonly safe: boolean;
  /** One of the formulations Galley ships: shown, never edited or deleted. */
  readonly builtIn: boolean;
}

/** What the rule form holds while the editor types (every kind's fields). */
export interface RuleDraft {
  readonly find: string;
  readonly replace: string;
  readonly regex: boolean;
  readonly scope: 'cjk' | 'word';
  readonly safe: boolean;
  readonly term: string;
  readonly phrase: string;
  readonly note: string;
}

/** An empty form. */
export const EMPTY_DRAFT: RuleDraft = {
  find: '',
  replace: '',
  regex: false,
  scope: 'cjk',
  safe: false,
  term: '',
  phrase: '',
  note: '',
};

/** The entries of `kind` in `list`. */
export function entriesOf(list: RuleList, kind: RuleTab): readonly RuleEntry[] {
  return kind === 'replacement'
    ? list.replacements
    : kind === 'protected'
      ? list.protected
      : list.formulations;
}

/** A row for `entry`, an entry of kind `kind`. */
export function rowOf(kind: RuleTab, entry: RuleEntry, builtIn = false): RuleRow {
  const base = { id: entry.id, kind, note: entry.note, builtIn };
  if ('find' in entry) {
    const { find, replace, regex, scope, safe } = entry;
    return { ...base, match: find, replace, regex, scope, safe };
  }
  const match = 'term' in entry ? entry.term : entry.phrase;
  return { ...base, match, replace: '', regex: false, scope: 'cjk', safe: false };
}

/**
 * The rows of tab `kind`: the workspace's entries in list order; for formulations, then the
 * starter ones in force (the starter list on, the phrase not listed already).
 */
export function rowsOf(view: RulesView, kind: RuleTab): RuleRow[] {
  const own = entriesOf(view.list, kind).map((e) => rowOf(kind, e));
  if (kind !== 'formulation' || !view.list.starter) return own;
  const listed = new Set(own.map((r) => r.match));
  const starter = view.starterFormulations
    .filter((f) => !listed.has(f.phrase))
    .map((f) => rowOf(kind, f, true));
  return [...own, ...starter];
}

/**
 * The rows whose match, right form or note contain every word of `search` (spaces separate
 * words; Latin letters compare without case). An empty search keeps every row.
 */
export function filterRows(rows: readonly RuleRow[], search: string): RuleRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const hay = `${row.match}\u0000${row.replace}\u0000${row.note}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The form's draft for an existing row. */
export function draftOf(row: RuleRow): RuleDraft {
  const base = { ...EMPTY_DRAFT, note: row.note };
  if (row.kind === 'protected') return { ...base, term: row.match };
  if (row.kind === 'formulation') return { ...base, phrase: row.match };
  return {
    ...base,
    find: row.match,
    replace: row.replace,
    regex: row.regex,
    scope: row.scope,
    safe: row.safe,
  };
}

/** The fields a rule of `kind` is saved or tested with (only that kind's own). */
export function fieldsOf(kind: RuleTab, draft: RuleDraft): Request<'rules.save'>['rule'] {
  if (kind === 'protected') return { term: draft.term, note: draft.note };
  if (kind === 'formulation') return { phrase: draft.phrase, note: draft.note };
  const { find, replace, regex, scope, safe, note } = draft;
  return { find, replace, regex, scope, safe, note };
}

/** True when `draft` differs from `original` in a field of `kind`. */
export function isChanged(kind: RuleTab, draft: RuleDraft, original: RuleDraft): boolean {
  const a = fieldsOf(kind, draft);
  const b = fieldsOf(kind, original);
  return (Object.keys(a) as (keyof typeof a)[]).some((key) => a[key] !== b[key]);
}

/** The form fields a rule of `kind` shows. */
export function formFields(kind: RuleTab): readonly string[] {
  if (kind === 'protected') return ['term', 'note'];
  if (kind === 'formulation') return ['phrase', 'note'];
  return ['find', 'replace', 'scope', 'note'];
}

/**
 * The problems' sentences in `locale`, by the form field of `kind` they concern; a problem of
 * a field the form does not show goes under '' (the rule as a whole), so none is lost.
 */
export function problemsByField(
  kind: RuleTab,
  problems: readonly RuleProblemView[],
  locale: Locale,
): Readonly<Record<string, readonly string[]>> {
  const shown = formFields(kind);
  const out: Record<string, string[]> = {};
  for (const problem of problems) {
    const field = shown.includes(problem.field) ? problem.field : '';
    (out[field] ??= []).push(problem.message[locale] || problem.message['zh-CN']);
  }
  return out;
}

/** Rows of each tab that are the editor's own (built-in formulations excluded). */
export function ownCounts(list: RuleList): Readonly<Record<RuleTab, number>> {
  return {
    replacement: list.replacements.length,
    protected: list.protected.length,
    formulation: list.formulations.length,
  };
}

/** The row to select after `rows` changed: the same id if still there, else the nearest. */
export function keepSelection(
  rows: readonly RuleRow[],
  previous: readonly RuleRow[],
  selectedId: string | null,
): string | null {
  if (rows.length === 0) return null;
  if (selectedId !== null && rows.some((r) => r.id === selectedId)) return selectedId;
  const at = selectedId === null ? 0 : previous.findIndex((r) => r.id === selectedId);
  return rows[Math.min(Math.max(at, 0), rows.length - 1)].id;
}

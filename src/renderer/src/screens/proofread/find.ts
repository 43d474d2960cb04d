/**
 * Find and replace across the issue: every hit with its context (the preview), one replacement,
 * or all of them as a single transaction (one undo step). Plain text or regular expressions;
 * `$&`, `$1`… in a regular expression's replacement refer to the match and its groups.
 */
import { SearchQuery } from '@codemirror/search';
import { Transaction, type EditorState, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** A search and its replacement, as the find panel holds them. */
export interface FindOptions {
  readonly search: string;
  readonly replace: string;
  readonly caseSensitive: boolean;
  readonly regexp: boolean;
  readonly wholeWord: boolean;
}

/** One match, with its context, in the preview. */
export interface Hit {
  /** Offsets of the match in the document (UTF-16 code units). */
  readonly from: number;
  readonly to: number;
  readonly before: string;
  readonly match: string;
  readonly after: string;
  /** What this hit would become. */
  readonly replacement: string;
}

/** The preview of a search. */
export interface HitList {
  /** The first `limit` hits, in document order. */
  readonly hits: readonly Hit[];
  /** All hits, counted up to `countLimit`. */
  readonly total: number;
  /** False for an empty search or an invalid regular expression. */
  readonly valid: boolean;
}

/** No search yet. */
export const EMPTY_FIND: FindOptions = {
  search: '',
  replace: '',
  caseSensitive: false,
  regexp: false,
  wholeWord: false,
};

/** `text` as a regular expression (valid with the `u` flag) that matches exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * The CodeMirror query for `options`. A plain search is literal, code unit for code unit:
 * CodeMirror's own string search compares NFKD-normalized text, which folds full-width forms
 * onto half-width ones (，onto , and ０ onto 0), so it runs as an escaped regular expression.
 */
export function toQuery(options: FindOptions): SearchQuery {
  return new SearchQuery({
    ...options,
    search: options.regexp ? options.search : escapeRegExp(options.search),
    regexp: true,
  });
}

/** `template` with `$$`, `$&` and `$1`…`$99` filled from `groups` (index 0 = the whole match). */
export function expandReplacement(
  template: string,
  groups: readonly (string | undefined)[],
): string {
  return template.replace(/\$(\$|&|\d{1,2})/g, (all, ref: string) => {
    if (ref === '$') return '$';
    if (ref === '&') return groups[0] ?? '';
    const n = Number(ref);
    return n < groups.length ? (groups[n] ?? '') : all;
  });
}

interface RawMatch {
  readonly from: number;
  readonly to: number;
  readonly groups: readonly (string | undefined)[];
}

function* matches(state: EditorState, query: SearchQuery): Generator<RawMatch> {
  const cursor = query.getCursor(state);
  for (let step = cursor.next(); !step.done; step = cursor.next()) {
    const value: { from: number; to: number; match?: RegExpExecArray } = step.value;
    const groups = value.match ? [...value.match] : [state.doc.sliceString(value.from, value.to)];
    yield { from: value.from, to: value.to, groups };
  }
}

function replacementOf(options: FindOptions, groups: readonly (string | undefined)[]): string {
  return options.regexp ? expandReplacement(options.replace, groups) : options.replace;
}

const oneLine = (text: string) => text.replace(/\n/g, '⏎');

/** The hits of `options` in `state`, with `width` characters of context each side. */
export function findHits(
  state: EditorState,
  options: FindOptions,
  limit = 500,
  countLimit = 100_000,
  width = 16,
): HitList {
  const query = toQuery(options);
  if (!query.valid) return { hits: [], total: 0, valid: false };
  const hits: Hit[] = [];
  let total = 0;
  for (const m of matches(state, query)) {
    if (hits.length < limit) {
      const doc = state.doc;
      hits.push({
        from: m.from,
        to: m.to,
        before: oneLine(doc.sliceString(Math.max(0, m.from - width), m.from)),
        match: oneLine(doc.sliceString(m.from, m.to)),
        after: oneLine(doc.sliceString(m.to, Math.min(doc.length, m.to + width))),
        replacement: oneLine(replacementOf(options, m.groups)),
      });
    }
    if (++total >= countLimit) break;
  }
  return { hits, total, valid: true };
}

/** Replaces the hit at `[from, to)` if it is still a hit; selects the result. */
export function replaceOneSpec(
  state: EditorState,
  options: FindOptions,
  from: number,
  to: number,
): TransactionSpec | null {
  const query = toQuery(options);
  if (!query.valid) return null;
  const lineStart = state.doc.lineAt(from).from;
  const lineEnd = state.doc.lineAt(to).to;
  const cursor = query.getCursor(state, lineStart, lineEnd);
  for (let step = cursor.next(); !step.done; step = cursor.next()) {
    const value: { from: number; to: number; match?: RegExpExecArray } = step.value;
    if (value.from !== from || value.to !== to) continue;
    const groups = value.match ? [...value.match] : [state.doc.sliceString(from, to)];
    const insert = replacementOf(options, groups);
    return {
      changes: { from, to, insert },
      selection: { anchor: from, head: from + insert.length },
      effects: EditorView.scrollIntoView(from, { y: 'center' }),
      annotations: Transaction.userEvent.of('input.replace'),
    };
  }
  return null;
}

/** Replaces every hit in one transaction (one undo step); null when there is none. */
export function replaceAllSpec(state: EditorState, options: FindOptions): TransactionSpec | null {
  const query = toQuery(options);
  if (!query.valid) return null;
  const changes = [...matches(state, query)].map((m) => ({
    from: m.from,
    to: m.to,
    insert: replacementOf(options, m.groups),
  }));
  if (changes.length === 0) return null;
  return { changes, annotations: Transaction.userEvent.of('input.replace.all') };
}

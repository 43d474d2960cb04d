/**
 * Validation of rule lists from untrusted sources (a rules.json, an imported CSV or JSON file,
 * the Rules screen): plain checks, no schema library, every problem reported with where it is.
 * Regex rules are checked for catastrophic backtracking here, before anything is saved.
 *
 * Lenient on what may be left out (ids are derived, notes default to '', scope to 'cjk',
 * `regex` and `safe` to false, `starter` to true), strict on what is there.
 */
import { hashString } from '../finding';
import { checkRegexSafety } from './regex-safety';
import {
  RULE_LIST_SCHEMA,
  RULE_SCOPES,
  type Formulation,
  type ProtectedTerm,
  type ReplacementRule,
  type RuleKind,
  type RuleList,
  type RuleScope,
} from './types';

/** Longest accepted text of any field, in UTF-16 code units. */
export const MAX_FIELD_LENGTH = 1000;
/** Most entries of each kind in one list. */
export const MAX_ENTRIES = 200_000;

/** One problem, located: e.g. `replacements[3].find`. */
export interface RuleProblem {
  readonly path: string;
  readonly message: string;
}

export type Validated<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly RuleProblem[] };

type Fields = Readonly<Record<string, unknown>>;

/**
 * Checks a whole rule list (e.g. the parsed rules.json) and fills in what may be left out.
 * `stored`: the list was saved by an earlier Galley, so a regex rule its safety check now refuses
 * is kept, disabled with the reason, instead of making the whole list invalid.
 */
export function validateRuleList(
  input: unknown,
  options: { readonly stored?: boolean } = {},
): Validated<RuleList> {
  const problems: RuleProblem[] = [];
  if (!isObject(input)) return fail('', 'A rule list must be a JSON object.');
  if (input.schema !== undefined && input.schema !== RULE_LIST_SCHEMA) {
    return fail(
      'schema',
      `Unknown rule list schema ${JSON.stringify(input.schema)} (this Galley reads ${RULE_LIST_SCHEMA}).`,
    );
  }
  let starter = true;
  if (input.starter !== undefined) {
    if (typeof input.starter === 'boolean') starter = input.starter;
    else problems.push({ path: 'starter', message: 'must be true or false' });
  }
  const replacements = entries(input, 'replacements', problems, (entry, path, found) =>
    validateReplacement(entry, path, found, options.stored),
  );
  const protectedTerms = entries(input, 'protected', problems, validateProtected);
  const formulations = entries(input, 'formulations', problems, validateFormulation);
  // Entries carry their index in the input, so a duplicate is reported where the editor has it.
  uniqueIds('replacements', replacements, problems);
  uniqueIds('protected', protectedTerms, problems);
  uniqueIds('formulations', formulations, problems);
  uniqueKeys(
    'replacements',
    replacements,
    (r) => `${r.regex}\u0000${r.scope}\u0000${r.find}`,
    'another rule already has this pattern and scope',
    problems,
  );
  uniqueKeys('protected', protectedTerms, (t) => t.term, 'listed twice', problems);
  uniqueKeys('formulations', formulations, (f) => f.phrase, 'listed twice', problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      schema: RULE_LIST_SCHEMA,
      starter,
      replacements: replacements.map((e) => e.value),
      protected: protectedTerms.map((e) => e.value),
      formulations: formulations.map((e) => e.value),
    },
  };
}

/** Checks one entry of the given kind (the Rules screen validates as the editor types). */
export function validateRule(
  kind: 'replacement',
  input: unknown,
  path?: string,
): Validated<ReplacementRule>;
export function validateRule(
  kind: 'protected',
  input: unknown,
  path?: string,
): Validated<ProtectedTerm>;
export function validateRule(
  kind: 'formulation',
  input: unknown,
  path?: string,
): Validated<Formulation>;
export function validateRule(
  kind: RuleKind,
  input: unknown,
  path = '',
): Validated<ReplacementRule | ProtectedTerm | Formulation> {
  const problems: RuleProblem[] = [];
  const validator =
    kind === 'replacement'
      ? validateReplacement
      : kind === 'protected'
        ? validateProtected
        : validateFormulation;
  const value = validator(input, path, problems);
  return value && problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

/** The id an entry gets when its input has none: kind prefix + a hash of what identifies it. */
export function deriveRuleId(kind: RuleKind, key: string): string {
  const prefix = kind === 'replacement' ? 'r' : kind === 'protected' ? 'p' : 'f';
  return `${prefix}-${hashString(key).toString(36)}`;
}

function validateReplacement(
  input: unknown,
  path: string,
  problems: RuleProblem[],
  stored = false,
): ReplacementRule | null {
  if (!isObject(input)) return push(problems, path, 'must be an object');
  const before = problems.length;
  const find = text(input, 'find', path, problems, true);
  const replace = text(input, 'replace', path, problems, false);
  const regex = flag(input, 'regex', path, problems);
  const safe = flag(input, 'safe', path, problems);
  const note = text(input, 'note', path, problems, false, true);
  const disabled =
    input.disabled === undefined ? undefined : text(input, 'disabled', path, problems, false, true);
  let scope: RuleScope = 'cjk';
  if (input.scope !== undefined) {
    if (RULE_SCOPES.includes(input.scope as RuleScope)) scope = input.scope as RuleScope;
    else push(problems, join(path, 'scope'), `must be one of ${RULE_SCOPES.join(', ')}`);
  }
  if (problems.length > before || find === null || replace === null || note === null) return null;
  if (disabled === null) return null;
  let off = disabled || undefined;
  if (regex) {
    const verdict = checkRegexSafety(find);
    // A disabled rule never runs, so it may keep a pattern the check refuses.
    if (!verdict.safe && stored) off ??= `The pattern is not safe to run: ${verdict.reason}`;
    else if (!verdict.safe && !off) return push(problems, join(path, 'find'), verdict.reason);
  } else if (find === replace) {
    return push(problems, join(path, 'replace'), 'is the same as find');
  }
  const id = ruleId(input, path, problems, 'replacement', `${regex}\u0000${scope}\u0000${find}`);
  if (id === null) return null;
  const rule: ReplacementRule = { id, find, replace, regex, scope, safe, note };
  return off ? { ...rule, disabled: off } : rule;
}

function validateProtected(
  input: unknown,
  path: string,
  problems: RuleProblem[],
): ProtectedTerm | null {
  if (!isObject(input)) return push(problems, path, 'must be an object');
  const term = text(input, 'term', path, problems, true);
  const note = text(input, 'note', path, problems, false, true);
  if (term === null || note === null) return null;
  const id = ruleId(input, path, problems, 'protected', term);
  return id === null ? null : { id, term, note };
}

function validateFormulation(
  input: unknown,
  path: string,
  problems: RuleProblem[],
): Formulation | null {
  if (!isObject(input)) return push(problems, path, 'must be an object');
  const phrase = text(input, 'phrase', path, problems, true);
  const note = text(input, 'note', path, problems, false, true);
  if (phrase === null || note === null) return null;
  if (phrase.length < 2)
    return push(problems, join(path, 'phrase'), 'must be at least 2 characters');
  if (phrase.includes('\n')) return push(problems, join(path, 'phrase'), 'must be on one line');
  const id = ruleId(input, path, problems, 'formulation', phrase);
  return id === null ? null : { id, phrase, note };
}

function entries<T>(
  input: Fields,
  key: string,
  problems: RuleProblem[],
  validate: (entry: unknown, path: string, problems: RuleProblem[]) => T | null,
): Indexed<T>[] {
  const list = input[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    push(problems, key, 'must be a list');
    return [];
  }
  if (list.length > MAX_ENTRIES) {
    push(problems, key, `has ${list.length} entries; at most ${MAX_ENTRIES} are allowed`);
    return [];
  }
  const out: Indexed<T>[] = [];
  list.forEach((entry, index) => {
    const value = validate(entry, `${key}[${index}]`, problems);
    if (value !== null) out.push({ value, index });
  });
  return out;
}

function ruleId(
  input: Fields,
  path: string,
  problems: RuleProblem[],
  kind: RuleKind,
  key: string,
): string | null {
  if (input.id === undefined || input.id === '') return deriveRuleId(kind, key);
  if (typeof input.id !== 'string' || input.id.length > 200) {
    return push(problems, join(path, 'id'), 'must be a short string');
  }
  return input.id;
}

/** A validated entry and its index in the input list. */
interface Indexed<T> {
  readonly value: T;
  readonly index: number;
}

function uniqueIds(
  key: string,
  list: readonly Indexed<{ readonly id: string }>[],
  problems: RuleProblem[],
): void {
  uniqueKeys(key, list, (e) => e.id, 'has the id of an earlier entry', problems, 'id');
}

function uniqueKeys<T>(
  key: string,
  list: readonly Indexed<T>[],
  keyOf: (entry: T) => string,
  message: string,
  problems: RuleProblem[],
  field = '',
): void {
  const seen = new Map<string, number>();
  for (const { value, index } of list) {
    const k = keyOf(value);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else push(problems, join(`${key}[${index}]`, field), `${message} (${key}[${first}])`);
  }
}

function text(
  input: Fields,
  key: string,
  path: string,
  problems: RuleProblem[],
  required: boolean,
  optional = false,
): string | null {
  const value = input[key];
  if (value === undefined && optional) return '';
  if (typeof value !== 'string') return push(problems, join(path, key), 'must be text');
  if (required && value.length === 0) return push(problems, join(path, key), 'must not be empty');
  if (value.length > MAX_FIELD_LENGTH) {
    return push(problems, join(path, key), `is longer than ${MAX_FIELD_LENGTH} characters`);
  }
  if (value.includes('\r')) return push(problems, join(path, key), 'must not contain \\r');
  return value;
}

function flag(input: Fields, key: string, path: string, problems: RuleProblem[]): boolean {
  const value = input[key];
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  push(problems, join(path, key), 'must be true or false');
  return false;
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  if (key === '') return path;
  return path === '' ? key : `${path}.${key}`;
}

function push(problems: RuleProblem[], path: string, message: string): null {
  problems.push({ path, message });
  return null;
}

function fail(path: string, message: string): Validated<never> {
  return { ok: false, problems: [{ path, message }] };
}

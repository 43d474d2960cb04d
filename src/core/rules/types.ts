/**
 * An editor's rule list: the paper's own replacements, protected terms and standard
 * formulations (规范提法). Plain JSON-serializable data; `validateRuleList` checks untrusted
 * input and `compileRules` turns a list into the matchers the detectors use.
 *
 * Every string is matched as UTF-16 code units against the normalized text (`\n` line ends).
 */

/** The schema version of a stored rule list. Lists of an older schema are still readable. */
export const RULE_LIST_SCHEMA = 1;

/**
 * Where a replacement may match:
 * - `cjk`: anywhere as a substring (CJK text has no word boundaries);
 * - `word`: only as a whole Latin word or token — the characters just before and after the
 *   match are not Latin letters or ASCII digits.
 */
export const RULE_SCOPES = ['cjk', 'word'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

/** wrong → right, e.g. an OCR confusion (己经 → 已经) or house style (其它 → 其他). */
export interface ReplacementRule {
  /** Unique within the list; derived from the pattern when an input omits it. */
  readonly id: string;
  /** The wrong text: a plain string, or a JavaScript regular expression source (`regex`). */
  readonly find: string;
  /** The right text. For a regex, `$1`…`$99`, `$<name>`, `$&` and `$$` expand as in `String.replace`. */
  readonly replace: string;
  /** `find` is a regular expression (always run with the `u` flag; checked for safety). */
  readonly regex: boolean;
  readonly scope: RuleScope;
  /** True: an automatic clean applies the rule's findings; false: they are suggestions. */
  readonly safe: boolean;
  /** Why the rule exists, shown to the editor with each finding. */
  readonly note: string;
  /**
   * Present when the rule is off: why, as a sentence (e.g. its regex ran too long and was
   * stopped). A disabled rule is kept in the list but never matched.
   */
  readonly disabled?: string;
}

/** A name or term no detector may change (a finding whose edit touches it is dropped). */
export interface ProtectedTerm {
  readonly id: string;
  readonly term: string;
  readonly note: string;
}

/** An exact standard phrase; near misses of it are `formulation` findings. */
export interface Formulation {
  readonly id: string;
  readonly phrase: string;
  readonly note: string;
}

/** A whole rule list, as stored in a workspace (rules.json) or given to `galley check --rules`. */
export interface RuleList {
  readonly schema: typeof RULE_LIST_SCHEMA;
  /** Whether the shipped starter formulations are active beside this list's own. */
  readonly starter: boolean;
  readonly replacements: readonly ReplacementRule[];
  readonly protected: readonly ProtectedTerm[];
  readonly formulations: readonly Formulation[];
}

/** The three kinds of entry in a rule list. */
export const RULE_KINDS = ['replacement', 'protected', 'formulation'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** An empty list that keeps the starter formulations on: what a new workspace has. */
export function emptyRuleList(): RuleList {
  return {
    schema: RULE_LIST_SCHEMA,
    starter: true,
    replacements: [],
    protected: [],
    formulations: [],
  };
}

/**
 * Compiling a validated rule list into the matchers the detectors use. Compile once per list
 * (the workspace keeps the compiled list until the rules change); matching then costs one pass
 * over the text per matcher, whatever the number of rules.
 */
import { FormulationMatcher } from './formulations';
import { ProtectedTerms } from './protected';
import { ReplacementMatcher, type MatcherOptions } from './replacements';
import { STARTER_FORMULATIONS } from './starter';
import { emptyRuleList, type Formulation, type RuleList } from './types';

/** A rule list ready for matching: what `AnalyseOptions.rules` carries. */
export interface CompiledRules {
  /** The list it was compiled from. */
  readonly list: RuleList;
  readonly replacements: ReplacementMatcher;
  readonly protectedTerms: ProtectedTerms;
  /** The active formulations: the list's own, then the starter ones not already listed. */
  readonly formulations: readonly Formulation[];
  /** Matches `formulations` (phrase i of the matcher is `formulations[i].phrase`). */
  readonly formulationMatcher: FormulationMatcher;
  /** Length of the longest protected term (for the protected-span search). */
  readonly longestProtected: number;
}

/**
 * Compiles `list`, which must have passed `validateRuleList`. `options` say how regex rules run
 * (in a worker with a time budget, in the main process and the CLI) and whom to tell when one is
 * stopped.
 */
export function compileRules(list: RuleList, options: MatcherOptions = {}): CompiledRules {
  const formulations = activeFormulations(list);
  const terms = list.protected.map((t) => t.term);
  return {
    list,
    replacements: new ReplacementMatcher(list.replacements, options),
    protectedTerms: new ProtectedTerms(terms),
    formulations,
    formulationMatcher: new FormulationMatcher(formulations.map((f) => f.phrase)),
    longestProtected: terms.reduce((max, t) => Math.max(max, t.length), 0),
  };
}

/** The list's formulations followed by the starter ones (when on) it does not already have. */
export function activeFormulations(list: RuleList): Formulation[] {
  const own = [...list.formulations];
  if (!list.starter) return own;
  const phrases = new Set(own.map((f) => f.phrase));
  return [...own, ...STARTER_FORMULATIONS.filter((f) => !phrases.has(f.phrase))];
}

let defaults: CompiledRules | undefined;

/**
 * The rules in force when none are given: an empty list with the starter formulations on.
 * Compiled on first use and then shared (compiled rules are immutable).
 */
export function defaultRules(): CompiledRules {
  defaults ??= compileRules(emptyRuleList());
  return defaults;
}

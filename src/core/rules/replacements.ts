/**
 * Replacement rules compiled for matching: every plain rule in one Aho-Corasick automaton (one
 * pass over the text whatever their number), every regex rule as a RegExp run once over the
 * text, its matches kept only inside blocks (a match never spans two paragraphs; lookarounds
 * may see a neighbouring one). Regex rules must have passed
 * `checkRegexSafety` (validation does this) before they get here.
 *
 * No static check is complete, so regex rules run through a RegexEngine: in this thread by
 * default, or (in the main process and the CLI) in a worker with a time budget. A rule the engine
 * stops is disabled in this matcher at once and reported through `onStopped`.
 */
import { isLatinLetter } from '../document/script';
import { AhoCorasick } from './aho-corasick';
import type { ReplacementRule } from './types';

/** One match of a rule: `[start, end)` of the text would become `replacement`. */
export interface ReplacementMatch {
  /** Index of the rule in the compiled list. */
  readonly rule: number;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** A span of the text to search (a block), UTF-16 offsets. */
export interface SearchSpan {
  readonly start: number;
  readonly end: number;
}

/** At most this many matches of one regex rule are taken from one block. */
export const MAX_REGEX_MATCHES_PER_BLOCK = 1000;

/** One regex rule for an engine to run: its index in the list, and what `compileRuleRegex` gives. */
export interface RegexJob {
  readonly rule: number;
  readonly source: string;
  readonly flags: string;
  /** The replacement template (`$1`, `$<name>`, `$&`, `$$`). */
  readonly replace: string;
}

/** A regex rule may run this long on a text of any size, in milliseconds… */
export const REGEX_BASE_BUDGET_MS = 2000;
/** …plus this long per million UTF-16 code units of the text. */
export const REGEX_BUDGET_MS_PER_MILLION = 1000;

/** The budget of one regex rule on a text of `length` code units, in milliseconds. */
export function regexBudgetMs(length: number, base = REGEX_BASE_BUDGET_MS): number {
  return base + Math.ceil((length / 1_000_000) * REGEX_BUDGET_MS_PER_MILLION);
}

/** A regex rule an engine stopped because it ran longer than its budget. */
export interface RegexStop {
  /** Index of the rule in the matcher's list. */
  readonly rule: number;
  /** How long it ran before it was stopped, in milliseconds. */
  readonly ms: number;
}

/** What an engine gives for a list of jobs. */
export interface RegexRun {
  /** The matches of the rules that finished. */
  readonly matches: readonly ReplacementMatch[];
  readonly stopped: readonly RegexStop[];
}

/**
 * Runs regex rules over `text`, keeping matches inside `spans` (sorted, disjoint), at most
 * MAX_REGEX_MATCHES_PER_BLOCK per span and rule. Must give what `runRegexJobs` gives for the
 * rules it does not stop.
 */
export type RegexEngine = (
  text: string,
  spans: readonly SearchSpan[],
  jobs: readonly RegexJob[],
) => RegexRun;

/** The engine that runs every job here, without a budget (the renderer's worker, tests). */
export const runRegexJobs: RegexEngine = (text, spans, jobs) => {
  const matches: ReplacementMatch[] = [];
  for (const job of jobs) {
    const re = new RegExp(job.source, job.flags);
    collectRegex(text, spans, job.rule, re, job.replace, matches);
  }
  return { matches, stopped: [] };
};

/** How a matcher runs its regex rules, and whom it tells when one is stopped. */
export interface MatcherOptions {
  readonly engine?: RegexEngine;
  readonly onStopped?: (rule: ReplacementRule, stop: RegexStop) => void;
}

export class ReplacementMatcher {
  readonly rules: readonly ReplacementRule[];
  private readonly automaton: AhoCorasick;
  /** Automaton pattern → rule index. */
  private readonly plainRule: Int32Array;
  private readonly jobs: readonly RegexJob[];
  private readonly engine: RegexEngine;
  private readonly onStopped?: MatcherOptions['onStopped'];
  /** Rules stopped for running too long, by index: never run again by this matcher. */
  private readonly stoppedRules = new Map<number, RegexStop>();
  /** For each rule, the offsets at which its `find` occurs inside its `replace`. */
  private readonly selfOffsets: readonly (readonly number[])[];

  constructor(rules: readonly ReplacementRule[], options: MatcherOptions = {}) {
    this.rules = rules;
    this.engine = options.engine ?? runRegexJobs;
    this.onStopped = options.onStopped;
    const plain: string[] = [];
    const plainRule: number[] = [];
    const jobs: RegexJob[] = [];
    rules.forEach((rule, index) => {
      if (rule.disabled) return;
      if (rule.regex) {
        const re = compileRuleRegex(rule);
        jobs.push({ rule: index, source: re.source, flags: re.flags, replace: rule.replace });
      } else if (rule.find.length > 0) {
        plain.push(rule.find);
        plainRule.push(index);
      }
    });
    this.automaton = AhoCorasick.build(plain);
    this.plainRule = Int32Array.from(plainRule);
    this.jobs = jobs;
    this.selfOffsets = rules.map((rule) =>
      rule.regex ? [] : occurrences(rule.replace, rule.find),
    );
  }

  /**
   * Every match of every rule, overlaps resolved: leftmost first, then the longest, then the
   * rule listed first; a match overlapping one already taken is dropped. Plain matches are
   * searched in the whole text, regex matches kept within `spans` (the document's blocks,
   * sorted and disjoint).
   * A match whose replacement equals its text, or that sits inside text already equal to its
   * replacement (`台湾 → 中国台湾` inside "中国台湾"), is not a match.
   */
  matches(text: string, spans: readonly SearchSpan[]): ReplacementMatch[] {
    const all: ReplacementMatch[] = [];
    this.automaton.forEachMatch(text, (pattern, start, end) => {
      const index = this.plainRule[pattern];
      const rule = this.rules[index];
      if (rule.scope === 'word' && !atWordBounds(text, start, end)) return;
      if (this.alreadyReplaced(text, index, start)) return;
      all.push({ rule: index, start, end, replacement: rule.replace });
    });
    const jobs = this.jobs.filter((job) => !this.stoppedRules.has(job.rule));
    if (jobs.length > 0) {
      const run = this.engine(text, spans, jobs);
      for (const match of run.matches) all.push(match);
      for (const stop of run.stopped) {
        this.stoppedRules.set(stop.rule, stop);
        this.onStopped?.(this.rules[stop.rule], stop);
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
    const taken: ReplacementMatch[] = [];
    let reach = -1;
    for (const match of all) {
      if (match.start < reach) continue;
      if (text.slice(match.start, match.end) === match.replacement) continue;
      taken.push(match);
      reach = match.end;
    }
    return taken;
  }

  /** The rules this matcher stopped for running too long, with how long each ran. */
  get stopped(): readonly { readonly rule: ReplacementRule; readonly ms: number }[] {
    return [...this.stoppedRules].map(([index, stop]) => ({
      rule: this.rules[index],
      ms: stop.ms,
    }));
  }

  private alreadyReplaced(text: string, index: number, start: number): boolean {
    const replace = this.rules[index].replace;
    return this.selfOffsets[index].some((k) => text.startsWith(replace, start - k));
  }
}

/** The RegExp a regex rule runs as: flags `gu`, bounded by non-word characters for `word`. */
export function compileRuleRegex(rule: Pick<ReplacementRule, 'find' | 'scope'>): RegExp {
  const source =
    rule.scope === 'word' ? `(?<!${WORD_CLASS})(?:${rule.find})(?!${WORD_CLASS})` : rule.find;
  return new RegExp(source, 'gu');
}

/**
 * Runs `re` once over the whole text and keeps the matches that lie inside one of `spans`
 * (sorted, disjoint), at most MAX_REGEX_MATCHES_PER_BLOCK per span. One pass per rule, not one
 * per block: slicing every paragraph for every rule cost more than the matching.
 */
function collectRegex(
  text: string,
  spans: readonly SearchSpan[],
  rule: number,
  re: RegExp,
  template: string,
  out: ReplacementMatch[],
): void {
  re.lastIndex = 0;
  let s = 0;
  let count = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++; // validation refuses empty matches; never loop on one anyway
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    while (s < spans.length && spans[s].end <= start) {
      s++;
      count = 0;
    }
    if (s >= spans.length) break;
    if (start < spans[s].start || end > spans[s].end) continue;
    if (count++ >= MAX_REGEX_MATCHES_PER_BLOCK) continue;
    out.push({ rule, start, end, replacement: expandTemplate(template, m) });
  }
}

/**
 * Expands `$1`…`$99`, `$<name>`, `$&` and `$$` in `template` as `String.prototype.replace`
 * does for `match`; any other `$` is literal.
 */
export function expandTemplate(template: string, match: RegExpExecArray): string {
  if (!template.includes('$')) return template;
  return template.replace(/\$(\$|&|<([^>]*)>|(\d{1,2}))/g, (whole, token: string, name, digits) => {
    if (token === '$') return '$';
    if (token === '&') return match[0];
    if (name !== undefined) {
      const groups = match.groups;
      return groups ? (groups[name as string] ?? '') : whole;
    }
    let n = Number(digits);
    let rest = '';
    if (n >= match.length && (digits as string).length === 2) {
      // "$12" with fewer than 12 groups means group 1 followed by "2", as String.replace does.
      n = Number((digits as string)[0]);
      rest = (digits as string)[1];
    }
    if (n === 0 || n >= match.length) return whole;
    return (match[n] ?? '') + rest;
  });
}

/** The characters `isWordChar` accepts, as a regex class. */
const WORD_CLASS = '[A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';

/** Latin letters and ASCII digits: what makes a "word" for the `word` scope. */
function isWordChar(code: number): boolean {
  return isLatinLetter(code) || (code >= 0x30 && code <= 0x39);
}

function atWordBounds(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || !isWordChar(text.charCodeAt(start - 1))) &&
    (end >= text.length || !isWordChar(text.charCodeAt(end)))
  );
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    out.push(at);
  }
  return out;
}

/**
 * Regular-expression rules are checked before they are saved, so that no rule can make a
 * backtracking engine take exponential (or high polynomial) time: JavaScript's RegExp cannot be
 * interrupted, so a bad pattern must never reach it.
 *
 * The check parses the pattern (regexpp, the parser ESLint uses) and rejects, in the manner of
 * safe-regex but stricter:
 * - a repeated element (a quantifier allowing more than {@link MAX_SAFE_REPEAT} repetitions)
 *   whose body can match strings of different lengths, can match the empty string, or is an
 *   alternation whose branches can start with the same character — `(a+)+`, `(a|ab)*`,
 *   `(\w|\d)+`, `(a?)*`;
 * - two long repetitions in one sequence that can consume the same character — `\d+\d+`,
 *   `.*x.*` (polynomial blow-up on a long paragraph) — including the copies of a bounded
 *   repetition: `(.*a){12}` is `.*a.*a…` twelve times, O(n¹²);
 * - nested bounded repetitions that multiply beyond {@link MAX_SAFE_REPEAT}, checked as one long
 *   repetition: `((a|a){16}){16}` repeats an ambiguous body 256 times;
 * - a backreference inside a repeated element;
 * - a pattern that can match the empty string (it would "replace" between every character);
 * - a pattern longer than {@link MAX_PATTERN_LENGTH} code units.
 * No static check is complete, so rules also run with a time budget (see RegexEngine in
 * replacements.ts); this check keeps the known shapes from ever reaching it.
 * Character sets are compared conservatively (`.`, negated classes and `\p{…}` overlap with
 * everything), so a safe pattern may be refused; a refused pattern is never unsafe to refuse.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Longest accepted pattern source, in UTF-16 code units. */
export const MAX_PATTERN_LENGTH = 500;
/** A quantifier allowing at most this many repetitions is treated as bounded. */
export const MAX_SAFE_REPEAT = 16;

/** The outcome of a safety check; `reason` is a sentence for the editor (English). */
export type RegexVerdict =
  | { readonly safe: true }
  | { readonly safe: false; readonly reason: string; readonly reasonZh: string };

/** A set of code points: everything, or a union of inclusive ranges. */
type CharSet =
  { readonly any: true } | { readonly any: false; readonly ranges: [number, number][] };

const ANY: CharSet = { any: true };
const NOTHING: CharSet = { any: false, ranges: [] };

interface Info {
  /** Shortest and longest match, in characters (Infinity when unbounded). */
  readonly min: number;
  readonly max: number;
  /** Characters the element may consume at any position. */
  readonly chars: CharSet;
  /** Characters the element may consume first. */
  readonly first: CharSet;
  readonly hasBackreference: boolean;
}

const EMPTY_INFO: Info = {
  min: 0,
  max: 0,
  chars: NOTHING,
  first: NOTHING,
  hasBackreference: false,
};

class Unsafe extends Error {
  constructor(
    readonly reason: string,
    readonly reasonZh: string,
  ) {
    super(reason);
  }
}

/** Checks `source` (a pattern without slashes or flags, compiled with the `u` flag). */
export function checkRegexSafety(source: string): RegexVerdict {
  if (source.length === 0) return unsafe('The pattern is empty.', '表达式为空。');
  if (source.length > MAX_PATTERN_LENGTH) {
    return unsafe(
      `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`,
      `表达式超过 ${MAX_PATTERN_LENGTH} 个字符。`,
    );
  }
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: true,
    });
    new RegExp(source, 'u');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return unsafe(
      `The pattern is not a valid regular expression: ${detail}`,
      `表达式无效：${detail}`,
    );
  }
  try {
    const info = alternatives(pattern.alternatives, 1);
    scanSteps = 0;
    scanSource = source;
    scanAlternatives(pattern.alternatives, []);
    if (info.min === 0) {
      throw new Unsafe('The pattern can match an empty string.', '表达式可以匹配空字符串。');
    }
  } catch (error) {
    if (error instanceof Unsafe) return unsafe(error.reason, error.reasonZh);
    throw error;
  }
  return { safe: true };
}

function unsafe(reason: string, reasonZh: string): RegexVerdict {
  return { safe: false, reason, reasonZh };
}

/**
 * `repeat`: how many times the enclosing quantifiers can repeat the element (the product of
 * their maxima; 1 outside any repetition).
 */
function alternatives(list: readonly AST.Alternative[], repeat: number): Info {
  const infos = list.map((alt) => sequence(alt.elements, repeat));
  if (infos.length === 0) return EMPTY_INFO;
  return {
    min: infos.reduce((min, i) => Math.min(min, i.min), Infinity),
    max: infos.reduce((max, i) => Math.max(max, i.max), 0),
    chars: infos.map((i) => i.chars).reduce(union),
    first: infos.map((i) => i.first).reduce(union),
    hasBackreference: infos.some((i) => i.hasBackreference),
  };
}

function sequence(elements: readonly AST.Element[], repeat: number): Info {
  let min = 0;
  let max = 0;
  let chars = NOTHING;
  let first = NOTHING;
  let firstOpen = true;
  let hasBackreference = false;
  for (const element of elements) {
    const info = elementInfo(element, repeat);
    if (firstOpen) first = union(first, info.first);
    if (info.min > 0) firstOpen = false;
    min += info.min;
    max += info.max;
    chars = union(chars, info.chars);
    hasBackreference ||= info.hasBackreference;
  }
  return { min, max, chars, first, hasBackreference };
}

/**
 * The long repetitions still "open" after a part of the pattern: each may still be consuming
 * characters, until a mandatory character it cannot consume closes it. A new long repetition
 * whose characters overlap an open one is refused (`\d+\d+`, `.*a.*`): the engine can split
 * the text between them in O(n²) ways, and k of them in O(nᵏ). Bounded repetitions are checked
 * as two copies side by side, so `(.*a){12}` is refused like `.*a.*a`.
 */
type Open = readonly CharSet[];

/** More open repetitions than this are merged into one (conservative: their union). */
const MAX_OPEN = 32;
/** Nested bounded repetitions are scanned twice each; past this many steps a pattern is refused. */
const MAX_SCAN_STEPS = 100_000;
let scanSteps = 0;
/** The whole pattern being scanned, named in the refusal. */
let scanSource = '';

function scanAlternatives(list: readonly AST.Alternative[], open: Open): Open {
  let out: CharSet[] = [];
  for (const alt of list) {
    let current = open;
    for (const element of alt.elements) current = scanElement(element, current);
    out = [...out, ...current];
  }
  return out.length > MAX_OPEN ? [out.reduce(union)] : out;
}

function scanElement(element: AST.Element, open: Open): Open {
  if (++scanSteps > MAX_SCAN_STEPS) {
    throw new Unsafe(
      'The pattern nests repetitions too deeply to be checked.',
      '表达式的重复嵌套过深，无法检查其安全性。',
    );
  }
  switch (element.type) {
    case 'Character':
      return closedBy(open, single(element.value));
    case 'CharacterSet':
      return closedBy(open, characterSet(element));
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return closedBy(open, characterClass(element));
    case 'Backreference':
      return open;
    case 'Assertion':
      if (element.kind === 'lookahead' || element.kind === 'lookbehind') {
        scanAlternatives(element.alternatives, []);
      }
      return open;
    case 'Group':
    case 'CapturingGroup':
      return scanAlternatives(element.alternatives, open);
    case 'Quantifier':
      return scanQuantifier(element, open);
  }
}

function scanQuantifier(q: AST.Quantifier, open: Open): Open {
  if (q.max === 0) return open;
  if (q.max > MAX_SAFE_REPEAT) {
    // The body has a fixed length (checked by `quantifier`), so no long repetition inside it.
    const chars = elementInfo(q.element, 2).chars;
    if (open.some((other) => overlaps(other, chars))) {
      throw new Unsafe(
        `In "${scanSource}", "${q.raw}" and a long repetition before it can match the same characters (polynomial time on a long paragraph); bound one of them (e.g. {0,${MAX_SAFE_REPEAT}}) or make their characters distinct.`,
        `“${scanSource}”中，“${q.raw}”与它前面的长重复可以匹配相同的字符（长段落上耗时成倍增长）；请限定其中一处（如 {0,${MAX_SAFE_REPEAT}}）或使两者字符不同。`,
      );
    }
    return q.min === 0 ? [...open, chars] : [chars];
  }
  const once = scanElement(q.element, open);
  if (q.max === 1) return q.min === 0 ? [...open, ...once] : once;
  const twice = scanElement(q.element, once);
  return [...(q.min === 0 ? open : []), ...(q.min <= 1 ? once : []), ...twice];
}

/** The open repetitions that stay open over a mandatory character of `set`. */
function closedBy(open: Open, set: CharSet): Open {
  return open.filter((other) => overlaps(other, set));
}

function elementInfo(element: AST.Element, repeat: number): Info {
  switch (element.type) {
    case 'Character':
      return leaf(single(element.value));
    case 'CharacterSet':
      return leaf(characterSet(element));
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return leaf(characterClass(element));
    case 'Backreference':
      if (repeat > 1) {
        throw new Unsafe(
          `The backreference ${element.raw} is inside a repetition.`,
          `反向引用 ${element.raw} 位于重复之中。`,
        );
      }
      return { ...EMPTY_INFO, max: Infinity, chars: ANY, first: ANY, hasBackreference: true };
    case 'Assertion':
      if (element.kind === 'lookahead' || element.kind === 'lookbehind') {
        alternatives(element.alternatives, repeat); // its body must be safe too
      }
      return EMPTY_INFO;
    case 'Group':
    case 'CapturingGroup':
      return alternatives(element.alternatives, repeat);
    case 'Quantifier':
      return quantifier(element, repeat);
  }
}

function quantifier(q: AST.Quantifier, outer: number): Info {
  const repeat = q.max > 1 ? outer * q.max : outer;
  const body = elementInfo(q.element, repeat);
  if (q.max > 1 && repeat > MAX_SAFE_REPEAT) {
    const where = `"${q.raw}"`;
    if (body.min === 0) {
      throw new Unsafe(
        `${where} repeats something that can match an empty string.`,
        `“${q.raw}”重复了可以匹配空字符串的部分。`,
      );
    }
    if (body.max !== body.min) {
      throw new Unsafe(
        `${where} repeats something of variable length (nested repetition), which can take exponential time.`,
        `“${q.raw}”重复了长度可变的部分（嵌套重复），可能耗费指数级时间。`,
      );
    }
    if (ambiguousBranches(q.element)) {
      throw new Unsafe(
        `${where} repeats alternatives that can start with the same character, which can take exponential time.`,
        `“${q.raw}”重复的分支可以以相同字符开头，可能耗费指数级时间。`,
      );
    }
  }
  return {
    min: body.min * q.min,
    max: q.max === 0 ? 0 : body.max * q.max,
    chars: q.max === 0 ? NOTHING : body.chars,
    first: q.max === 0 ? NOTHING : body.first,
    hasBackreference: body.hasBackreference,
  };
}

/** True when `element` is a group whose alternatives' first characters overlap. */
function ambiguousBranches(element: AST.QuantifiableElement): boolean {
  if (element.type !== 'Group' && element.type !== 'CapturingGroup') return false;
  const firsts = element.alternatives.map((alt) => sequence(alt.elements, 2).first);
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) if (overlaps(firsts[i], firsts[j])) return true;
  }
  return false;
}

function leaf(set: CharSet): Info {
  return { min: 1, max: 1, chars: set, first: set, hasBackreference: false };
}

function single(code: number): CharSet {
  return { any: false, ranges: [[code, code]] };
}

const DIGITS: [number, number][] = [[0x30, 0x39]];
const WORD: [number, number][] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SPACE: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

function characterSet(set: AST.CharacterSet): CharSet {
  if (set.kind === 'any' || set.kind === 'property' || set.negate) return ANY;
  const ranges = set.kind === 'digit' ? DIGITS : set.kind === 'word' ? WORD : SPACE;
  return { any: false, ranges: ranges.map(([a, b]) => [a, b]) };
}

function characterClass(cls: AST.CharacterClass | AST.ExpressionCharacterClass): CharSet {
  if (cls.negate || cls.type === 'ExpressionCharacterClass') return ANY;
  let out: CharSet = NOTHING;
  for (const element of cls.elements) {
    switch (element.type) {
      case 'Character':
        out = union(out, single(element.value));
        break;
      case 'CharacterClassRange':
        out = union(out, { any: false, ranges: [[element.min.value, element.max.value]] });
        break;
      case 'CharacterSet':
        out = union(out, characterSet(element));
        break;
      default:
        return ANY; // nested classes and string disjunctions (v flag): not worth modelling
    }
  }
  return out;
}

function union(a: CharSet, b: CharSet): CharSet {
  if (a.any || b.any) return ANY;
  return { any: false, ranges: [...a.ranges, ...b.ranges] };
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (!a.any && a.ranges.length === 0) return false;
  if (!b.any && b.ranges.length === 0) return false;
  if (a.any || b.any) return true;
  return a.ranges.some(([lo, hi]) => b.ranges.some(([lo2, hi2]) => lo <= hi2 && lo2 <= hi));
}

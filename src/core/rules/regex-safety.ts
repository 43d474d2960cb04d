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
 *   `.*x.*` (polynomial blow-up on a long paragraph);
 * - a backreference inside a repeated element;
 * - a pattern that can match the empty string (it would "replace" between every character);
 * - a pattern longer than {@link MAX_PATTERN_LENGTH} code units.
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
  /** Characters consumed by long repetitions inside the element (NOTHING when it has none). */
  readonly longChars: CharSet;
}

const EMPTY_INFO: Info = {
  min: 0,
  max: 0,
  chars: NOTHING,
  first: NOTHING,
  hasBackreference: false,
  longChars: NOTHING,
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
    const info = alternatives(pattern.alternatives, false);
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

function alternatives(list: readonly AST.Alternative[], repeated: boolean): Info {
  const infos = list.map((alt) => sequence(alt.elements, repeated));
  if (infos.length === 0) return EMPTY_INFO;
  return {
    longChars: infos.map((i) => i.longChars).reduce(union),
    min: Math.min(...infos.map((i) => i.min)),
    max: Math.max(...infos.map((i) => i.max)),
    chars: infos.map((i) => i.chars).reduce(union),
    first: infos.map((i) => i.first).reduce(union),
    hasBackreference: infos.some((i) => i.hasBackreference),
  };
}

function sequence(elements: readonly AST.Element[], repeated: boolean): Info {
  let min = 0;
  let max = 0;
  let chars = NOTHING;
  let first = NOTHING;
  let firstOpen = true;
  let hasBackreference = false;
  let longChars = NOTHING;
  // Long repetitions still "open": a mandatory character none of them can consume closes them.
  let longRepeats: CharSet[] = [];
  for (const element of elements) {
    const info = elementInfo(element, repeated);
    const long = !isEmpty(info.longChars);
    if (long && longRepeats.some((other) => overlaps(other, info.longChars))) {
      throw new Unsafe(
        `Two long repetitions in "${element.parent.raw}" can match the same characters; bound one of them (e.g. {0,${MAX_SAFE_REPEAT}}) or make their characters distinct.`,
        `“${element.parent.raw}”中两处长重复可以匹配相同的字符；请限定其中一处（如 {0,${MAX_SAFE_REPEAT}}）或使两者字符不同。`,
      );
    }
    if (info.min > 0) longRepeats = longRepeats.filter((other) => overlaps(other, info.chars));
    if (long) longRepeats.push(info.longChars);
    longChars = union(longChars, info.longChars);
    if (firstOpen) first = union(first, info.first);
    if (info.min > 0) firstOpen = false;
    min += info.min;
    max += info.max;
    chars = union(chars, info.chars);
    hasBackreference ||= info.hasBackreference;
  }
  return { min, max, chars, first, hasBackreference, longChars };
}

function elementInfo(element: AST.Element, repeated: boolean): Info {
  switch (element.type) {
    case 'Character':
      return leaf(single(element.value));
    case 'CharacterSet':
      return leaf(characterSet(element));
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return leaf(characterClass(element));
    case 'Backreference':
      if (repeated) {
        throw new Unsafe(
          `The backreference ${element.raw} is inside a repetition.`,
          `反向引用 ${element.raw} 位于重复之中。`,
        );
      }
      return { ...EMPTY_INFO, max: Infinity, chars: ANY, first: ANY, hasBackreference: true };
    case 'Assertion':
      if (element.kind === 'lookahead' || element.kind === 'lookbehind') {
        alternatives(element.alternatives, repeated); // its body must be safe too
      }
      return EMPTY_INFO;
    case 'Group':
    case 'CapturingGroup':
      return alternatives(element.alternatives, repeated);
    case 'Quantifier':
      return quantifier(element, repeated);
  }
}

function quantifier(q: AST.Quantifier, repeated: boolean): Info {
  const long = q.max > MAX_SAFE_REPEAT;
  const body = elementInfo(q.element, repeated || q.max > 1);
  if (long) {
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
    longChars: long ? body.chars : q.max === 0 ? NOTHING : body.longChars,
  };
}

/** True when `element` is a group whose alternatives' first characters overlap. */
function ambiguousBranches(element: AST.QuantifiableElement): boolean {
  if (element.type !== 'Group' && element.type !== 'CapturingGroup') return false;
  const firsts = element.alternatives.map((alt) => sequence(alt.elements, true).first);
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) if (overlaps(firsts[i], firsts[j])) return true;
  }
  return false;
}

function leaf(set: CharSet): Info {
  return { min: 1, max: 1, chars: set, first: set, hasBackreference: false, longChars: NOTHING };
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

function isEmpty(set: CharSet): boolean {
  return !set.any && set.ranges.length === 0;
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (!a.any && a.ranges.length === 0) return false;
  if (!b.any && b.ranges.length === 0) return false;
  if (a.any || b.any) return true;
  return a.ranges.some(([lo, hi]) => b.ranges.some(([lo2, hi2]) => lo <= hi2 && lo2 <= hi));
}

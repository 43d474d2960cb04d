/**
 * `repeated-phrase`: a span written twice in a row ("依法依规依规处理" → "依法依规处理"), the
 * stutter an OCR engine or a careless paste leaves behind.
 *
 * Han text: a linear scan compares, at each position, the next 2–8 characters with the ones
 * after them (char codes only, no regular expressions). Single-character doublings (看看, 天天,
 * 高高兴兴) are never reported. A doubling is deleted automatically (safe) only on positive
 * evidence from the Chinese lexicon (lexicon/doubling.ts): both copies are whole lexicon words,
 * neither inside a longer word with its neighbours (so 车间车间主任, 新中国中国画, 支队支队长 and
 * 巴勒斯坦巴勒斯坦民族解放运动 stay), or the doubling breaks a word that the text reads whole
 * without it (要坚要坚持), with no word across the place where the copies meet (手把手把技术,
 * 面对面对接, 构建共建共治共享 stay). Never safe, whatever the lexicon says: the shapes of
 * grammar (lexicon/reduplication.ts: ABAB verbs, 一步一步 and 一个环节一个环节, 大把大把,
 * emphatic 非常非常), anything inside 《》 or a short “…” title or slogan, and any doubling when
 * no lexicon is given. Every finding's message says which evidence decided.
 *
 * Latin text: a run of three or more words repeated exactly, or two function words ("in the in
 * the"), is a safe fix; one doubled word ("that that", "had had") is often good English, and two
 * words with a content word may be the author's, so those are only suggestions.
 */
import type { Document } from '../document/document';
import type { FindingDraft, Message } from '../finding';
import { reduplicationReason } from '../lexicon/reduplication';
import type { ChineseLexicon } from '../lexicon/chinese';
import { doublingEvidence } from '../lexicon/doubling';
import { quotedSpans, type QuotedSpan } from '../structure/quoted';
import type { AnalyseOptions, Detector } from './detector';

/** English function words: a doubled pair of these is an OCR or typing stutter. */
const FUNCTION_WORDS = new Set(
  (
    'a an the of in on at to for from by with and or but as is was are were be been it its this ' +
    'that these those he she they we you i his her their our my your not no so if than then there'
  ).split(' '),
);

/** Conjunctions that join a word to itself ("by and by", "so or so"). */
const CONJUNCTIONS = new Set(['and', 'or']);

/** Longest doubled unit looked for, in characters. */
export const MAX_UNIT = 8;
/** True for BMP Han ideographs (kana and hangul reduplicate differently and are left alone). */
function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Longest “…” span read as a slogan or title rather than a quotation. */
const QUOTED_TITLE_MAX = 20;
/** Sentence punctuation: a “…” span holding it is a quotation, not a title. */
const SENTENCE_MARKS = /[，。！？；：,.!?;:]/u;

/** True inside 《…》 or 〈…〉, or inside a short “…” / 「…」 holding no sentence marks. */
function insideTitle(spans: readonly QuotedSpan[], text: string, offset: number): boolean {
  return spans.some(
    (q) =>
      q.start <= offset &&
      offset < q.end &&
      (q.mark === '《' ||
        q.mark === '〈' ||
        (q.end - q.start <= QUOTED_TITLE_MAX && !SENTENCE_MARKS.test(text.slice(q.start, q.end)))),
  );
}

/** True when the `length` code units at `a` equal those at `b`. */
function sameUnits(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  }
  return true;
}

/** A doubled span: `copies` consecutive copies of the `unit` characters starting at `start`. */
interface Doubling {
  readonly start: number;
  readonly unit: number;
  readonly copies: number;
}

/** Why a doubling is (or is not) deleted automatically; drives the message. */
type Verdict =
  | { readonly safe: true; readonly evidence: 'whole-words' | 'broken-words' }
  | {
      readonly safe: false;
      readonly why: 'reduplication' | 'title' | 'no-evidence' | 'no-lexicon';
    };

/** What the scan of one text needs besides the text: the lexicon and its quoted spans. */
interface HanContext {
  readonly lexicon: ChineseLexicon | undefined;
  /** The quoted spans of the line holding `offset` (a span never crosses a line break). */
  quotedAround(offset: number): readonly QuotedSpan[];
}

/**
 * Quoted spans line by line, each line's computed once when first asked: `quotedSpans` ends
 * every pair at a line break, so a line's spans are exactly those of the whole text inside it,
 * and a doubling is checked against its own line's few spans, not every span of the issue.
 */
function quotedByLine(text: string): (offset: number) => readonly QuotedSpan[] {
  let lineStart = -1;
  let lineEnd = -1;
  let spans: readonly QuotedSpan[] = [];
  return (offset) => {
    if (offset < lineStart || offset >= lineEnd) {
      lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const end = text.indexOf('\n', offset);
      lineEnd = end === -1 ? text.length : end;
      spans = quotedSpans(text, lineStart, lineEnd);
    }
    return spans;
  };
}

/**
 * Judges the periodic stretch `[from, to)` of period `unit`: the grammar shapes and titles first,
 * then the lexicon's evidence for each placement of the two copies (at most `unit` rotations).
 */
function judgeDoubling(
  text: string,
  from: number,
  to: number,
  unit: number,
  context: HanContext,
): { doubling: Doubling; verdict: Verdict } {
  const at = (o: number): Doubling => ({ start: o, unit, copies: Math.floor((to - o) / unit) });
  const first = at(from);
  for (let o = from; o < from + unit && o + 2 * unit <= to; o++) {
    if (reduplicationReason(text.slice(o, o + unit)) !== undefined) {
      return { doubling: at(o), verdict: { safe: false, why: 'reduplication' } };
    }
  }
  if (insideTitle(context.quotedAround(from), text, from)) {
    return { doubling: first, verdict: { safe: false, why: 'title' } };
  }
  if (context.lexicon === undefined) {
    return { doubling: first, verdict: { safe: false, why: 'no-lexicon' } };
  }
  for (let o = from; o < from + unit && o + 2 * unit <= to; o++) {
    const evidence = doublingEvidence(context.lexicon, text, o, unit);
    if (evidence !== 'none') return { doubling: at(o), verdict: { safe: true, evidence } };
  }
  return { doubling: first, verdict: { safe: false, why: 'no-evidence' } };
}

function draftFor(text: string, d: Doubling, verdict: Verdict): FindingDraft {
  const unitText = text.slice(d.start, d.start + d.unit);
  const after = d.start + d.copies * d.unit;
  const fixed =
    text.slice(Math.max(0, d.start - 2), d.start + d.unit) + text.slice(after, after + 2);
  return {
    kind: 'repeated-phrase',
    start: d.start + d.unit,
    end: after,
    replacement: '',
    confidence: verdict.safe ? 'safe' : 'suggest',
    message: hanMessage(unitText, d.copies, verdict, fixed),
    related: { start: d.start, end: d.start + d.unit },
  };
}

function hanMessage(unit: string, copies: number, verdict: Verdict, fixed: string): Message {
  const times = copies === 2 ? '两次' : `${copies}次`;
  const timesEn = copies === 2 ? 'twice' : `${copies} times`;
  const zh = `“${unit}”连续出现${times}`;
  const en = `"${unit}" is written ${timesEn} in a row`;
  if (verdict.safe) {
    return verdict.evidence === 'whole-words'
      ? {
          'zh-CN': `词语重复：${zh}，按词典切分两处都是完整的词，也都不属于更长的词，删去多余的一处。`,
          en: `Doubled phrase: ${en}; the dictionary reads both copies as whole words, neither part of a longer word, so the repeat is deleted.`,
        }
      : {
          'zh-CN': `词语重复：${zh}，重复把词语拆断了，删去一处后读作“${fixed}”，删去多余的一处。`,
          en: `Doubled phrase: ${en}; the repeat breaks a word that reads whole without it ("${fixed}"), so it is deleted.`,
        };
  }
  switch (verdict.why) {
    case 'reduplication':
      return {
        'zh-CN': `${zh}，可能是正常的叠用（逐一、大量或强调），也可能是重复，仅作提示，请核对。`,
        en: `${en}: possibly deliberate (one by one, great amounts, emphasis) or a repeat; only a suggestion, please check.`,
      };
    case 'title':
      return {
        'zh-CN': `${zh}，位于书名号或引号中的标题、标语内，可能是有意的重复，仅作提示，请核对。`,
        en: `${en} inside a title or slogan in quotation or title marks, where repeats are often deliberate; only a suggestion, please check.`,
      };
    case 'no-lexicon':
      return {
        'zh-CN': `${zh}，可能是重复录入；未加载词典，无法判断词界，仅作提示，请核对。`,
        en: `${en}: possibly a doubled phrase; without the dictionary the word boundaries are unknown, so only a suggestion; please check.`,
      };
    default:
      return {
        'zh-CN': `${zh}，但词典切分不能证明是重复：可能是词语与含它的长词相连（如“车间车间主任”）、并列结构或人名，仅作提示，请核对。`,
        en: `${en}, but the dictionary does not show a repeat: it may be a word meeting a longer word that contains it ("车间车间主任"), a parallel structure or a name; only a suggestion, please check.`,
      };
  }
}

/** Scans one run of Han characters `[runStart, runEnd)` for doubled spans. */
function scanHanRun(
  text: string,
  runStart: number,
  runEnd: number,
  context: HanContext,
  out: FindingDraft[],
): void {
  let p = runStart;
  while (p + 4 <= runEnd) {
    let next = p + 1;
    for (let unit = 2; unit <= MAX_UNIT && p + 2 * unit <= runEnd; unit++) {
      if (text.charCodeAt(p) !== text.charCodeAt(p + unit)) continue;
      if (!sameUnits(text, p + 1, p + unit + 1, unit - 1)) continue;
      const unitText = text.slice(p, p + unit);
      if (isUniform(unitText)) break; // 哈哈哈哈, 天天天天: AA, never a stutter.
      let to = p + 2 * unit;
      while (to < runEnd && text.charCodeAt(to) === text.charCodeAt(to - unit)) to++;
      const { doubling, verdict } = judgeDoubling(text, p, to, unit, context);
      out.push(draftFor(text, doubling, verdict));
      next = doubling.start + doubling.copies * unit;
      break;
    }
    p = next;
  }
}

function isUniform(unit: string): boolean {
  for (let i = 1; i < unit.length; i++) if (unit[i] !== unit[0]) return false;
  return true;
}

/**
 * Finds every doubled Han span in `text` (offsets into `text`). Without `lexicon` every finding
 * is a suggestion: the evidence for a safe fix comes from the lexicon's word boundaries.
 */
export function findHanRepeats(text: string, lexicon?: ChineseLexicon): FindingDraft[] {
  const out: FindingDraft[] = [];
  const context: HanContext = { lexicon, quotedAround: quotedByLine(text) };
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < n && isHan(text.charCodeAt(i))) i++;
    if (i - runStart >= 4) scanHanRun(text, runStart, i, context, out);
  }
  return out;
}

/** Longest repeated run of Latin words looked for. */
const MAX_WORDS = 4;
/** Punctuation that may close a word ("the.", "said,", "away!"). */
const CLOSING = '.,;:!?)]"\'\u201d\u2019';
const LETTER = /\p{L}/u;

/**
 * The whitespace-separated words of a Latin block as parallel offset arrays (no string per word,
 * so a long English page costs one pass): word `k` is `[start[k], end[k])`, and `core[k]` is
 * its end before closing punctuation ("the." → "the").
 */
interface Words {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly core: Int32Array;
  /** Per word, a hash of its core (`mayEqual`). */
  readonly key: Int32Array;
}

/** The codes of `CLOSING`, for a test by code. */
const CLOSING_CODES = new Set([...CLOSING].map((mark) => mark.charCodeAt(0)));
/** The same for ASCII, by table: 1 for a closing mark. */
const CLOSING_ASCII = Uint8Array.from({ length: 0x80 }, (_, code) =>
  CLOSING_CODES.has(code) ? 1 : 0,
);

function isClosing(code: number): boolean {
  return code < 0x80 ? CLOSING_ASCII[code] === 1 : CLOSING_CODES.has(code);
}

/** One set of offset arrays for every block's words, grown as a longer block needs. */
let shared: Omit<Words, 'count'> = {
  start: new Int32Array(0),
  end: new Int32Array(0),
  core: new Int32Array(0),
  key: new Int32Array(0),
};

/**
 * A word's key: its core's ASCII codes hashed with the letters' case folded, so that cores
 * `compareCores` finds equal have equal keys; `WILD` for a word with a code beyond ASCII (whose
 * case `compareCores` folds by `toLowerCase`), which any key may equal.
 */
const WILD = 0;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Each ASCII code as the key hashes it: a capital as its small letter. */
const FOLD = Int32Array.from({ length: 0x80 }, (_, code) =>
  code >= 0x41 && code <= 0x5a ? code | 0x20 : code,
);

/** True when words `a` and `b` may have equal cores (`compareCores` decides). */
function mayEqual(w: Words, a: number, b: number): boolean {
  const x = w.key[a];
  const y = w.key[b];
  return x === y || x === WILD || y === WILD;
}

/** The words of `[from, to)`, in arrays reused from block to block (valid until the next call). */
function wordsOf(text: string, from: number, to: number): Words {
  const capacity = Math.ceil((to - from) / 2) + 1;
  if (shared.start.length < capacity) {
    const size = Math.max(capacity, 2 * shared.start.length);
    shared = {
      start: new Int32Array(size),
      end: new Int32Array(size),
      core: new Int32Array(size),
      key: new Int32Array(size),
    };
  }
  const { start, end, core, key } = shared;
  let count = 0;
  let i = from;
  while (i < to) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const s = i;
    // The core ends after the word's last code that is no closing mark; its key is the hash of
    // the codes up to there.
    let c = s;
    let hash = FNV_OFFSET;
    let coreHash = hash;
    let wild = false;
    do {
      if (code >= 0x80) wild = true;
      hash = Math.imul(hash ^ FOLD[code & 0x7f]!, FNV_PRIME);
      if (!isClosing(code)) {
        c = i + 1;
        coreHash = hash;
      }
      i++;
    } while (i < to && !isSpace((code = text.charCodeAt(i))));
    start[count] = s;
    end[count] = i;
    core[count] = c;
    key[count] = wild ? WILD : coreHash === WILD ? WILD + 1 : coreHash;
    count++;
  }
  return { count, start, end, core, key };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0;
}

/** Compares the cores of words `a` and `b`: exactly equal, equal but for case, or different. */
function compareCores(text: string, w: Words, a: number, b: number): 'exact' | 'case' | 'no' {
  const length = w.core[a] - w.start[a];
  if (length !== w.core[b] - w.start[b]) return 'no';
  let exact = true;
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(w.start[a] + k);
    const y = text.charCodeAt(w.start[b] + k);
    if (x === y) continue;
    exact = false;
    if (x < 0x80 && y < 0x80) {
      if ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 0x61 || (x | 0x20) > 0x7a) return 'no';
    } else if (lowerAt(text, w.start[a] + k) !== lowerAt(text, w.start[b] + k)) {
      return 'no';
    }
  }
  return exact ? 'exact' : 'case';
}

/** The code unit at `at` in lower case (a function apart: no closure context per comparison). */
function lowerAt(text: string, at: number): string {
  return text.slice(at, at + 1).toLowerCase();
}

/**
 * How the `n` words at `i` compare with the `n` after them. Only the last word of the second
 * copy may carry closing punctuation.
 */
function compareCopies(text: string, w: Words, i: number, n: number): 'exact' | 'case' | 'no' {
  let exact = true;
  for (let k = 0; k < n; k++) {
    if (!mayEqual(w, i + k, i + n + k)) return 'no';
    if (k < n - 1 && w.core[i + n + k] < w.end[i + n + k]) return 'no';
    const same = compareCores(text, w, i + k, i + n + k);
    if (same === 'no') return 'no';
    if (same === 'case') exact = false;
  }
  return exact ? 'exact' : 'case';
}

/** The finding for words at `i` written twice in a row, or `undefined` when they are not. */
function latinRepeatAt(text: string, w: Words, i: number): FindingDraft | undefined {
  for (let n = 1; n <= MAX_WORDS && i + 2 * n <= w.count; n++) {
    // The first copy must be plain words: "Go away. Go away." is rhetoric, not a stutter.
    const added = i + n - 1;
    if (w.core[added] < w.end[added]) return undefined;
    const same = compareCopies(text, w, i, n);
    if (same !== 'no') return latinRepeat(text, w, i, n, same);
  }
  return undefined;
}

/**
 * The finding for the `n` words at `i` written again after them (`same`: exactly, or but for
 * case), or `undefined` when they are no phrase to judge. Apart from `latinRepeatAt`, whose every
 * call would otherwise make the context of these closures on the heap.
 */
function latinRepeat(
  text: string,
  w: Words,
  i: number,
  n: number,
  same: 'exact' | 'case',
): FindingDraft | undefined {
  const added = i + n - 1;
  const phrase = text.slice(w.start[i], w.end[added]);
  const copy = [...Array(n).keys()].map((k) => text.slice(w.start[i + k], w.end[i + k]));
  if (!copy.every((word) => LETTER.test(word))) return undefined;
  // "d d", "I I": single letters doubled are OCR noise, not a phrase to judge.
  if (n === 1 && phrase.length < 2) return undefined;
  if (n === 2 && isIdiomPair(text, w, i, copy)) return undefined;
  const allCapitalized = copy.every((word) => word[0] !== word[0].toLowerCase());
  // Two doubled words are a stutter when both are function words ("in the in the"); with a
  // content word they may be the author's ("sinking a sinking a shaft" is in the ICDAR gold).
  // A pair with "and" or "or" doubled holds "X and X" ("and by and by", "or so or so"): English.
  const stutterShape =
    n >= 3 ||
    (n === 2 &&
      copy.every((word) => FUNCTION_WORDS.has(word.toLowerCase())) &&
      !copy.some((word) => CONJUNCTIONS.has(word.toLowerCase())));
  const safe = stutterShape && same === 'exact' && !allCapitalized;
  return {
    kind: 'repeated-phrase',
    start: w.end[added],
    end: w.core[i + 2 * n - 1],
    replacement: '',
    confidence: safe ? 'safe' : 'suggest',
    message: latinMessage(phrase, safe),
    related: { start: w.start[i], end: w.end[added] },
  };
}

/**
 * True when the two doubled words at `i` (`copy`) are English, not a stutter: "and more and
 * more" ("more and more", as "again and again", after "and"), "from time to time to" (a "from X
 * to X" phrase before "to"). In the State of the Union addresses and Moby-Dick these were 21 of
 * the 98 suggestions of doubled words; the ICDAR OCR has none.
 */
function isIdiomPair(text: string, w: Words, i: number, copy: readonly string[]): boolean {
  const [first, second] = copy.map((word) => word.toLowerCase());
  if (CONJUNCTIONS.has(first!) && !FUNCTION_WORDS.has(second!)) return true;
  return (
    second === 'to' && i > 0 && text.slice(w.start[i - 1], w.end[i - 1]).toLowerCase() === 'from'
  );
}

/**
 * Doubled words in Latin blocks. A repeat of two or more words is safe when it is exact, every
 * word but the last has no punctuation (so "Go away. Go away." stays a suggestion) and it is
 * not all capitalized words (a name said twice, "New York New York").
 */
export function findLatinRepeats(doc: Document): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const block of doc.blocks) {
    if (block.script !== 'latin') continue;
    const words = wordsOf(doc.text, block.start, block.end);
    let i = 0;
    while (i < words.count) {
      const found = latinRepeatAt(doc.text, words, i);
      if (!found) {
        i++;
        continue;
      }
      out.push(found);
      while (i < words.count && words.start[i] < found.end) i++; // past the second copy
    }
  }
  return out;
}

function latinMessage(phrase: string, safe: boolean): Message {
  return safe
    ? {
        'zh-CN': `英文词组重复：“${phrase}”连续出现两次，删去重复的一处。`,
        en: `Doubled words: "${phrase}" is written twice in a row; delete the repeat.`,
      }
    : {
        'zh-CN': `英文“${phrase}”连续出现两次，可能是正常用法（如 that that、had had），也可能是重复，请核对。`,
        en: `"${phrase}" is written twice in a row: it may be correct English (as in "had had") or a repeat; please check.`,
      };
}

/** The `repeated-phrase` detector. Cost: linear in the text (at most 7 comparisons a character). */
export const repeatedPhrase: Detector = {
  kind: 'repeated-phrase',
  detect(doc: Document, options: AnalyseOptions) {
    return [...findHanRepeats(doc.text, options.lexicon), ...findLatinRepeats(doc)];
  },
};

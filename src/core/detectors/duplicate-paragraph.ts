/**
 * `duplicate-paragraph`: a paragraph printed twice in one issue.
 *
 * - Exact repeats (equal after `normalizeForMatch`: spacing and punctuation width do not count)
 *   are found with a hash map. The later copy is dropped by a finding whose `related` span is the
 *   kept (first) copy; a second, `suggest` finding offers to drop the first copy instead (its
 *   `related` is the second copy), so the editor chooses which one stays.
 * - Near repeats (a few OCR substitutions such as 己/已, 末/未, 人/入, 0/O) are found by MinHash
 *   over character shingles, LSH bands for candidate pairs, and a bounded edit distance of at
 *   most 10 % of the length as confirmation.
 *
 * Evidence for an automatic removal (`safe`):
 * - an exact copy, at least `minSafeLength` long, in the same story as the kept one (no
 *   headline between them), or at least `minFormulaFreeLength` long wherever it stands. Real
 *   news repeats short lines and formulas across stories (王毅参加会见。, （完）, closing
 *   sentences; in 1,000 Sina articles, passages of up to 130 characters recur across articles),
 *   so a shorter repeat across stories is only a suggestion;
 * - a near copy in the same story (an OCR block captured twice): the copy that reads worse under
 *   the Chinese lexicon (`readingCost`: 入才 against 人才; in Latin text, the copy with more
 *   words the English list does not know) is dropped, the earlier one when they read alike
 *   (the later copy is kept). Without a lexicon, or across stories, near
 *   repeats are only suggestions, both ways round.
 *
 * Only prose blocks take part (headlines, decks and jump lines legitimately recur). Cost is
 * linear in the issue: one hash map, one signature per distinct paragraph, and a bounded number
 * of candidates and edit distances per paragraph.
 *
 * A finding covers the dropped block plus one adjoining separator (the blank lines before it,
 * or after it for the first block), so no double blank line is left; its replacement is ''.
 * A finding and its alternative do not overlap (unless the copies are adjacent), so applying
 * both would drop both copies: see `conflictingDuplicates`.
 */
import type { Block, Document } from '../document/document';
import { isProse } from '../document/roles';
import type { Confidence, Finding, FindingDraft, Message, Span } from '../finding';
import { boundedEditDistance } from '../similarity/edit-distance';
import { LshIndex } from '../similarity/lsh';
import {
  DEFAULT_PERMUTATIONS,
  estimateSimilarity,
  minhashOfText,
  type Signature,
} from '../similarity/minhash';
import { normalizeForMatch } from '../similarity/normalize';
import { CJK_SHINGLE_SIZE, LATIN_SHINGLE_SIZE } from '../similarity/shingles';
import { readingCost, type ChineseLexicon } from '../lexicon/chinese';
import { isEnglishWord } from '../lexicon/english';
import type { Detector } from './detector';

/** Tuning of the duplicate-paragraph detector; every length counts UTF-16 code units of the
 * normalized text (`normalizeForMatch`). */
export interface DuplicateParagraphOptions {
  /** Paragraphs shorter than this are ignored. Default 8. */
  readonly minLength?: number;
  /** Exact repeats at least this long are safe; shorter ones only suggestions. Near repeats
   * are looked for only in paragraphs at least this long. Default 20. */
  readonly minSafeLength?: number;
  /** Exact repeats at least this long are safe even across stories. Default 200. */
  readonly minFormulaFreeLength?: number;
  /** The Chinese lexicon that decides which near copy to keep; without it near repeats are
   * only suggestions. */
  readonly lexicon?: ChineseLexicon;
  /** Both lengths above are multiplied by this for Latin-script paragraphs, whose characters
   * carry less than a Han character each. Default 2. */
  readonly latinLengthFactor?: number;
  /** A near repeat differs in at most this share of the longer copy's length. Default 0.1. */
  readonly maxEditRatio?: number;
  /** Candidates whose MinHash similarity estimate is below this are not checked. Default 0.3. */
  readonly minEstimatedSimilarity?: number;
  /** At most this many LSH candidates are read per paragraph. Default 8. */
  readonly maxCandidates?: number;
  /** At most this many edit distances are computed per paragraph. Default 3. */
  readonly maxEditChecks?: number;
  /** When given, filled in with counts of the work done (for scaling tests and benchmarks). */
  readonly stats?: DuplicateParagraphStats;
}

/** Counts of the work one run did; every field grows at most linearly with the issue. */
export interface DuplicateParagraphStats {
  /** Prose blocks long enough to compare. */
  paragraphs: number;
  /** Distinct normalized texts that occur more than once. */
  exactGroups: number;
  /** MinHash signatures computed (one per distinct paragraph long enough for near matching). */
  signatures: number;
  /** Candidate pairs returned by the LSH index. */
  candidatePairs: number;
  /** Bounded edit distances computed. */
  editDistanceCalls: number;
  /** Near-repeat pairs confirmed by edit distance. */
  nearPairs: number;
}

/** A stats object with every count at zero, to pass as `options.stats`. */
export function createDuplicateParagraphStats(): DuplicateParagraphStats {
  return {
    paragraphs: 0,
    exactGroups: 0,
    signatures: 0,
    candidatePairs: 0,
    editDistanceCalls: 0,
    nearPairs: 0,
  };
}

interface Entry {
  readonly block: Block;
  /** `normalizeForMatch(block.text)`. */
  readonly key: string;
  /** Length threshold for safety and near matching, after the Latin factor. */
  readonly safeLength: number;
  /** Length from which an exact repeat is safe across stories, after the Latin factor. */
  readonly formulaFreeLength: number;
  /** Number of headlines before the block: blocks with the same number share a story. */
  readonly story: number;
}

/** Finds exact and near repeats of paragraphs in `doc`. Pure and deterministic. */
export function findDuplicateParagraphs(
  doc: Document,
  options: DuplicateParagraphOptions = {},
): FindingDraft[] {
  const minLength = options.minLength ?? 8;
  const minSafeLength = options.minSafeLength ?? 20;
  const latinFactor = options.latinLengthFactor ?? 2;
  const formulaFree = options.minFormulaFreeLength ?? 200;
  const stats = options.stats ?? createDuplicateParagraphStats();

  const groups = new Map<string, Entry[]>();
  let story = 0;
  for (const block of doc.blocks) {
    if (block.role === 'headline') story++;
    if (!isProse(block.role)) continue;
    const key = normalizeForMatch(block.text);
    const factor = block.script === 'latin' ? latinFactor : 1;
    if (key.length < minLength * factor) continue;
    stats.paragraphs++;
    const entry: Entry = {
      block,
      key,
      safeLength: minSafeLength * factor,
      formulaFreeLength: formulaFree * factor,
      story,
    };
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }

  const out = new FindingCollector(doc.blocks);
  const representatives: Entry[] = [];
  for (const group of groups.values()) {
    representatives.push(group[0]);
    if (group.length < 2) continue;
    stats.exactGroups++;
    reportExactGroup(group, out);
  }
  for (const [earlier, later, distance] of findNearPairs(representatives, options, stats)) {
    reportNearPair(earlier, later, distance, options.lexicon, out);
  }
  return out.drafts;
}

function reportExactGroup(group: readonly Entry[], out: FindingCollector): void {
  const kept = group[0];
  const long = kept.key.length >= kept.safeLength;
  for (let i = 1; i < group.length; i++) {
    const sameStory = group[i].story === kept.story;
    const safe = long && (sameStory || kept.key.length >= kept.formulaFreeLength);
    const message = safe
      ? exactMessage(group.length, sameStory)
      : long
        ? acrossStoriesMessage(group.length)
        : shortMessage(group.length);
    out.drop(group[i].block, kept.block, safe ? 'safe' : 'suggest', message);
  }
  // The alternative (keep a later copy) is offered only where the repeat is clearly one.
  if (long) out.drop(kept.block, group[1].block, 'suggest', alternativeMessage(group.length));
}

/**
 * A near pair: in the same story, with the lexicon, the copy that reads worse goes (the earlier
 * one when they read alike); otherwise both ways are suggestions.
 */
function reportNearPair(
  earlier: Entry,
  later: Entry,
  distance: number,
  lexicon: ChineseLexicon | undefined,
  out: FindingCollector,
): void {
  if (lexicon === undefined || earlier.story !== later.story) {
    out.drop(later.block, earlier.block, 'suggest', nearMessage(distance, 'earlier'));
    out.drop(earlier.block, later.block, 'suggest', nearMessage(distance, 'later'));
    return;
  }
  const earlierCost = costOf(earlier.block, lexicon);
  const laterCost = costOf(later.block, lexicon);
  const [drop, keep] = laterCost > earlierCost + 1e-6 ? [later, earlier] : [earlier, later];
  const [dropped, kept] = differingParts(drop.block.text, keep.block.text);
  const decided = Math.abs(laterCost - earlierCost) > 1e-6;
  out.drop(drop.block, keep.block, 'safe', nearSafeMessage(distance, dropped, kept, decided));
  const keepSide = keep === earlier ? 'later' : 'earlier';
  out.drop(keep.block, drop.block, 'suggest', nearMessage(distance, keepSide));
}

/**
 * How badly a copy reads: Chinese by the lexicon (`readingCost`), Latin text by its words that
 * the English word list does not know ("tbe", "Govemment"), each as costly as a rare word.
 */
function costOf(block: Block, lexicon: ChineseLexicon): number {
  if (block.script !== 'latin') return readingCost(lexicon, block.text);
  let unknown = 0;
  for (const word of block.text.match(/\p{L}+/gu) ?? []) if (!isEnglishWord(word)) unknown++;
  return unknown;
}

/** The parts where `a` and `b` differ (common prefix and suffix removed), at most 12 each. */
function differingParts(a: string, b: string): [string, string] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const from = Math.max(0, head - 2);
  const cut = (s: string) => s.slice(from, Math.min(s.length - tail + 2, from + 12));
  return [cut(a), cut(b)];
}

/**
 * Confirmed near-repeat pairs `[earlier, later, editDistance]` among paragraphs with distinct
 * normalized texts (given in document order), each later paragraph paired with at most one
 * earlier one.
 */
function findNearPairs(
  entries: readonly Entry[],
  options: DuplicateParagraphOptions,
  stats: DuplicateParagraphStats,
): [Entry, Entry, number][] {
  const maxEditRatio = options.maxEditRatio ?? 0.1;
  const minEstimate = options.minEstimatedSimilarity ?? 0.3;
  const maxCandidates = options.maxCandidates ?? 8;
  const maxEditChecks = options.maxEditChecks ?? 3;
  let compared = 0;
  for (const entry of entries) if (entry.key.length >= entry.safeLength) compared++;
  // Sized for the paragraphs it will hold: the size it would have grown to, without the growing.
  const index = new LshIndex<number>({}, compared);
  const signatures: Signature[] = [];
  const indexed: Entry[] = [];
  const pairs: [Entry, Entry, number][] = [];
  // Every signature in one buffer (one typed array per paragraph is an allocation outside the heap).
  const pool = new Int32Array(compared * DEFAULT_PERMUTATIONS);
  for (const entry of entries) {
    if (entry.key.length < entry.safeLength) continue;
    const size = entry.block.script === 'cjk' ? CJK_SHINGLE_SIZE : LATIN_SHINGLE_SIZE;
    const at = indexed.length * DEFAULT_PERMUTATIONS;
    const signature = minhashOfText(
      entry.key,
      size,
      {},
      pool.subarray(at, at + DEFAULT_PERMUTATIONS),
    );
    stats.signatures++;
    const ranked: { id: number; estimate: number; budget: number }[] = [];
    for (const id of index.candidatesThenAdd(indexed.length, signature, maxCandidates)) {
      stats.candidatePairs++;
      const other = indexed[id].key;
      const budget = Math.floor(maxEditRatio * Math.max(other.length, entry.key.length));
      // Edit distance is at least the length difference: skip hopeless pairs before computing it.
      if (Math.abs(other.length - entry.key.length) > budget) continue;
      const estimate = estimateSimilarity(signature, signatures[id]);
      if (estimate >= minEstimate) ranked.push({ id, estimate, budget });
    }
    ranked.sort((a, b) => b.estimate - a.estimate || a.id - b.id);
    for (const { id, budget } of ranked.slice(0, maxEditChecks)) {
      stats.editDistanceCalls++;
      const distance = boundedEditDistance(indexed[id].key, entry.key, budget);
      if (distance <= budget) {
        stats.nearPairs++;
        pairs.push([indexed[id], entry, distance]);
        break;
      }
    }
    indexed.push(entry);
    signatures.push(signature);
  }
  return pairs;
}

/** Collects drop findings, at most one per dropped block (the first reason given wins). */
class FindingCollector {
  readonly drafts: FindingDraft[] = [];
  private readonly dropped = new Set<number>();

  constructor(private readonly blocks: readonly Block[]) {}

  drop(block: Block, kept: Block, confidence: Confidence, message: Message): void {
    if (this.dropped.has(block.index)) return;
    this.dropped.add(block.index);
    const span = dropSpan(this.blocks, block.index);
    this.drafts.push({
      kind: 'duplicate-paragraph',
      start: span.start,
      end: span.end,
      replacement: '',
      confidence,
      message,
      related: { start: kept.start, end: kept.end },
    });
  }
}

/** Block `i` plus the separator before it (after it, for the first block). */
function dropSpan(blocks: readonly Block[], i: number): Span {
  const block = blocks[i];
  if (i > 0) return { start: blocks[i - 1].end, end: block.end };
  const next = blocks[i + 1];
  return { start: block.start, end: next ? next.start : block.end };
}

function exactMessage(copies: number, sameStory: boolean): Message {
  return sameStory
    ? {
        'zh-CN': `重复段落：与同一篇稿件中前文一段相同（本期共 ${copies} 处），删除此处，保留前文。`,
        en: `Duplicate paragraph: same as an earlier one in the same story (${copies} copies in this issue); drop this copy and keep the earlier one.`,
      }
    : {
        'zh-CN': `重复段落：与前文一段相同（本期共 ${copies} 处），篇幅长，不是套话，删除此处，保留前文。`,
        en: `Duplicate paragraph: same as an earlier one (${copies} copies in this issue), too long to be a formula; drop this copy and keep the earlier one.`,
      };
}

function acrossStoriesMessage(copies: number): Message {
  return {
    'zh-CN': `与另一篇稿件中的一段相同（本期共 ${copies} 处）：同一事件的简讯和长稿可能都刊登这段文字，仅作提示，请核对是否删除。`,
    en: `Same as a paragraph of another story (${copies} copies in this issue): a short item and a longer report of one event may both print it; only a suggestion, check whether to drop it.`,
  };
}

function shortMessage(copies: number): Message {
  return {
    'zh-CN': `短段落与前文一段相同（本期共 ${copies} 处）：“某某参加会见。”之类的短句和结束语常在多篇稿件中出现，仅作提示，请核对。`,
    en: `A short paragraph same as an earlier one (${copies} copies in this issue): closing lines such as "X attended the meeting." recur across stories; only a suggestion, please check.`,
  };
}

function nearSafeMessage(
  distance: number,
  dropped: string,
  kept: string,
  decided: boolean,
): Message {
  return decided
    ? {
        'zh-CN': `重复段落：与同一篇稿件中另一段几乎相同（${distance} 处字符不同），是重复识别的同一段。按词典，另一段的“${kept}”比此处的“${dropped}”读得通，删除此处，保留另一段。`,
        en: `Duplicate paragraph: nearly the same as another in the same story (${distance} characters differ), one block read twice. The dictionary reads the other copy's "${kept}" better than "${dropped}" here, so this copy goes.`,
      }
    : {
        'zh-CN': `重复段落：与同一篇稿件中后文一段几乎相同（${distance} 处字符不同），是重复识别的同一段；词典分不出优劣，删除此处，保留后文。`,
        en: `Duplicate paragraph: nearly the same as a later one in the same story (${distance} characters differ), one block read twice; the dictionary reads both alike, so the later copy is kept.`,
      };
}

function alternativeMessage(copies: number): Message {
  return {
    'zh-CN': `重复段落：后文有相同的一段（本期共 ${copies} 处）；也可删除此处，保留后文。`,
    en: `Duplicate paragraph: the same text appears later (${copies} copies in this issue); alternatively drop this copy and keep the later one.`,
  };
}

function nearMessage(distance: number, kept: 'earlier' | 'later'): Message {
  return kept === 'earlier'
    ? {
        'zh-CN': `疑似重复段落：与前文一段几乎相同（${distance} 处字符不同）；可删除此处，保留前文。`,
        en: `Possible duplicate paragraph: differs from an earlier one in ${distance} characters; drop this copy and keep the earlier one?`,
      }
    : {
        'zh-CN': `疑似重复段落：与后文一段几乎相同（${distance} 处字符不同）；也可删除此处，保留后文。`,
        en: `Possible duplicate paragraph: differs from a later one in ${distance} characters; drop this copy and keep the later one?`,
      };
}

/**
 * The duplicate-paragraph findings among `findings` that drop the copy `finding` keeps (whose
 * span contains `finding.related`). Accepting `finding` should reject them, or every copy of
 * the paragraph goes. Empty for findings of other kinds.
 */
export function conflictingDuplicates(finding: Finding, findings: readonly Finding[]): Finding[] {
  const kept = finding.related;
  if (finding.kind !== 'duplicate-paragraph' || !kept) return [];
  return findings.filter(
    (other) =>
      other.id !== finding.id &&
      other.kind === 'duplicate-paragraph' &&
      other.start <= kept.start &&
      kept.end <= other.end,
  );
}

/** The `duplicate-paragraph` detector with default options. */
export const duplicateParagraph: Detector = {
  kind: 'duplicate-paragraph',
  detect: (doc, options) => findDuplicateParagraphs(doc, { lexicon: options.lexicon }),
};

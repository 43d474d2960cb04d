/**
 * `duplicate-paragraph`: a paragraph printed twice in one issue.
 *
 * - Exact repeats (equal after `normalizeForMatch`: spacing and punctuation width do not count)
 *   are found with a hash map. The later copy is dropped by a `safe` finding whose `related`
 *   span is the kept (first) copy; a second, `suggest` finding offers to drop the first copy
 *   instead (its `related` is the second copy), so the editor chooses which one stays.
 * - Near repeats (a few OCR substitutions such as 己/已, 末/未, 人/入, 0/O) are found by MinHash
 *   over character shingles, LSH bands for candidate pairs, and a bounded edit distance of at
 *   most 10 % of the length as confirmation. They are only ever suggestions, both ways round.
 *
 * Only prose blocks take part (headlines, decks and jump lines legitimately recur). Short
 * paragraphs are never safe: a closing line like "蔡奇、王毅等参加会见。" can end several
 * articles of one issue. Cost is linear in the issue: one hash map, one signature per distinct
 * paragraph, and a bounded number of candidates and edit distances per paragraph.
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
import { estimateSimilarity, minhashOfShingles, type Signature } from '../similarity/minhash';
import { normalizeForMatch } from '../similarity/normalize';
import { CJK_SHINGLE_SIZE, LATIN_SHINGLE_SIZE, shingleHashes } from '../similarity/shingles';
import type { Detector } from './detector';

/** Tuning of the duplicate-paragraph detector; every length counts UTF-16 code units of the
 * normalized text (`normalizeForMatch`). */
export interface DuplicateParagraphOptions {
  /** Paragraphs shorter than this are ignored. Default 8. */
  readonly minLength?: number;
  /** Exact repeats at least this long are safe; shorter ones only suggestions. Near repeats
   * are looked for only in paragraphs at least this long. Default 20. */
  readonly minSafeLength?: number;
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
}

/** Finds exact and near repeats of paragraphs in `doc`. Pure and deterministic. */
export function findDuplicateParagraphs(
  doc: Document,
  options: DuplicateParagraphOptions = {},
): FindingDraft[] {
  const minLength = options.minLength ?? 8;
  const minSafeLength = options.minSafeLength ?? 20;
  const latinFactor = options.latinLengthFactor ?? 2;
  const stats = options.stats ?? createDuplicateParagraphStats();

  const groups = new Map<string, Entry[]>();
  for (const block of doc.blocks) {
    if (!isProse(block.role)) continue;
    const key = normalizeForMatch(block.text);
    const factor = block.script === 'latin' ? latinFactor : 1;
    if (key.length < minLength * factor) continue;
    stats.paragraphs++;
    const entry: Entry = { block, key, safeLength: minSafeLength * factor };
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
    out.drop(later.block, earlier.block, 'suggest', nearMessage(distance, 'earlier'));
    out.drop(earlier.block, later.block, 'suggest', nearMessage(distance, 'later'));
  }
  return out.drafts;
}

function reportExactGroup(group: readonly Entry[], out: FindingCollector): void {
  const kept = group[0];
  const safe = kept.key.length >= kept.safeLength;
  for (let i = 1; i < group.length; i++) {
    out.drop(group[i].block, kept.block, safe ? 'safe' : 'suggest', exactMessage(group.length));
  }
  // The alternative (keep a later copy) is offered only where the repeat is clearly one.
  if (safe) out.drop(kept.block, group[1].block, 'suggest', alternativeMessage(group.length));
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
  const index = new LshIndex<number>();
  const signatures: Signature[] = [];
  const indexed: Entry[] = [];
  const pairs: [Entry, Entry, number][] = [];
  for (const entry of entries) {
    if (entry.key.length < entry.safeLength) continue;
    const size = entry.block.script === 'cjk' ? CJK_SHINGLE_SIZE : LATIN_SHINGLE_SIZE;
    const signature = minhashOfShingles(shingleHashes(entry.key, size));
    stats.signatures++;
    const ranked: { id: number; estimate: number; budget: number }[] = [];
    for (const id of index.candidates(signature, maxCandidates)) {
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
    index.add(indexed.length, signature);
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

function exactMessage(copies: number): Message {
  return {
    'zh-CN': `重复段落：与前文一段相同（本期共 ${copies} 处），删除此处，保留前文。`,
    en: `Duplicate paragraph: same as an earlier one (${copies} copies in this issue); drop this copy and keep the earlier one.`,
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
  detect: (doc) => findDuplicateParagraphs(doc),
};

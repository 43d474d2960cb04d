/**
 * Findings: what a detector reports. A finding is plain data, never behaviour.
 *
 * Offsets (`start`, `end`, `related`) are UTF-16 code units into the normalized text
 * of the document the finding was computed on (`\n` line ends only).
 */

/** The detector kinds Galley knows, in the order their findings win an overlap. */
export const FINDING_KINDS = [
  'duplicate-paragraph',
  'broken-paragraph',
  'hyphenation',
  'repeated-phrase',
  'stray-space',
  'punctuation-width',
  'jump-line',
  'reading-order',
  'rule',
  'formulation',
  'archive-repeat',
  'misreading',
  'low-confidence',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/** `safe` findings are applied by an automatic clean; `suggest` ones are shown to the editor only. */
export type Confidence = 'safe' | 'suggest';

/** The interface languages; zh-CN is the default. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A sentence for the editor, in every interface language. */
export type Message = Readonly<Record<Locale, string>>;

/**
 * Where an earlier copy is in another issue of the workspace (an archive repeat): the issue,
 * the version that was indexed, the issue's date (YYYY-MM-DD, '' when unknown) and the block
 * index (0-based) of the copy in that version's document.
 */
export interface FindingSource {
  readonly issueId: string;
  readonly versionId?: string;
  readonly date: string;
  readonly paragraph: number;
}

/** A span of the same text, e.g. the other copy of a duplicated paragraph. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Finding {
  /** Stable for the same defect in the same text: derived from kind, covered text and context. */
  readonly id: string;
  readonly kind: FindingKind;
  /** UTF-16 offset of the first code unit covered (inclusive). */
  readonly start: number;
  /** UTF-16 offset after the last code unit covered (exclusive); `start === end` is an insertion. */
  readonly end: number;
  /** The text proposed in place of `[start, end)`. */
  readonly replacement: string;
  readonly confidence: Confidence;
  readonly message: Message;
  /** Another span the finding refers to (for a duplicate: the other copy). */
  readonly related?: Span;
  /** For an archive repeat: the earlier copy in another issue. */
  readonly source?: FindingSource;
}

/** A finding before its id is assigned; detectors build these and `withIds` finishes them. */
export type FindingDraft = Omit<Finding, 'id'>;

/** Characters of context on each side that go into a finding's id. */
const ID_CONTEXT = 12;

/**
 * 53-bit string hash (cyrb53): fast, well distributed, pure. Not cryptographic; ids only
 * need to be stable and rarely collide within one issue.
 */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Streaming cyrb53 state, so an id hashes ranges of the text without slicing them. */
class IdHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  /** The digest's low 32 bits (unsigned) and high 21 bits, set by `digest`. */
  low = 0;
  high = 0;

  /** Feeds code units `from..to` of `text` (clamped to the text). */
  range(text: string, from: number, to: number): this {
    let { h1, h2 } = this;
    const end = Math.min(to, text.length);
    for (let i = Math.max(0, from); i < end; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** Feeds a separator that no UTF-16 code unit can be confused with. */
  mark(n: number): this {
    this.h1 = Math.imul(this.h1 ^ (0x10000 + n), 2654435761);
    this.h2 = Math.imul(this.h2 ^ (0x10000 + n), 1597334677);
    return this;
  }

  /** The 53-bit hash (as `hashString`'s), also left in `low` and `high`. */
  digest(): number {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.low = h1 >>> 0;
    this.high = 2097151 & h2;
    return 4294967296 * this.high + this.low;
  }
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE36_CODES = Array.from(BASE36, (digit) => digit.charCodeAt(0));
/** 36^5: a 53-bit number divided by it leaves a quotient below 2^31, so int arithmetic. */
const BASE36_5 = 60466176;

/**
 * Writes the base-36 digits of `n` (an integer, 0 ≤ n < 2^53) into `codes` so that they end
 * just before `end`; returns where they start. The digits of `n.toString(36)`.
 */
function writeBase36(n: number, codes: Uint16Array, end: number): number {
  let k = end;
  let high = n;
  if (n >= BASE36_5) {
    high = Math.floor(n / BASE36_5);
    let low = n - high * BASE36_5;
    for (let d = 0; d < 5; d++) {
      const q = (low / 36) | 0;
      codes[--k] = BASE36_CODES[low - q * 36];
      low = q;
    }
  }
  do {
    const q = (high / 36) | 0;
    codes[--k] = BASE36_CODES[high - q * 36];
    high = q;
  } while (high > 0);
  return k;
}

/** `n.toString(36)` for an integer `0 ≤ n < 2^53`, the same digits, several times faster. */
export function base36(n: number): string {
  const codes = new Uint16Array(11);
  return String.fromCharCode(...codes.subarray(writeBase36(n, codes, 11)));
}

/**
 * Id strings `kind:hash`, each built from its char codes in one call: one flat string per
 * finding, not a chain of concatenations. The codes go into a plain array of the id's length
 * (one kept per length), which `String.fromCharCode.apply` reads several times faster than a
 * typed array.
 */
class IdWriter {
  private readonly digits = new Uint16Array(11);
  private readonly byLength: number[][] = [];

  write(kind: string, hash: number): string {
    const first = writeBase36(hash, this.digits, 11);
    const prefix = kind.length + 1;
    const length = prefix + 11 - first;
    let codes = this.byLength[length];
    if (codes === undefined) {
      codes = Array.from({ length }, () => 0);
      this.byLength[length] = codes;
    }
    for (let i = 0; i < kind.length; i++) codes[i] = kind.charCodeAt(i);
    codes[kind.length] = 0x3a;
    for (let i = first; i < 11; i++) codes[prefix + i - first] = this.digits[i];
    return String.fromCharCode.apply(null, codes);
  }
}

/**
 * How often each 53-bit hash has been seen, in an open-addressing table of typed arrays (a Map
 * keyed by numbers this large boxes every key): the hash's low 32 and high 21 bits as the key.
 */
class HashCounts {
  private readonly low: Int32Array;
  private readonly high: Int32Array;
  private readonly count: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.low = new Int32Array(size);
    this.high = new Int32Array(size);
    this.count = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Counts one more of the hash `high · 2^32 + low` and returns its count so far (1 the first time). */
  add(low: number, high: number): number {
    const lowBits = low | 0;
    let slot = Math.imul(lowBits ^ high, 0x9e3779b1) & this.mask;
    for (;;) {
      const seen = this.count[slot];
      if (seen === 0) {
        this.low[slot] = lowBits;
        this.high[slot] = high;
        this.count[slot] = 1;
        return 1;
      }
      if (this.low[slot] === lowBits && this.high[slot] === high) {
        this.count[slot] = seen + 1;
        return seen + 1;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Gives each draft its id: kind + covered text + replacement + a little context on both sides,
 * so an id survives edits elsewhere in the issue. Identical defects in identical context get
 * an occurrence suffix (`…-2`) in document order.
 */
export function withIds(text: string, drafts: readonly FindingDraft[]): Finding[] {
  const ordered = [...drafts].sort(compareSpans);
  // Counted by the hash, which covers the kind: no string hashed again.
  const seen = new HashCounts(ordered.length);
  const ids = new IdWriter();
  const findings: Finding[] = new Array(ordered.length);
  for (let i = 0; i < ordered.length; i++) {
    const draft = ordered[i];
    const hash = new IdHash()
      .range(draft.kind, 0, draft.kind.length)
      .mark(0)
      .range(text, draft.start - ID_CONTEXT, draft.start)
      .mark(1)
      .range(text, draft.start, draft.end)
      .mark(2)
      .range(text, draft.end, draft.end + ID_CONTEXT)
      .mark(3)
      .range(draft.replacement, 0, draft.replacement.length);
    const base = ids.write(draft.kind, hash.digest());
    const count = seen.add(hash.low, hash.high);
    // Listed property by property: a spread copy takes more memory per finding, and clean
    // holds millions of them on finding-dense text.
    const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
      id: count === 1 ? base : `${base}-${count}`,
      kind: draft.kind,
      start: draft.start,
      end: draft.end,
      replacement: draft.replacement,
      confidence: draft.confidence,
      message: draft.message,
    };
    if (draft.related) finding.related = draft.related;
    if (draft.source) finding.source = draft.source;
    findings[i] = finding;
  }
  return findings;
}

const KIND_RANK = new Map<string, number>(FINDING_KINDS.map((kind, rank) => [kind, rank]));

/** Document order: by start, then end, then kind priority. */
export function compareSpans(a: FindingDraft, b: FindingDraft): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0)
  );
}

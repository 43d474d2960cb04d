/**
 * Findings in a compact form for crossing a boundary: numbers in columns, each distinct string
 * once. A 1 MB issue has some 18,000 findings but only a few hundred distinct messages; cloning
 * or serializing them as objects cost more than decoding this does.
 *
 * Two shapes of the same columns: `EncodedFindings` (typed arrays, moved rather than copied from
 * the analysis worker) and `WireFindings` (plain arrays, for JSON: the `issue.open` response
 * over IPC or the HTTP test bridge). `decodeFindings` reads either. Offsets are UTF-16 code
 * units into the text the findings were computed on.
 */
import { FINDING_KINDS, type Finding, type FindingKind, type Message } from '../core/finding';

/**
 * The columns both shapes share: `I` holds the integer columns, `F` the kind-and-confidence
 * flags.
 */
export interface FindingColumns<I extends ArrayLike<number>, F extends ArrayLike<number>> {
  readonly count: number;
  /**
   * Distinct strings (ids, replacements, messages' sentences) referred to by index. An id of
   * the usual form `<kind>:<hash>` is kept without its `<kind>:` (flag ID_OF_KIND).
   */
  readonly strings: readonly string[];
  /** Per finding: id, replacement, zh-CN message, en message (indexes into `strings`). */
  readonly text: I;
  /**
   * Per finding, small numbers (short in JSON): start minus the previous finding's start, the
   * length, and, with flag RELATED, the related span's start minus start and its length.
   */
  readonly spans: I;
  /** Per finding: kind index (FINDING_KINDS) × 8 + the flags below. */
  readonly flags: F;
  /** Anything else a finding carries (e.g. an archive repeat's source), by finding index. */
  readonly extras: Readonly<Record<number, Partial<Finding>>>;
}

/** Findings as typed-array columns and a table of strings (transferable to and from workers). */
export type EncodedFindings = FindingColumns<Int32Array, Uint8Array>;

/** The same columns as plain number arrays: safe for JSON and structured clone alike. */
export type WireFindings = FindingColumns<readonly number[], readonly number[]>;

/** Flag bits: the finding is a suggestion; its id is `<kind>:` + its string; it has `related`. */
const SUGGEST = 1;
const ID_OF_KIND = 2;
const RELATED = 4;
const KIND_SHIFT = 3;

const CORE_FIELDS = new Set([
  'id',
  'kind',
  'start',
  'end',
  'replacement',
  'confidence',
  'message',
  'related',
]);

/** Encodes `findings`; the typed arrays in the result can be transferred. */
export function encodeFindings(findings: readonly Finding[]): EncodedFindings {
  const n = findings.length;
  return encodeInto(findings, new Int32Array(n * 4), new Int32Array(n * 4), new Uint8Array(n));
}

/** Encodes `findings` with plain arrays (for a JSON response). */
export function encodeWireFindings(findings: readonly Finding[]): WireFindings {
  const n = findings.length;
  return encodeInto(
    findings,
    new Array<number>(n * 4),
    new Array<number>(n * 4),
    new Array<number>(n),
  );
}

/** A writable column of numbers. */
interface Column {
  readonly length: number;
  [index: number]: number;
}

/** Fills the columns (sized for `findings`) and builds the string table. */
function encodeInto<I extends Column, F extends Column>(
  findings: readonly Finding[],
  text: I,
  spans: I,
  flags: F,
): FindingColumns<I, F> {
  const index = new Map<string, number>();
  const strings: string[] = [];
  const ref = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const extras: Record<number, Partial<Finding>> = {};
  let previous = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const t = i * 4;
    const ofKind = f.id.startsWith(f.kind) && f.id.charCodeAt(f.kind.length) === 58; // ':'
    text[t] = ref(ofKind ? f.id.slice(f.kind.length + 1) : f.id);
    text[t + 1] = ref(f.replacement);
    text[t + 2] = ref(f.message['zh-CN']);
    text[t + 3] = ref(f.message.en);
    spans[t] = f.start - previous;
    spans[t + 1] = f.end - f.start;
    spans[t + 2] = f.related ? f.related.start - f.start : 0;
    spans[t + 3] = f.related ? f.related.end - f.related.start : 0;
    previous = f.start;
    flags[i] =
      (KIND_INDEX[f.kind] << KIND_SHIFT) |
      (f.related ? RELATED : 0) |
      (ofKind ? ID_OF_KIND : 0) |
      (f.confidence === 'suggest' ? SUGGEST : 0);
    const rest = extraFields(f);
    if (rest) extras[i] = rest;
  }
  return { count: findings.length, strings, text, spans, flags, extras };
}

const KIND_INDEX = Object.fromEntries(FINDING_KINDS.map((kind, i) => [kind, i])) as Record<
  FindingKind,
  number
>;

/** The fields of `finding` beyond the core ones, or null when it has none (the usual case). */
function extraFields(finding: Finding): Partial<Finding> | null {
  let rest: Record<string, unknown> | null = null;
  for (const key in finding) {
    if (CORE_FIELDS.has(key)) continue;
    rest ??= {};
    rest[key] = finding[key as keyof Finding];
  }
  return rest as Partial<Finding> | null;
}

/** The findings `encoded` stands for, equal to those given to `encodeFindings`. */
export function decodeFindings(
  encoded: FindingColumns<ArrayLike<number>, ArrayLike<number>>,
): Finding[] {
  const { strings, text, spans, flags, extras } = encoded;
  // One message object per distinct pair of sentences (the key fits a double exactly).
  const messages = new Map<number, Message>();
  const out: Finding[] = new Array(encoded.count);
  let start = 0;
  for (let i = 0; i < encoded.count; i++) {
    const t = i * 4;
    const key = text[t + 2] * strings.length + text[t + 3];
    let message = messages.get(key);
    if (!message) {
      message = { 'zh-CN': strings[text[t + 2]], en: strings[text[t + 3]] };
      messages.set(key, message);
    }
    const flag = flags[i];
    const kind: FindingKind = FINDING_KINDS[flag >> KIND_SHIFT];
    start += spans[t];
    const related = flag & RELATED ? start + spans[t + 2] : -1;
    const finding: Finding = {
      id: flag & ID_OF_KIND ? `${kind}:${strings[text[t]]}` : strings[text[t]],
      kind,
      start,
      end: start + spans[t + 1],
      replacement: strings[text[t + 1]],
      confidence: flag & SUGGEST ? 'suggest' : 'safe',
      message,
      ...(related >= 0 && { related: { start: related, end: related + spans[t + 3] } }),
      ...extras[i],
    };
    out[i] = finding;
  }
  return out;
}

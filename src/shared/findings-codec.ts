/**
 * Findings in a compact, transferable form for the trip from the analysis worker: numbers in
 * typed arrays (moved, not copied), each distinct string once. A 1 MB issue has some 18,000
 * findings but only a few hundred distinct messages; cloning them as objects cost the page more
 * than decoding this does.
 */
import {
  FINDING_KINDS,
  type Finding,
  type FindingKind,
  type Message,
} from '../../../../../core/finding';

/** Findings as columns of numbers and a table of strings. */
export interface EncodedFindings {
  readonly count: number;
  /** Distinct strings (ids, replacements, messages' sentences) referred to by index. */
  readonly strings: readonly string[];
  /** Per finding: id, replacement, zh-CN message, en message (indexes into `strings`). */
  readonly text: Int32Array;
  /** Per finding: start, end, related start, related end (-1: no related span). */
  readonly spans: Int32Array;
  /** Per finding: kind index (FINDING_KINDS) × 2 + (1 if suggest). */
  readonly flags: Uint8Array;
  /** Anything else a finding carries (e.g. an archive repeat's source), by finding index. */
  readonly extras: Readonly<Record<number, Partial<Finding>>>;
}

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
  const n = findings.length;
  const text = new Int32Array(n * 4);
  const spans = new Int32Array(n * 4);
  const flags = new Uint8Array(n);
  const extras: Record<number, Partial<Finding>> = {};
  findings.forEach((f, i) => {
    text.set([ref(f.id), ref(f.replacement), ref(f.message['zh-CN']), ref(f.message.en)], i * 4);
    spans.set([f.start, f.end, f.related?.start ?? -1, f.related?.end ?? -1], i * 4);
    flags[i] = FINDING_KINDS.indexOf(f.kind) * 2 + (f.confidence === 'suggest' ? 1 : 0);
    const rest = Object.entries(f).filter(([key]) => !CORE_FIELDS.has(key));
    if (rest.length > 0) extras[i] = Object.fromEntries(rest) as Partial<Finding>;
  });
  return { count: n, strings, text, spans, flags, extras };
}

/** The findings `encoded` stands for, equal to those given to `encodeFindings`. */
export function decodeFindings(encoded: EncodedFindings): Finding[] {
  const { strings, text, spans, flags, extras } = encoded;
  const messages = new Map<string, Message>();
  const out: Finding[] = new Array(encoded.count);
  for (let i = 0; i < encoded.count; i++) {
    const t = i * 4;
    const key = `${text[t + 2]},${text[t + 3]}`;
    let message = messages.get(key);
    if (!message) {
      message = { 'zh-CN': strings[text[t + 2]], en: strings[text[t + 3]] };
      messages.set(key, message);
    }
    const kind: FindingKind = FINDING_KINDS[flags[i] >> 1];
    const finding: Finding = {
      id: strings[text[t]],
      kind,
      start: spans[t],
      end: spans[t + 1],
      replacement: strings[text[t + 1]],
      confidence: flags[i] & 1 ? 'suggest' : 'safe',
      message,
      ...(spans[t + 2] >= 0 && { related: { start: spans[t + 2], end: spans[t + 3] } }),
      ...extras[i],
    };
    out[i] = finding;
  }
  return out;
}

/**
 * The JSON shape of `galley check --json`: exactly one document on stdout,
 * `{"files":[{"file","encoding","findings":[…]}]}`.
 */
import type { Encoding, Finding, FindingKind, FindingSource, Locale, Span } from '../../core/index';

/** One finding as printed: the message in one language; offsets into the normalized text. */
export interface JsonFinding {
  readonly id: string;
  readonly kind: FindingKind;
  /** UTF-16 code unit offsets into the normalized (`\n` line ends) text. */
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly confidence: 'safe' | 'suggest';
  readonly message: string;
  readonly related?: Span;
  /** For an archive repeat: where the earlier copy is (issue, version, date, block index). */
  readonly source?: FindingSource;
}

export interface JsonFileReport {
  readonly file: string;
  readonly encoding: Encoding;
  readonly findings: readonly JsonFinding[];
}

export interface JsonReport {
  readonly files: readonly JsonFileReport[];
}

/** A finding in the printed shape, its message in `locale`. */
export function toJsonFinding(finding: Finding, locale: Locale): JsonFinding {
  const out: JsonFinding = {
    id: finding.id,
    kind: finding.kind,
    start: finding.start,
    end: finding.end,
    replacement: finding.replacement,
    confidence: finding.confidence,
    message: finding.message[locale],
  };
  const withRelated = finding.related
    ? { ...out, related: { start: finding.related.start, end: finding.related.end } }
    : out;
  return finding.source ? { ...withRelated, source: { ...finding.source } } : withRelated;
}

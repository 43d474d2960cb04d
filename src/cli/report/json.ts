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
  /** Present when some kind had more findings than a check lists: how many more, by kind. */
  readonly unlisted?: Partial<Record<FindingKind, number>>;
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

/** Findings serialized per write, so no single string grows with the number of findings. */
const FINDINGS_PER_CHUNK = 2000;

/**
 * Writes the report to `out` as it goes, file by file and findings in chunks, waiting for the
 * stream to drain: the same bytes as `JSON.stringify(report)`, without ever holding the whole
 * document (8 million findings would be a string over V8's limit) or the mapped findings.
 */
export class JsonReportWriter {
  private files = 0;

  constructor(private readonly out: NodeJS.WritableStream) {}

  async begin(): Promise<void> {
    await this.write('{"files":[');
  }

  async file(
    file: string,
    encoding: Encoding,
    findings: readonly Finding[],
    locale: Locale,
    unlisted: Partial<Record<FindingKind, number>> = {},
  ): Promise<void> {
    const head = `${this.files++ > 0 ? ',' : ''}{"file":${JSON.stringify(file)},"encoding":${JSON.stringify(encoding)},"findings":[`;
    await this.write(head);
    for (let from = 0; from < findings.length; from += FINDINGS_PER_CHUNK) {
      const parts: string[] = [];
      const to = Math.min(findings.length, from + FINDINGS_PER_CHUNK);
      for (let i = from; i < to; i++)
        parts.push(JSON.stringify(toJsonFinding(findings[i], locale)));
      await this.write(`${from > 0 ? ',' : ''}${parts.join(',')}`);
    }
    const more = Object.keys(unlisted).length > 0 ? `,"unlisted":${JSON.stringify(unlisted)}` : '';
    await this.write(`]${more}}`);
  }

  async end(): Promise<void> {
    await this.write(']}\n');
  }

  private async write(chunk: string): Promise<void> {
    if (this.out.write(chunk)) return;
    await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }
}

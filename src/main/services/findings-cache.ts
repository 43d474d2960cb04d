/**
 * Analyses of issue texts, kept in memory so that importing, saving, counting and opening an
 * issue analyse each text once. Derived data only: nothing here is written to the workspace,
 * and a miss just analyses again.
 *
 * An analysis is kept in two parts, each under a key that names everything it depends on:
 * - the text part (every detector but the archive's): the text's sha256, the kinds switched off
 *   and the rule list;
 * - the archive part (`archive-repeat`): the same, plus the issue and the state of the archive
 *   it is checked against (the other issues' heads, dates and trash, and the archive's own
 *   marks), so saving another issue costs the next open an archive check, not a full analysis.
 * Joined, the two parts equal `analyseDocument` over the whole text with the same options
 * (ids and order included): detectors are independent and ids are derived per kind.
 * The OCR engine's unsure words (`low-confidence`) belong to one issue's import, not to the text,
 * so they are found on every call from the words the caller hands in (a few hundred on a page,
 * no cache needed).
 */
import { createHash } from 'node:crypto';
import { analyseDocument } from '../../core/analyse';
import type { AnalyseOptions, OcrConfidence } from '../../core/detectors/detector';
import { DETECTORS } from '../../core/detectors/registry';
import { createDocument, type Document } from '../../core/document/document';
import { compareSpans, type Finding } from '../../core/finding';
import type { CompiledRules } from '../../core/rules/compile';
import type { WorkspaceRepository } from '../workspace/index';

const ARCHIVE_KIND = 'archive-repeat';
const OCR_KIND = 'low-confidence';
const TEXT_DETECTORS = DETECTORS.filter((d) => d.kind !== ARCHIVE_KIND && d.kind !== OCR_KIND);
const ARCHIVE_DETECTORS = DETECTORS.filter((d) => d.kind === ARCHIVE_KIND);
const OCR_DETECTORS = DETECTORS.filter((d) => d.kind === OCR_KIND);

/** What one analysis of a text found. */
export interface TextAnalysis {
  /** Every finding (none left out for decisions), in document order; offsets into the text. */
  readonly findings: readonly Finding[];
  /** Blocks (paragraphs) of the text's document. */
  readonly blocks: number;
}

/** How the cache has served so far (for tests and benchmarks). */
export interface CacheStats {
  readonly hits: number;
  readonly misses: number;
}

/** A small least-recently-used map of analysis parts by key. */
export class FindingsCache {
  private readonly entries = new Map<string, TextAnalysis>();
  private hitCount = 0;
  private missCount = 0;

  /** `capacity`: parts kept (a 1 MB issue's text part holds some 18,000 findings). */
  constructor(private readonly capacity = 12) {}

  get(key: string): TextAnalysis | undefined {
    const found = this.entries.get(key);
    if (found === undefined) {
      this.missCount++;
      return undefined;
    }
    this.hitCount++;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  /** Keeps `value` under `key`, dropping the least recently used part beyond capacity. */
  set(key: string, value: TextAnalysis): TextAnalysis {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  get stats(): CacheStats {
    return { hits: this.hitCount, misses: this.missCount };
  }
}

/** What the analyser reads besides the text. */
export interface CachedAnalyserDeps {
  readonly repository: WorkspaceRepository;
  /** The engine's options for issue `issueId` (none: a draft being imported). */
  readonly options: (issueId?: string) => AnalyseOptions;
  /**
   * Identifies the archive's state beyond the issues' heads (its boilerplate marks): analyses
   * under a different stamp are not reused. Default: always the same.
   */
  readonly archiveStamp?: () => string;
  readonly cache?: FindingsCache;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Analyses texts through a FindingsCache; see the file comment. */
export class CachedAnalyser {
  readonly cache: FindingsCache;
  private readonly ruleStamps = new WeakMap<CompiledRules, string>();

  constructor(private readonly deps: CachedAnalyserDeps) {
    this.cache = deps.cache ?? new FindingsCache();
  }

  /**
   * The findings of `text` (normalized) as issue `issueId` would have them, or as a draft not
   * yet imported (no id; then the archive part is not kept). `known` saves work: the text's
   * document, or its sha256 (lowercase hex of its UTF-8 bytes, as a version row has it);
   * `ocrConfidence` are the OCR engine's unsure words in this text, for `low-confidence`.
   */
  analyse(
    text: string,
    issueId?: string,
    known: {
      readonly document?: Document;
      readonly sha256?: string;
      readonly ocrConfidence?: readonly OcrConfidence[];
    } = {},
  ): TextAnalysis {
    const options = this.deps.options(issueId);
    const analysis = this.analyseText(text, issueId, options, known);
    const words = known.ocrConfidence;
    if (!words || words.length === 0 || options.disabled?.includes(OCR_KIND)) return analysis;
    const doc = known.document ?? createDocument(text);
    const unsure = analyseDocument(doc, { ...options, ocrConfidence: words }, OCR_DETECTORS);
    if (unsure.length === 0) return analysis;
    return { findings: mergeSorted(analysis.findings, unsure), blocks: analysis.blocks };
  }

  private analyseText(
    text: string,
    issueId: string | undefined,
    options: AnalyseOptions,
    known: { readonly document?: Document; readonly sha256?: string },
  ): TextAnalysis {
    let doc = known.document;
    const documentOf = () => (doc ??= createDocument(text));
    const base = `${known.sha256 ?? sha256(text)}:${this.optionsStamp(options)}`;
    const textKey = `text:${base}`;
    const textPart =
      this.cache.get(textKey) ??
      this.cache.set(textKey, {
        findings: analyseDocument(documentOf(), options, TEXT_DETECTORS),
        blocks: documentOf().blocks.length,
      });
    if (options.archive === undefined || options.disabled?.includes(ARCHIVE_KIND)) {
      return textPart;
    }
    const archive = () => analyseDocument(documentOf(), options, ARCHIVE_DETECTORS);
    let repeats: readonly Finding[];
    if (issueId === undefined) repeats = archive();
    else {
      const archiveKey = `archive:${base}:${issueId}:${this.archiveState(issueId)}`;
      repeats = (
        this.cache.get(archiveKey) ??
        this.cache.set(archiveKey, { findings: archive(), blocks: textPart.blocks })
      ).findings;
    }
    if (repeats.length === 0) return textPart;
    return { findings: mergeSorted(textPart.findings, repeats), blocks: textPart.blocks };
  }

  private optionsStamp(options: AnalyseOptions): string {
    const disabled = [...(options.disabled ?? [])].sort().join(',');
    return `${disabled}:${options.rules ? this.ruleStamp(options.rules) : 'default'}`;
  }

  private ruleStamp(rules: CompiledRules): string {
    let stamp = this.ruleStamps.get(rules);
    if (stamp === undefined) {
      stamp = sha256(JSON.stringify(rules.list));
      this.ruleStamps.set(rules, stamp);
    }
    return stamp;
  }

  /**
   * What the archive lookup of `issueId` depends on: its own date and creation (which issues
   * come before it), every other live issue's head, date and creation, and the archive stamp.
   */
  private archiveState(issueId: string): string {
    const { repository } = this.deps;
    const self = repository.getIssue(issueId);
    const parts = [self?.date ?? '', self?.created ?? '', this.deps.archiveStamp?.() ?? ''];
    for (const issue of repository.listIssues()) {
      if (issue.id === issueId) continue;
      parts.push(issue.id, repository.headVersion(issue.id).id, issue.date, issue.created);
    }
    return sha256(parts.join('\u0000'));
  }
}

/** Two lists in document order (`compareSpans`) merged into one. */
function mergeSorted(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    out[k++] = compareSpans(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  }
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

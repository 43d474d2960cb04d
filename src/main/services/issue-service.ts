/**
 * The issue service: an issue's life in the workspace — import, read, analyse, save, clean,
 * decide, restore, trash — over a WorkspaceRepository and the engine. No Electron: the app's
 * IPC handlers, the CLI and the tests call it alike.
 *
 * Texts are normalized (`\n` line ends) before they are stored; finding offsets are UTF-16
 * code units into the version's text.
 */
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { cleanText } from '../../core/changes/apply';
import { searchText, type TextHit } from '../../core/text/search';
import type { AnalyseOptions, OcrConfidence } from '../../core/detectors/detector';
import { confidencesFor } from '../../core/geometry/confidence';
import { createDocument, normalizeText, type Document } from '../../core/document/document';
import type { Finding, FindingKind } from '../../core/finding';
import type { RuleList } from '../../core/rules/types';
import {
  WorkspaceError,
  type Decision,
  type DecisionInput,
  type IssueDetails,
  type IssuePatch,
  type IssueRow,
  type VersionOrigin,
  type VersionRow,
  type WorkspaceRepository,
} from '../workspace/index';
import { englishMessage, type VersionNote } from '../../shared/version-note';
import { CachedAnalyser, type FindingsCache } from './findings-cache';
import {
  dateFromName,
  detailsFromText,
  isCalendarDate,
  publicationFromName,
  titleOf,
} from './issue-metadata';
import type { ImportedDraft, Importer } from './ports';

export interface IssueServiceDeps {
  readonly repository: WorkspaceRepository;
  readonly importer: Importer;
  /**
   * The engine's options (e.g. kinds the editor turned off); read on every analysis, with the
   * id of the issue analysed (none for a draft being imported).
   */
  readonly analyseOptions?: (issueId?: string) => AnalyseOptions;
  /**
   * Identifies state behind `analyseOptions` that the options do not show (the archive's
   * boilerplate marks); kept analyses are reused only under the same stamp.
   */
  readonly archiveStamp?: () => string;
  /** Where analyses are kept (default: a small cache of this service's own). */
  readonly findingsCache?: FindingsCache;
  /** Keeps an OCR draft's original file, geometry and scan (see PageService.prepare). */
  readonly pages?: {
    prepare(
      draft: ImportedDraft,
      hints: { folder?: string; image?: string },
    ): Promise<(issueId: string) => Promise<void>>;
  };
}

export interface ImportFileOptions {
  readonly publication?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
  readonly edition?: string;
  /** Forces the text encoding of a .txt draft. */
  readonly encoding?: string;
  readonly author?: string;
  /** The page scan of an OCR draft (PNG, JPEG or TIFF); else the one the file names is looked for beside it. */
  readonly image?: string;
}

/** An issue with what a list shows about it. */
export interface IssueOverview {
  readonly issue: IssueRow;
  readonly versionCount: number;
  readonly head: VersionRow;
  /** imported: only the imported version; cleaned: the head is a clean; else in-progress. */
  readonly status: 'imported' | 'in-progress' | 'cleaned';
}

/** A version and its text. */
export interface VersionText {
  readonly issue: IssueRow;
  readonly version: VersionRow;
  readonly text: string;
}

/** A version, its text and its open findings. */
export interface VersionFindings extends VersionText {
  /** The engine's findings minus those the editor rejected, in document order. */
  readonly findings: readonly Finding[];
}

export interface Analysis extends VersionFindings {
  readonly document: Document;
}

/** What an issue's analysis uses besides its text, as plain data. */
export interface AnalysisSettings {
  /** Kinds the editor switched off. */
  readonly disabled: readonly FindingKind[];
  /** The workspace's rule list, or null when the engine's defaults apply. */
  readonly rules: RuleList | null;
}

export interface SaveOptions {
  readonly message?: string;
  readonly author?: string;
  readonly origin?: Extract<VersionOrigin, 'edited' | 'cleaned'>;
}

/** The outcome of a save or clean: the new version, or the head when nothing changed. */
export interface SaveOutcome {
  readonly version: VersionRow;
  /** True when the text equalled the head's, so no version was added. */
  readonly unchanged: boolean;
}

export interface CleanOutcome extends SaveOutcome {
  /** The safe findings applied (each against the text of its own pass), now accepted. */
  readonly applied: readonly Finding[];
}

export class IssueService {
  private readonly repo: WorkspaceRepository;
  private readonly importer: Importer;
  private readonly options: (issueId?: string) => AnalyseOptions;
  private readonly analyser: CachedAnalyser;
  private readonly pages: IssueServiceDeps['pages'];
  /** Version 1's text and unsure OCR words by issue id (both immutable), a few issues kept. */
  private readonly imported = new Map<
    string,
    { readonly text: string; readonly words: readonly OcrConfidence[] }
  >();

  constructor(deps: IssueServiceDeps) {
    this.repo = deps.repository;
    this.pages = deps.pages;
    this.importer = deps.importer;
    this.options = deps.analyseOptions ?? (() => ({}));
    this.analyser = new CachedAnalyser({
      repository: this.repo,
      options: this.options,
      archiveStamp: deps.archiveStamp,
      cache: deps.findingsCache,
    });
  }

  /**
   * Imports a draft as a new issue whose version 1 is the imported text. The file is read and
   * checked completely before anything is written, so a bad file leaves the workspace as it was.
   */
  async importFile(
    path: string,
    options: ImportFileOptions = {},
  ): Promise<{ issue: IssueRow; version: VersionRow }> {
    checkDate(options.date);
    const draft = await this.importer.importDraft(path, { encoding: options.encoding });
    return this.createFromDraft(draft, options, { folder: dirname(path), image: options.image });
  }

  /** Imports a draft already in memory (a dropped file); `name` is its file name. */
  async importBytes(
    bytes: Uint8Array,
    name: string,
    options: ImportFileOptions = {},
  ): Promise<{ issue: IssueRow; version: VersionRow }> {
    checkDate(options.date);
    const draft = await this.importer.importBytes(bytes, name, { encoding: options.encoding });
    return this.createFromDraft(draft, options, { image: options.image });
  }

  private async createFromDraft(
    draft: ImportedDraft,
    options: ImportFileOptions,
    hints: { folder?: string; image?: string },
  ): Promise<{ issue: IssueRow; version: VersionRow }> {
    const keepPages = await this.pages?.prepare(draft, hints);
    const text = normalizeText(draft.text);
    const document = createDocument(text);
    // The unsure words' offsets hold when normalizing left the text as the importer gave it.
    const ocrConfidence = text === draft.text ? draft.lowConfidence : [];
    const { findings } = this.analyser.analyse(text, undefined, { document, ocrConfidence });
    const head = detailsFromText(text);
    const note: VersionNote = { code: 'imported', params: { file: draft.sourceName } };
    const created = await this.repo.createIssue(
      {
        title: titleOf(document) || draft.sourceName,
        publication:
          options.publication || head.publication || publicationFromName(draft.sourceName),
        date: options.date || head.date || dateFromName(draft.sourceName),
        edition: options.edition || head.edition,
        sourceName: draft.sourceName,
        format: draft.format,
        encoding: draft.encoding,
        pages: draft.pages,
      },
      {
        text,
        origin: 'imported',
        author: this.author(options.author),
        ...noted(note),
        blocks: document.blocks.length,
        findings: findings.length,
        lowConfidence: ocrConfidence.map(({ start, end, confidence }) => ({
          start,
          end,
          confidence,
        })),
      },
    );
    await keepPages?.(created.issue.id);
    // The issue's own analysis (its archive lookup leaves it out), kept for its first open.
    this.analyser.analyse(text, created.issue.id, { document, ocrConfidence });
    return created;
  }

  /** Issues (not trashed unless asked) with their head version, oldest first. */
  list(options: { includeTrashed?: boolean } = {}): IssueOverview[] {
    return this.repo.listIssues(options).map((issue) => this.overviewOf(issue));
  }

  /** One issue (an id or unique id prefix, trashed ones included) as `list` shows it. */
  overview(ref: string): IssueOverview {
    return this.overviewOf(this.repo.resolveIssue(ref));
  }

  private overviewOf(issue: IssueRow): IssueOverview {
    const versions = this.repo.listVersions(issue.id);
    const head = versions[versions.length - 1];
    const status =
      versions.length === 1 ? 'imported' : head.origin === 'cleaned' ? 'cleaned' : 'in-progress';
    return { issue, versionCount: versions.length, head, status };
  }

  /** The issue named by an id or unique id prefix. */
  issue(ref: string): IssueRow {
    return this.repo.resolveIssue(ref);
  }

  /** An issue's versions, number 1 (imported) first. */
  versions(ref: string): VersionRow[] {
    return this.repo.listVersions(this.repo.resolveIssue(ref).id);
  }

  /** A version (default: the head) and its text. */
  async read(ref: string, versionRef?: string | number): Promise<VersionText> {
    const issue = this.repo.resolveIssue(ref);
    const version =
      versionRef === undefined
        ? this.repo.headVersion(issue.id)
        : this.repo.resolveVersion(issue.id, versionRef);
    return { issue, version, text: await this.repo.readText(version) };
  }

  /** The imported version's low-confidence words (offsets into version 1's text). */
  async lowConfidence(
    ref: string,
  ): Promise<readonly { start: number; end: number; confidence: number }[]> {
    const issue = this.repo.resolveIssue(ref);
    const record = await this.repo.readRecord(this.repo.resolveVersion(issue.id, 1));
    return record?.lowConfidence ?? [];
  }

  /** The engine's findings on a version (default: the head), rejected ones left out. */
  async analyse(ref: string, versionRef?: string | number): Promise<Analysis> {
    const found = await this.findings(ref, versionRef);
    return { ...found, document: createDocument(found.text) };
  }

  /**
   * The findings `analyse` gives, without building the document: a text analysed before with
   * the same options (at import, save, clean or restore, or an earlier open) is not analysed
   * again.
   */
  async findings(ref: string, versionRef?: string | number): Promise<VersionFindings> {
    const read = await this.read(ref, versionRef);
    const { findings } = this.analyser.analyse(read.text, read.issue.id, {
      sha256: read.version.sha256,
      ocrConfidence: await this.ocrConfidence(read.issue.id, read.text),
    });
    return { ...read, findings: this.openOf(read.issue.id, read.text, findings) };
  }

  /** The kinds switched off and the rule list an analysis of the issue uses. */
  analysisSettings(ref: string): AnalysisSettings {
    const options = this.options(this.repo.resolveIssue(ref).id);
    return { disabled: options.disabled ?? [], rules: options.rules?.list ?? null };
  }

  /** Saves `text` as a new version after the head (nothing is added if it equals the head). */
  async save(ref: string, text: string, options: SaveOptions = {}): Promise<SaveOutcome> {
    const issue = this.writableIssue(ref);
    const head = this.repo.headVersion(issue.id);
    const normalized = normalizeText(text);
    if (normalized === (await this.repo.readText(head))) return { version: head, unchanged: true };
    const version = await this.repo.addVersion(issue.id, {
      ...(await this.counts(issue.id, normalized)),
      text: normalized,
      origin: options.origin ?? 'edited',
      author: this.author(options.author),
      message: options.message ?? '',
    });
    await this.repo.discardAutosave(issue.id);
    return { version, unchanged: false };
  }

  /**
   * Saves the text of a file (any draft format the importers read, e.g. an edited .txt) as a
   * new version. A file that cannot be read writes nothing.
   */
  async saveFile(
    ref: string,
    path: string,
    options: SaveOptions & { readonly encoding?: string } = {},
  ): Promise<SaveOutcome> {
    this.writableIssue(ref);
    const draft = await this.importer.importDraft(path, { encoding: options.encoding });
    return this.save(ref, draft.text, options);
  }

  /**
   * Applies every safe finding the editor has not rejected to the head, re-analysing until none
   * is left, as a new `cleaned` version; the applied findings are recorded as accepted.
   */
  async clean(ref: string, options: { author?: string } = {}): Promise<CleanOutcome> {
    const issue = this.writableIssue(ref);
    const head = this.repo.headVersion(issue.id);
    const original = await this.repo.readText(head);
    const rejected = this.rejectedIds(issue.id);
    const { text, applied } = cleanText(original, {}, (current) =>
      this.analyser.analyse(current, issue.id).findings.filter((f) => !rejected.has(f.id)),
    );
    if (text === original) return { version: head, unchanged: true, applied: [] };
    const version = await this.repo.addVersion(issue.id, {
      ...(await this.counts(issue.id, text)),
      text,
      origin: 'cleaned',
      author: this.author(options.author),
      ...noted({ code: 'cleaned', params: { count: applied.length } }),
      decisions: applied.map((f) => ({ findingId: f.id, decision: 'accepted' as const })),
    });
    return { version, unchanged: false, applied };
  }

  /** Records the editor's accept/reject decisions; rejected findings are not proposed again. */
  async decide(ref: string, decisions: readonly DecisionInput[]): Promise<number> {
    const issue = this.repo.resolveIssue(ref);
    return this.repo.recordDecisions(issue.id, decisions);
  }

  /** The issue's decisions by finding id. */
  decisions(ref: string): Record<string, Decision> {
    const issue = this.repo.resolveIssue(ref);
    return Object.fromEntries(
      this.repo.listDecisions(issue.id).map((d) => [d.findingId, d.decision]),
    );
  }

  /** Adds a new version with the text of an old one (versions are never rewritten). */
  async restore(
    ref: string,
    versionRef: string | number,
    options: { author?: string } = {},
  ): Promise<VersionRow> {
    const issue = this.writableIssue(ref);
    const old = this.repo.resolveVersion(issue.id, versionRef);
    const text = await this.repo.readText(old);
    const version = await this.repo.addVersion(issue.id, {
      ...(await this.counts(issue.id, text)),
      text,
      origin: 'restored',
      author: this.author(options.author),
      ...noted({ code: 'restored', params: { number: old.number } }),
    });
    await this.repo.discardAutosave(issue.id);
    return version;
  }

  /**
   * Changes an issue's title, publication, date (YYYY-MM-DD or '') or edition. Each change is
   * kept in the details' history (`detailsHistory`) with its author and time; nothing is lost.
   */
  async editDetails(
    ref: string,
    patch: IssuePatch,
    options: { author?: string } = {},
  ): Promise<IssueRow> {
    const issue = this.repo.resolveIssue(ref);
    const clean: IssuePatch = Object.fromEntries(
      Object.entries(patch)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([key, value]) => [key, value.replace(/\s+/g, ' ').trim()]),
    );
    checkDate(clean.date);
    for (const [key, value] of Object.entries(clean)) {
      if (value.length > DETAIL_MAX) {
        throw new WorkspaceError(
          'invalid-input',
          `The ${key} is ${value.length} characters long; at most ${DETAIL_MAX} are kept.`,
        );
      }
    }
    const changed = (Object.keys(clean) as (keyof IssuePatch)[]).some((k) => clean[k] !== issue[k]);
    if (!changed) return issue;
    return this.repo.updateIssue(issue.id, clean, this.author(options.author));
  }

  /** Every state of an issue's details, the imported ones first, the current last. */
  detailsHistory(ref: string): Promise<IssueDetails[]> {
    return this.repo.detailsHistory(this.repo.resolveIssue(ref).id);
  }

  /**
   * The issues (not in the trash) whose latest version contains `query`, case- and
   * width-insensitively, with how often and the first places; most hits first, at most `limit`.
   */
  async searchText(
    query: string,
    options: { limit?: number } = {},
  ): Promise<{ overview: IssueOverview; count: number; hits: readonly TextHit[] }[]> {
    const found: { overview: IssueOverview; count: number; hits: readonly TextHit[] }[] = [];
    if (query.trim() === '') return found;
    for (const overview of this.list()) {
      const text = await this.repo.readText(overview.head);
      const { count, hits } = searchText(text, query, { limit: 3 });
      if (count > 0) found.push({ overview, count, hits });
    }
    found.sort(
      (a, b) => b.count - a.count || b.overview.head.created.localeCompare(a.overview.head.created),
    );
    return found.slice(0, options.limit ?? 100);
  }

  /** Moves an issue to the trash; it keeps every version and can be untrashed. */
  trash(ref: string): Promise<IssueRow> {
    return this.repo.setTrashed(this.repo.resolveIssue(ref).id, true);
  }

  untrash(ref: string): Promise<IssueRow> {
    return this.repo.setTrashed(this.repo.resolveIssue(ref).id, false);
  }

  /** The row counts of a new version's text; its analysis is kept for the next open. */
  private async counts(
    issueId: string,
    text: string,
  ): Promise<{ blocks: number; findings: number }> {
    const ocrConfidence = await this.ocrConfidence(issueId, text);
    const { findings, blocks } = this.analyser.analyse(text, issueId, { ocrConfidence });
    return { blocks, findings: this.openOf(issueId, text, findings).length };
  }

  /**
   * The OCR engine's unsure words of the issue's import carried to `text` (a version of it): a
   * word keeps its flag while its text is the engine's reading. Empty for txt and docx issues.
   */
  async ocrConfidence(ref: string, text: string): Promise<readonly OcrConfidence[]> {
    const issueId = this.repo.resolveIssue(ref).id;
    let imported = this.imported.get(issueId);
    if (!imported) {
      const first = this.repo.resolveVersion(issueId, 1);
      const words = (await this.repo.readRecord(first))?.lowConfidence ?? [];
      imported = { text: words.length > 0 ? await this.repo.readText(first) : '', words };
      this.imported.set(issueId, imported);
      if (this.imported.size > 16) this.imported.delete(this.imported.keys().next().value ?? '');
    }
    if (imported.words.length === 0) return [];
    return confidencesFor(imported.words, imported.text, text);
  }

  /**
   * The findings the editor has not settled: rejected ones are left out, and so are accepted
   * confirmations (a finding whose replacement is the text it covers, like a low-confidence word
   * the editor checked against the scan), which accepting leaves in the text.
   */
  private openOf(issueId: string, text: string, findings: readonly Finding[]): Finding[] {
    const decisions = new Map(
      this.repo.listDecisions(issueId).map((d) => [d.findingId, d.decision] as const),
    );
    return findings.filter((f) => {
      const decision = decisions.get(f.id);
      if (decision === 'rejected') return false;
      return !(decision === 'accepted' && f.replacement === text.slice(f.start, f.end));
    });
  }

  private rejectedIds(issueId: string): Set<string> {
    return new Set(
      this.repo
        .listDecisions(issueId)
        .filter((d) => d.decision === 'rejected')
        .map((d) => d.findingId),
    );
  }

  private writableIssue(ref: string): IssueRow {
    const issue = this.repo.resolveIssue(ref);
    if (issue.trashed !== null) {
      throw new WorkspaceError(
        'trashed',
        `Issue ${issue.id} ("${issue.title}") is in the trash; untrash it first.`,
      );
    }
    return issue;
  }

  /**
   * The one name an edit is signed with everywhere (versions, details, the .docx's tracked
   * changes, the report): `given`, else the settings' author, else the OS user's name.
   */
  authorName(given?: string): string {
    return this.author(given);
  }

  private author(given: string | undefined): string {
    if (given !== undefined && given.trim() !== '') return given.trim();
    const setting = this.repo.getSettings().author;
    if (typeof setting === 'string' && setting.trim() !== '') return setting;
    try {
      return userInfo().username || 'editor';
    } catch {
      return 'editor';
    }
  }
}

/** The longest title, publication or edition kept, in UTF-16 code units. */
const DETAIL_MAX = 200;

/** A version's message as a note and its English wording. */
function noted(note: VersionNote): { message: string; note: VersionNote } {
  return { message: englishMessage(note), note };
}

function checkDate(date: string | undefined): void {
  if (date !== undefined && date !== '' && !isCalendarDate(date)) {
    throw new WorkspaceError('invalid-input', `"${date}" is not a date (YYYY-MM-DD).`);
  }
}

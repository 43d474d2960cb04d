/**
 * What comes out of the workspace: comparisons of two versions (structured, unified diff, HTML
 * report) and exports of a version in every format. The algorithms live in src/core/compare and
 * src/main/export; this service finds the versions and their texts.
 */
import {
  compareTexts,
  comparisonHtml,
  unifiedDiff,
  type Comparison,
} from '../../core/compare/index';
import type { Locale } from '../../core/finding';
import {
  EXPORT_EXTENSIONS,
  exportVersion,
  type ExportFormat,
  type ExportInput,
} from '../export/index';
import type { RoundSummary } from '../../core/export';
import type {
  DecisionRow,
  IssueRow,
  ReviewRound,
  VersionRow,
  WorkspaceRepository,
} from '../workspace/index';

export interface VersionComparison {
  readonly issue: IssueRow;
  readonly oldVersion: VersionRow;
  readonly newVersion: VersionRow;
  readonly comparison: Comparison;
  /** Line-based unified diff from the old text to the new (headers only when equal). */
  readonly unified: string;
}

export interface ExportedVersion {
  readonly issue: IssueRow;
  readonly version: VersionRow;
  readonly format: ExportFormat;
  /** The file's bytes (text formats are UTF-8). */
  readonly bytes: Uint8Array;
  /** The usual file name extension of the format, with its dot. */
  readonly extension: string;
}

export class OutputService {
  private readonly repo: WorkspaceRepository;

  constructor(deps: { readonly repository: WorkspaceRepository }) {
    this.repo = deps.repository;
  }

  /** Compares two versions of an issue (numbers, ids or id prefixes). */
  async compare(
    ref: string,
    oldRef: string | number,
    newRef: string | number,
  ): Promise<VersionComparison> {
    const issue = this.repo.resolveIssue(ref);
    const oldVersion = this.repo.resolveVersion(issue.id, oldRef);
    const newVersion = this.repo.resolveVersion(issue.id, newRef);
    const [oldText, newText] = await Promise.all([
      this.repo.readText(oldVersion),
      this.repo.readText(newVersion),
    ]);
    return {
      issue,
      oldVersion,
      newVersion,
      comparison: compareTexts(oldText, newText),
      unified: unifiedDiff(oldText, newText, {
        oldName: versionLabel(issue, oldVersion),
        newName: versionLabel(issue, newVersion),
      }),
    };
  }

  /** The self-contained HTML report of a comparison. */
  comparisonHtml(compared: VersionComparison, locale: Locale = 'zh-CN'): string {
    return comparisonHtml(compared.comparison, {
      title: compared.issue.title,
      oldLabel: versionLabel(compared.issue, compared.oldVersion),
      newLabel: versionLabel(compared.issue, compared.newVersion),
      locale,
    });
  }

  /**
   * What an export of a version (default: the head) is made from: its text and the imported
   * version's (corrections, reports and tracked changes are against version 1), with the issue.
   */
  async exportInput(
    ref: string,
    versionRef: string | number | undefined,
    options: { readonly locale?: Locale; readonly author?: string; readonly now?: Date } = {},
  ): Promise<{ issue: IssueRow; version: VersionRow; input: ExportInput }> {
    const issue = this.repo.resolveIssue(ref);
    const version =
      versionRef === undefined
        ? this.repo.headVersion(issue.id)
        : this.repo.resolveVersion(issue.id, versionRef);
    const [text, original] = await Promise.all([
      this.repo.readText(version),
      this.repo.readText(this.repo.resolveVersion(issue.id, 1)),
    ]);
    const meta = { title: issue.title, publication: issue.publication, date: issue.date };
    const decisions = this.repo.listDecisions(issue.id);
    const rejected = decisions.filter((d) => d.decision === 'rejected').map((d) => d.findingId);
    const rounds = summariseRounds(
      await this.repo.listRounds(issue.id),
      this.repo.listVersions(issue.id),
      decisions,
    );
    return {
      issue,
      version,
      input: { text, original, issue: meta, rejected, rounds, ...options },
    };
  }

  /** Exports a version (default: the head) as `format`. */
  async export(
    ref: string,
    versionRef: string | number | undefined,
    format: ExportFormat,
    options: { readonly locale?: Locale; readonly author?: string; readonly now?: Date } = {},
  ): Promise<ExportedVersion> {
    const { issue, version, input } = await this.exportInput(ref, versionRef, options);
    const bytes = await exportVersion(format, input);
    return { issue, version, format, bytes, extension: EXPORT_EXTENSIONS[format] };
  }
}

/**
 * What each review round did: the people who saved a version in it (or marked its end), and the
 * decisions made between the previous round's mark and its own, counted by kind (a finding's id
 * starts with its kind).
 */
export function summariseRounds(
  rounds: readonly ReviewRound[],
  versions: readonly VersionRow[],
  decisions: readonly DecisionRow[],
): RoundSummary[] {
  let fromNumber = 0;
  let fromTime = '';
  return rounds.map((round) => {
    const end = versions.find((v) => v.id === round.versionId);
    const toNumber = end?.number ?? fromNumber;
    const people: string[] = [];
    const add = (name: string) => name && !people.includes(name) && people.push(name);
    for (const v of versions) if (v.number > fromNumber && v.number <= toNumber) add(v.author);
    add(round.author);
    const accepted: Record<string, number> = {};
    const rejected: Record<string, number> = {};
    for (const d of decisions) {
      if (d.decided <= fromTime || d.decided > round.marked) continue;
      const kind = d.findingId.includes(':')
        ? d.findingId.slice(0, d.findingId.indexOf(':'))
        : 'rule';
      const counts = d.decision === 'accepted' ? accepted : rejected;
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    fromNumber = toNumber;
    fromTime = round.marked;
    return { round: round.round, versionNumber: toNumber, people, accepted, rejected };
  });
}

/** "ISSUE v3 (edited)": how a version is named in diffs and reports. */
export function versionLabel(issue: IssueRow, version: VersionRow): string {
  return `${issue.id} v${version.number} (${version.origin})`;
}

/**
 * The WorkspaceRepository on lowdb: the index in memory (a lowdb `Low` with the durable
 * adapter), texts and sidecars through the TextStore. Mutations run one at a time; each
 * writes its files first and the index last, and undoes its in-memory change if the index
 * write fails, so memory never claims what the disk does not hold.
 */
import type { Low } from 'lowdb';
import { applyPatch, type TextPatch } from '../../shared/text-patch';
import { AutosaveStore } from './autosave-store';
import { decisionRows, mergeDecisions } from './decisions';
import { ensureDir } from './durable';
import type { DurableIndexAdapter } from './index-file';
import { WorkspaceError } from './errors';
import { newId, resolveByPrefix } from './ids';
import type { Layout } from './layout';
import type { WorkspaceLock } from './lock';
import type { RecoveryReport } from './recovery';
import type {
  Autosave,
  DecisionInput,
  IssuePatch,
  ListIssuesOptions,
  NewIssue,
  NewVersion,
  WorkspaceRepository,
} from './repository';
import type {
  DecisionRow,
  IndexData,
  IssueDetails,
  IssueRow,
  JsonValue,
  ReviewRound,
  VersionRecord,
  VersionRow,
} from './schema';
import { encodeText, getIssueState, putIssueState, type TextStore } from './text-store';

export class LowdbWorkspaceRepository implements WorkspaceRepository {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private laidOut = false;
  private issuesById = new Map<string, IssueRow>();
  private versionsByIssue = new Map<string, VersionRow[]>();
  private readonly autosaves: AutosaveStore;
  private readonly closedHooks: (() => Promise<void>)[] = [];

  constructor(
    private readonly db: Low<IndexData>,
    private readonly adapter: DurableIndexAdapter,
    private readonly layout: Layout,
    private readonly texts: TextStore,
    private readonly lock: WorkspaceLock | null,
    readonly recovery: RecoveryReport | null,
  ) {
    this.autosaves = new AutosaveStore(layout);
    this.reindex();
  }

  get folder(): string {
    return this.layout.root;
  }

  get writable(): boolean {
    return this.lock !== null;
  }

  // ---- reads ----

  listIssues(options: ListIssuesOptions = {}): IssueRow[] {
    this.assertOpen();
    const all = this.db.data.issues;
    return options.includeTrashed ? [...all] : all.filter((issue) => issue.trashed === null);
  }

  getIssue(issueId: string): IssueRow | undefined {
    this.assertOpen();
    return this.issuesById.get(issueId);
  }

  resolveIssue(ref: string): IssueRow {
    this.assertOpen();
    return resolveByPrefix(this.db.data.issues, ref, 'issue');
  }

  listVersions(issueId: string): VersionRow[] {
    this.assertOpen();
    return [...(this.versionsByIssue.get(this.requireIssue(issueId).id) ?? [])];
  }

  headVersion(issueId: string): VersionRow {
    const versions = this.versionsByIssue.get(this.requireIssue(issueId).id) ?? [];
    const head = versions[versions.length - 1];
    if (!head) throw new WorkspaceError('not-found', `Issue ${issueId} has no versions.`);
    return head;
  }

  resolveVersion(issueId: string, ref: string | number): VersionRow {
    const versions = this.versionsByIssue.get(this.requireIssue(issueId).id) ?? [];
    const asText = String(ref).trim();
    if (/^\d+$/.test(asText)) {
      const number = Number(asText);
      const found = versions[number - 1];
      if (found) return found;
      if (typeof ref === 'number' || asText.length < 4) {
        throw new WorkspaceError(
          'not-found',
          `Issue ${issueId} has ${versions.length} version${versions.length === 1 ? '' : 's'}; there is no version ${number}.`,
        );
      }
    }
    return resolveByPrefix(versions, asText, 'version');
  }

  readText(version: VersionRow): Promise<string> {
    this.assertOpen();
    return this.texts.getText(version.sha256);
  }

  readRecord(version: VersionRow): Promise<VersionRecord | undefined> {
    this.assertOpen();
    return this.texts.getRecord(version.issueId, version.id);
  }

  listDecisions(issueId: string): DecisionRow[] {
    this.assertOpen();
    return this.db.data.decisions.filter((d) => d.issueId === issueId);
  }

  getSettings(): Readonly<Record<string, JsonValue>> {
    this.assertOpen();
    return { ...this.db.data.settings };
  }

  getAutosave(issueId: string): Promise<Autosave | null> {
    this.assertOpen();
    return this.autosaves.get(issueId);
  }

  // ---- writes ----

  createIssue(
    fields: NewIssue,
    first: NewVersion,
  ): Promise<{ issue: IssueRow; version: VersionRow }> {
    return this.mutate(async () => {
      const issue: IssueRow = {
        ...fields,
        id: this.freshId(),
        created: new Date().toISOString(),
        trashed: null,
      };
      const { version, decisions, written } = await this.writeVersionFiles(issue, first, 1, null);
      const data = this.db.data;
      data.issues.push(issue);
      data.versions.push(version);
      const before = data.decisions;
      data.decisions = mergeDecisions(before, decisions);
      await this.commit(() => {
        data.issues.pop();
        data.versions.pop();
        data.decisions = before;
      }, written);
      return { issue, version };
    });
  }

  addVersion(issueId: string, input: NewVersion): Promise<VersionRow> {
    return this.mutate(async () => {
      const issue = this.requireIssue(issueId);
      const versions = this.versionsByIssue.get(issue.id) ?? [];
      const head = versions[versions.length - 1] ?? null;
      const { version, decisions, written } = await this.writeVersionFiles(
        issue,
        input,
        versions.length + 1,
        head?.id ?? null,
      );
      const data = this.db.data;
      data.versions.push(version);
      const before = data.decisions;
      data.decisions = mergeDecisions(before, decisions);
      await this.commit(() => {
        data.versions.pop();
        data.decisions = before;
      }, written);
      return version;
    });
  }

  updateIssue(issueId: string, patch: IssuePatch, author = ''): Promise<IssueRow> {
    return this.replaceIssue(
      issueId,
      (issue) => ({ ...issue, ...patch, id: issue.id }),
      (issue, next, history, changed) => {
        // The first edit records the details as imported too, so the history starts there.
        const first = this.listVersions(issue.id)[0];
        const start: IssueDetails[] =
          history.length > 0 ? history : [detailsOf(issue, issue.created, first?.author ?? '')];
        return [...start, detailsOf(next, changed, author)];
      },
    );
  }

  markRound(issueId: string, versionId: string, author: string): Promise<ReviewRound[]> {
    return this.mutate(async () => {
      const issue = this.requireIssue(issueId);
      const version = this.resolveVersion(issue.id, versionId);
      await this.layOut();
      const state = await getIssueState(this.layout, issue.id);
      const rounds = state?.rounds ?? [];
      const last = rounds[rounds.length - 1];
      if (last && this.resolveVersion(issue.id, last.versionId).number >= version.number) {
        throw new WorkspaceError(
          'invalid-input',
          `Version ${version.number} is not after version ${this.resolveVersion(issue.id, last.versionId).number}, where round ${last.round} ended.`,
        );
      }
      const next = [
        ...rounds,
        {
          round: rounds.length + 1,
          versionId: version.id,
          marked: new Date().toISOString(),
          author,
        },
      ];
      await putIssueState(this.layout, {
        record: 'issue',
        issue,
        changed: state?.changed ?? new Date().toISOString(),
        ...(state?.details && { details: state.details }),
        rounds: next,
      });
      return next;
    });
  }

  async listRounds(issueId: string): Promise<ReviewRound[]> {
    const issue = this.requireIssue(issueId);
    return (await getIssueState(this.layout, issue.id))?.rounds ?? [];
  }

  async detailsHistory(issueId: string): Promise<IssueDetails[]> {
    const issue = this.requireIssue(issueId);
    const state = await getIssueState(this.layout, issue.id);
    const history = state?.details ?? [];
    if (history.length > 0) return history;
    return [detailsOf(issue, issue.created, this.listVersions(issue.id)[0]?.author ?? '')];
  }

  setTrashed(issueId: string, trashed: boolean): Promise<IssueRow> {
    return this.replaceIssue(issueId, (issue) => ({
      ...issue,
      trashed: trashed ? (issue.trashed ?? new Date().toISOString()) : null,
    }));
  }

  recordDecisions(
    issueId: string,
    decisions: readonly DecisionInput[],
    versionId: string | null = null,
  ): Promise<number> {
    return this.mutate(async () => {
      const issue = this.requireIssue(issueId);
      const data = this.db.data;
      const before = data.decisions;
      data.decisions = mergeDecisions(before, decisionRows(issue.id, decisions, versionId));
      await this.commit(() => {
        data.decisions = before;
      });
      return decisions.length;
    });
  }

  updateSettings(patch: Readonly<Record<string, JsonValue>>): Promise<Record<string, JsonValue>> {
    return this.mutate(async () => {
      const data = this.db.data;
      const before = data.settings;
      const next: Record<string, JsonValue> = { ...before };
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) delete next[key];
        else next[key] = value;
      }
      data.settings = next;
      await this.commit(() => {
        data.settings = before;
      });
      return { ...next };
    });
  }

  putAutosave(issueId: string, baseVersionId: string, text: string): Promise<Autosave> {
    return this.mutate(async () => {
      const issue = this.requireIssue(issueId);
      this.resolveVersion(issue.id, baseVersionId);
      encodeText(text); // refuses a text UTF-8 cannot carry, as a save would
      await this.layOut();
      return this.autosaves.put(issue.id, baseVersionId, text);
    });
  }

  patchAutosave(
    issueId: string,
    baseVersionId: string,
    patch: TextPatch & { readonly since: string },
  ): Promise<Autosave | null> {
    return this.mutate(async () => {
      const issue = this.requireIssue(issueId);
      const base = await this.patchBase(issue.id, baseVersionId, patch.since);
      const text = base === null ? null : applyPatch(base, patch);
      if (text === null) return null;
      encodeText(text);
      await this.layOut();
      return this.autosaves.put(issue.id, baseVersionId, text);
    });
  }

  /**
   * The text a patch named `since` was made from: the version `baseVersionId` itself (the first
   * autosave after a version), or the working copy autosaved at `since` on it; null when that
   * is not what the workspace holds.
   */
  private async patchBase(
    issueId: string,
    baseVersionId: string,
    since: string,
  ): Promise<string | null> {
    if (since === baseVersionId) return this.readText(this.resolveVersion(issueId, baseVersionId));
    const current = await this.autosaves.get(issueId);
    return current?.savedAt === since && current.baseVersionId === baseVersionId
      ? current.text
      : null;
  }

  discardAutosave(issueId: string): Promise<boolean> {
    return this.mutate(() => this.autosaves.discard(this.requireIssue(issueId).id));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue.catch(() => undefined);
    this.closed = true;
    await this.lock?.release();
    for (const hook of this.closedHooks) await hook().catch(() => undefined);
  }

  /** Runs `hook` after the workspace is closed and its lock released. */
  onClosed(hook: () => Promise<void>): void {
    this.closedHooks.push(hook);
  }

  // ---- internals ----

  private replaceIssue(
    issueId: string,
    change: (issue: IssueRow) => IssueRow,
    record?: (
      issue: IssueRow,
      next: IssueRow,
      history: IssueDetails[],
      changed: string,
    ) => IssueDetails[],
  ): Promise<IssueRow> {
    return this.mutate(async () => {
      const issue = this.requireIssue(issueId);
      const data = this.db.data;
      const at = data.issues.indexOf(issue);
      const next = change(issue);
      const changed = new Date().toISOString();
      // The state record first: with the sidecars it rebuilds this row if the index is lost.
      // It carries the details' history, which every rewrite keeps.
      await this.layOut();
      const history = (await getIssueState(this.layout, issue.id))?.details ?? [];
      const details = record ? record(issue, next, history, changed) : history;
      const rounds = (await getIssueState(this.layout, issue.id))?.rounds;
      await putIssueState(this.layout, {
        record: 'issue',
        issue: next,
        changed,
        ...(details.length > 0 && { details }),
        ...(rounds && { rounds }),
      });
      data.issues[at] = next;
      this.issuesById.set(next.id, next);
      await this.commit(() => {
        data.issues[at] = issue;
      });
      return next;
    });
  }

  /**
   * Starts writing a version's text and sidecar; returns its row as soon as the text's sha256
   * is known, and `written`, which resolves when both files are durable.
   */
  private async writeVersionFiles(
    issue: IssueRow,
    input: NewVersion,
    number: number,
    parent: string | null,
  ): Promise<{ version: VersionRow; decisions: DecisionRow[]; written: Promise<unknown> }> {
    const bytes = encodeText(input.text);
    await this.layOut();
    const text = await this.texts.putText(bytes);
    const version: VersionRow = {
      id: newId(),
      issueId: issue.id,
      number,
      parent,
      created: new Date().toISOString(),
      author: input.author,
      message: input.message,
      ...(input.note && { note: { code: input.note.code, params: { ...input.note.params } } }),
      origin: input.origin,
      sha256: text.sha256,
      size: text.size,
      blocks: input.blocks,
      findings: input.findings,
    };
    // The same rows go to the sidecar and the index, so a rebuilt index equals the lost one.
    const decisions = decisionRows(issue.id, input.decisions ?? [], version.id);
    const record: VersionRecord = {
      record: 1,
      version,
      issue,
      decisions,
      ...(input.lowConfidence ? { lowConfidence: [...input.lowConfidence] } : {}),
    };
    const written = Promise.all([text.stored, this.texts.putRecord(record)]);
    written.catch(() => undefined); // commit awaits it; this only marks it handled meanwhile
    return { version, decisions, written };
  }

  /** Runs one mutation at a time, after checking the workspace may be written. */
  private mutate<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      this.assertOpen();
      if (!this.lock) {
        throw new WorkspaceError('read-only', 'This workspace was opened to read only.');
      }
      if (this.lock.compromised) {
        throw new WorkspaceError(
          'lock-lost',
          'Another process took over this workspace; reopen it before saving.',
        );
      }
      return work();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Writes the index (after `written`, the files its new rows name, are durable); on failure
   * undoes the in-memory change and rethrows.
   */
  private async commit(undo: () => void, written?: Promise<unknown>): Promise<void> {
    try {
      await this.layOut();
      // A version's sidecar records its row (and its issue's), so the good copy can wait.
      if (written) await this.adapter.writeAfter(this.db.data, written, { good: false });
      else await this.db.write();
    } catch (error) {
      undo();
      throw error;
    } finally {
      this.reindex();
    }
  }

  /** Creates the workspace's folders before the first write (opening alone creates nothing). */
  private async layOut(): Promise<void> {
    if (this.laidOut) return;
    for (const folder of [this.layout.tmp, this.layout.texts, this.layout.records]) {
      await ensureDir(folder);
    }
    this.laidOut = true;
  }

  private reindex(): void {
    this.issuesById = new Map(this.db.data.issues.map((issue) => [issue.id, issue]));
    this.versionsByIssue = new Map();
    for (const version of this.db.data.versions) {
      const list = this.versionsByIssue.get(version.issueId);
      if (list) list.push(version);
      else this.versionsByIssue.set(version.issueId, [version]);
    }
  }

  private freshId(): string {
    let id = newId();
    while (this.issuesById.has(id)) id = newId();
    return id;
  }

  private requireIssue(issueId: string): IssueRow {
    this.assertOpen();
    const issue = this.issuesById.get(issueId);
    if (!issue) throw new WorkspaceError('not-found', `There is no issue ${issueId}.`);
    return issue;
  }

  private assertOpen(): void {
    if (this.closed) throw new WorkspaceError('closed', 'This workspace has been closed.');
  }
}

/** An issue's details as one entry of their history. */
function detailsOf(issue: IssueRow, changed: string, author: string): IssueDetails {
  const { title, publication, date, edition } = issue;
  return { title, publication, date, edition, changed, author };
}

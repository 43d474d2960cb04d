/**
 * Keeping the working copy safe: autosave (`issue.autosave`) whenever the text differs from
 * what was last autosaved, versions on demand (`issue.save`), and the editor's decisions sent
 * to the workspace (`issue.decide`) with each of them. An autosave sends only what changed
 * since the last one, or since the version the text is based on (a text patch); when the
 * workspace no longer holds the text the patch was made from, the whole text goes instead.
 * A failed save never touches the editor's text; the next tick tries again.
 */
import type { Text } from '@codemirror/state';
import type { GalleyApi, Decision, VersionInfo } from '../../../../shared/contract';
import { patchBetween } from '../../../../shared/text-patch';
import { unwrap } from '../../api';

/** What the working copy keeper needs. */
export interface WorkingCopyOptions {
  readonly api: GalleyApi;
  readonly issueId: string;
  /** The version the editor's text started from (the head when the issue was opened). */
  readonly baseVersionId: string;
  /** The text of that version, as a document. */
  readonly savedDoc: Text;
  /** Decisions the workspace already has. */
  readonly decisions: Readonly<Record<string, Decision>>;
  /** An autosave failed (reported once until one succeeds again). */
  readonly onError: (error: unknown) => void;
}

/** Texts equal as strings, cheaply when they are the same object or differ in length. */
function sameText(a: Text, b: Text): boolean {
  return a === b || (a.length === b.length && a.eq(b));
}

/** Saves, autosaves and sends decisions for one open issue, one call at a time. */
export class WorkingCopy {
  private baseVersionId: string;
  private savedDoc: Text;
  private autosavedDoc: Text;
  /**
   * What the next autosave's patch is made against: the text this session last autosaved, and
   * when; null after a version (the patch is then made against the version itself).
   */
  private autosaved: { readonly text: string; readonly savedAt: string } | null = null;
  private readonly flushed: Map<string, Decision>;
  private busy: Promise<unknown> = Promise.resolve();
  private failing = false;

  constructor(private readonly options: WorkingCopyOptions) {
    this.baseVersionId = options.baseVersionId;
    this.savedDoc = options.savedDoc;
    this.autosavedDoc = options.savedDoc;
    this.flushed = new Map(Object.entries(options.decisions));
  }

  /** The version edits are based on (changes after each save). */
  get base(): string {
    return this.baseVersionId;
  }

  /** True when `doc` differs from the last saved version. */
  isDirty(doc: Text): boolean {
    return !sameText(doc, this.savedDoc);
  }

  /** Autosaves `doc` and sends new decisions, if anything changed; never throws. */
  autosave(doc: Text, decisions: ReadonlyMap<string, Decision>): Promise<void> {
    return this.serially(async () => {
      try {
        await this.sendDecisions(decisions);
        if (sameText(doc, this.autosavedDoc)) return;
        const { api, issueId } = this.options;
        if (sameText(doc, this.savedDoc)) {
          await unwrap(api.issue.discardAutosave({ issueId }));
          this.autosaved = null;
        } else {
          const text = doc.toString();
          this.autosaved = { text, savedAt: await this.writeAutosave(text) };
        }
        this.autosavedDoc = doc;
        this.failing = false;
      } catch (error) {
        if (!this.failing) this.options.onError(error);
        this.failing = true;
      }
    });
  }

  /** Autosaves `text`, as a patch on the last autosave when that is smaller; its `savedAt`. */
  private async writeAutosave(text: string): Promise<string> {
    const { api, issueId } = this.options;
    const baseVersionId = this.baseVersionId;
    const last = this.autosaved ?? { text: this.savedDoc.toString(), savedAt: baseVersionId };
    const patch = patchBetween(last.text, text);
    if (patch.insert.length < text.length / 2) {
      const saved = await unwrap(
        api.issue.autosave({ issueId, baseVersionId, patch: { since: last.savedAt, ...patch } }),
      );
      if ('savedAt' in saved) return saved.savedAt;
    }
    const saved = await unwrap(api.issue.autosave({ issueId, baseVersionId, text }));
    if ('savedAt' in saved) return saved.savedAt;
    throw new Error('the workspace refused a whole working copy as stale');
  }

  /** Saves `doc` as a new version with `message`; throws an ApiError when that failed. */
  save(doc: Text, decisions: ReadonlyMap<string, Decision>, message: string): Promise<VersionInfo> {
    return this.serially(async () => {
      const { api, issueId } = this.options;
      await this.sendDecisions(decisions);
      const text = doc.toString();
      const version = await unwrap(
        api.issue.save({ issueId, text, ...(message.trim() && { message: message.trim() }) }),
      );
      this.baseVersionId = version.id;
      this.savedDoc = doc;
      this.autosavedDoc = doc;
      this.autosaved = null;
      // The autosave on disk predates this version; keeping it would offer stale "recovery".
      await unwrap(api.issue.discardAutosave({ issueId })).catch(() => undefined);
      return version;
    });
  }

  /** Drops the autosaved copy kept from an earlier session (the editor chose not to recover it). */
  discardRecovered(): Promise<void> {
    const { api, issueId } = this.options;
    return this.serially(async () => {
      await unwrap(api.issue.discardAutosave({ issueId }));
      this.autosaved = null;
    });
  }

  private async sendDecisions(decisions: ReadonlyMap<string, Decision>): Promise<void> {
    const fresh = [...decisions].filter(([id, decision]) => this.flushed.get(id) !== decision);
    if (fresh.length === 0) return;
    const { api, issueId } = this.options;
    await unwrap(
      api.issue.decide({
        issueId,
        decisions: fresh.map(([findingId, decision]) => ({ findingId, decision })),
      }),
    );
    for (const [id, decision] of fresh) this.flushed.set(id, decision);
  }

  /** Runs `task` after the ones before it, so saves never overlap. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.busy.then(task, task);
    this.busy = run.catch(() => undefined);
    return run;
  }
}

/**
 * `read`, called once when first needed and its result kept; a failed read is tried again the
 * next time.
 */
export function readOnce<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= read().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

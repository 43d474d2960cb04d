/**
 * When to analyse: after the editor pauses typing (on open the findings come with the issue).
 * One analysis runs at a time; the edits made while it ran are collected, and its findings are
 * mapped through them (a finding whose text was edited meanwhile is dropped), so fresh results
 * never land in the wrong place. Another run follows if the text changed in between. Findings
 * the worker cannot compute (`kept`) stay as they are in the editor, mapped through the edits.
 */
import { ChangeSet, Transaction, type Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { Finding, FindingKind } from '../../../../../core/finding';
import { setFindings } from '../editor/findings-state';
import type { AnalysisClient } from './client';
import type { RulesSpec } from './protocol';

/** How the scheduler runs and whom it tells. */
export interface SchedulerOptions {
  /** Quiet time after the last edit before analysing, in milliseconds. */
  readonly delay: number;
  /** Kinds the editor switched off. */
  readonly disabled: () => readonly FindingKind[];
  /** The rules the analysis applies. */
  readonly rules: () => RulesSpec;
  /**
   * Open findings the worker cannot compute (archive repeats), read from the editor when a
   * result lands and kept beside it; offsets into the editor's current document.
   */
  readonly kept?: () => readonly Finding[];
  /** Busy state changes (for a status indicator). */
  readonly onBusy: (busy: boolean) => void;
  /** Each result's paragraph count and the engine's time in milliseconds. */
  readonly onResult?: (blocks: number, millis: number) => void;
  readonly onError: (error: unknown) => void;
}

/** Maps findings computed on an older text through `changes`; edited ones are dropped. */
export function mapStaleFindings(findings: readonly Finding[], changes: ChangeSet): Finding[] {
  if (changes.empty) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    if (changes.touchesRange(f.start, f.end)) continue;
    const start = changes.mapPos(f.start, 1);
    const end = Math.max(start, changes.mapPos(f.end, -1));
    const related = f.related && {
      start: changes.mapPos(f.related.start, 1),
      end: changes.mapPos(f.related.end, -1),
    };
    out.push({ ...f, start, end, ...(related && { related }) });
  }
  return out;
}

/** Runs the analysis of one editor's text after edits, one at a time. */
export class AnalysisScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Edits since the running analysis took its snapshot; null when none runs. */
  private since: ChangeSet | null = null;
  private again = false;
  private disposed = false;

  constructor(
    private readonly view: EditorView,
    private readonly client: AnalysisClient,
    private readonly options: SchedulerOptions,
  ) {}

  /** Call with every document change the editor makes. */
  noteChanges(changes: ChangeSet): void {
    if (this.since) {
      this.since = this.since.compose(changes);
      this.again = true;
    } else this.schedule();
  }

  /** Analyses as soon as possible (after a setting changed). */
  runNow(): void {
    if (this.since) this.again = true;
    else void this.run();
  }

  /** True while an analysis runs or waits for the editor to pause. */
  get pending(): boolean {
    return this.since !== null || this.timer !== null;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.options.delay);
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    // An analysis asked for now (new rules) while one waited for the editor to pause: the one
    // starting here covers it, and two at once would share `since`.
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const doc: Text = this.view.state.doc;
    this.since = ChangeSet.empty(doc.length);
    this.again = false;
    this.options.onBusy(true);
    try {
      const result = await this.client.analyse(
        doc.toString(),
        this.options.disabled(),
        this.options.rules(),
      );
      if (this.disposed) return;
      const fresh = mapStaleFindings(result.findings, this.since);
      const findings = this.options.kept ? [...fresh, ...this.options.kept()] : fresh;
      this.since = null;
      this.view.dispatch({
        effects: setFindings.of(findings),
        annotations: Transaction.addToHistory.of(false),
      });
      this.options.onResult?.(result.blocks, result.millis);
    } catch (error) {
      this.since = null;
      if (!this.disposed) this.options.onError(error);
    } finally {
      if (!this.disposed) {
        this.options.onBusy(false);
        if (this.again) this.schedule();
      }
    }
  }
}

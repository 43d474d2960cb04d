/**
 * The analysis side of an open issue. It opens with the workspace's findings (engine, rules and
 * archive, as `issue.open` brings them), so nothing is analysed on open; after edits, or when
 * the editor switches kinds on or off, the worker analyses the text with the workspace's rules,
 * and the archive repeats only the workspace can find are kept beside its findings, mapped
 * through the edits.
 */
import type { EditorView } from '@codemirror/view';
import { hashString, type FindingKind } from '../../../../core/finding';
import type { RuleList } from '../../../../core/rules/types';
import type { OpenedAnalysis } from '../../../../shared/contract';
import type { AnalysisClient } from './analysis/client';
import type { RulesSpec } from './analysis/protocol';
import { AnalysisScheduler } from './analysis/scheduler';
import { openFindingsOfKinds } from './editor/findings-state';

/**
 * Kinds only the workspace can find (it holds the archive and the OCR file's confidences): the findings an issue opens with of
 * them are kept, mapped through edits, beside each analysis the worker makes.
 */
const WORKSPACE_ONLY_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'archive-repeat',
  'low-confidence',
]);

/** After opening, when the analysis worker starts loading its engine, in ms. */
const WARM_UP_DELAY = 1000;

/** A key that changes with the rule list's content ('default': no list). */
const rulesKey = (list: RuleList | null) =>
  list ? hashString(JSON.stringify(list)).toString(36) : 'default';

const sameKinds = (a: readonly FindingKind[], b: readonly FindingKind[]) =>
  [...a].sort().join() === [...b].sort().join();

/** What the analysis of one open issue needs. */
export interface SessionAnalysisOptions {
  /** The editor, whose state already holds the findings the issue opened with. */
  readonly view: EditorView;
  readonly client: AnalysisClient;
  /** How the workspace analysed the text the issue opened with. */
  readonly opened: OpenedAnalysis;
  /** Kinds the editor switched off (the screen's settings). */
  readonly disabled: readonly FindingKind[];
  /** Quiet time after the last edit before analysing, in ms. */
  readonly delay: number;
  /** The busy state or the findings changed (refresh what the screen shows). */
  readonly onChange: () => void;
  readonly onError: (error: unknown) => void;
}

/** Runs the worker's analyses of one open issue; see the file comment. */
export class SessionAnalysis {
  private readonly scheduler: AnalysisScheduler;
  private readonly warmUpTimer: ReturnType<typeof setTimeout>;
  private disabled: readonly FindingKind[];
  /** The kinds switched off when the findings shown were computed. */
  private analysedKinds: readonly FindingKind[];
  private rules: RulesSpec | null = null;
  private busy = false;
  private landed = 1;

  constructor(private readonly options: SessionAnalysisOptions) {
    const { view, client } = options;
    this.disabled = options.disabled;
    this.analysedKinds = options.opened.disabled;
    this.scheduler = new AnalysisScheduler(view, client, {
      delay: options.delay,
      disabled: () => this.disabled,
      rules: () => this.rulesSpec(),
      kept: () =>
        openFindingsOfKinds(view.state, WORKSPACE_ONLY_KINDS).filter(
          (f) => !this.disabled.includes(f.kind),
        ),
      onBusy: (busy) => {
        this.busy = busy;
        options.onChange();
      },
      onResult: () => {
        this.landed++;
        this.analysedKinds = this.disabled;
      },
      onError: options.onError,
    });
    // Not while the issue is being shown: the worker is needed after the first edit only.
    this.warmUpTimer = setTimeout(() => client.warmUp(), WARM_UP_DELAY);
    // The screen's settings may be newer than those the workspace analysed with.
    if (!sameKinds(this.disabled, this.analysedKinds)) this.scheduler.runNow();
  }

  /** An analysis is running. */
  get analysing(): boolean {
    return this.busy;
  }

  /** Sets of findings landed so far: the workspace's on open (1), then one per analysis. */
  get round(): number {
    return this.landed;
  }

  /** The findings shown are the current text's, with the current kinds. */
  get current(): boolean {
    return !this.scheduler.pending && sameKinds(this.disabled, this.analysedKinds);
  }

  /** Call with every document change the editor makes. */
  noteChanges(changes: Parameters<AnalysisScheduler['noteChanges']>[0]): void {
    this.scheduler.noteChanges(changes);
  }

  /**
   * Analyses again with the workspace's rule list as it now is (edited in the Rules screen);
   * null for the default rules. Nothing happens when the list is the one in force.
   */
  setRules(list: RuleList | null): void {
    const key = rulesKey(list);
    if (this.rulesSpec().key === key) return;
    this.rules = { key, list };
    this.scheduler.runNow();
  }

  /** Analyses again with other kinds switched off. */
  setDisabledKinds(kinds: readonly FindingKind[]): void {
    if (kinds.join() === this.disabled.join()) return;
    this.disabled = kinds;
    this.scheduler.runNow();
  }

  dispose(): void {
    clearTimeout(this.warmUpTimer);
    this.scheduler.dispose();
  }

  /** The rules the worker applies: the workspace's, as opened (keyed by their content). */
  private rulesSpec(): RulesSpec {
    const { rules } = this.options.opened;
    this.rules ??= { key: rulesKey(rules), list: rules };
    return this.rules;
  }
}

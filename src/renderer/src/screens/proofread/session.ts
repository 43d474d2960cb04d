/**
 * One issue open for proofreading: the editor (CodeMirror view and state), its analysis, its
 * working copy, and what the screen shows of them. Components call its methods and read its
 * snapshot (`subscribe` / `getSnapshot`, for useSyncExternalStore); they hold no logic of their own.
 */
import { redo, redoDepth, undo, undoDepth } from '@codemirror/commands';
import { EditorState, Text, Transaction, type Extension } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import type { Finding, FindingKind } from '../../../../core/finding';
import type {
  GalleyApi,
  LowConfidenceWord,
  OpenedIssue,
  VersionInfo,
} from '../../../../shared/contract';
import { decodeFindings } from '../../../../shared/findings-codec';
import { unwrap } from '../../api';
import { acceptSpec, compatibleFindings, rejectSpec } from './actions';
import { inScope, planBatch, type BatchPlan, type BatchRequest } from './batch';
import type { RuleList } from '../../../../core/rules/types';
import type { AnalysisClient } from './analysis/client';
import { findHighlight, setFindQuery } from './editor/find-highlight';
import { findingGutter } from './editor/finding-gutter';
import {
  activeFinding,
  decisionsOf,
  findingsExtension,
  findingsGeneration,
  openFinding,
  openFindings,
  setActive,
  withDecisions,
} from './editor/findings-state';
import { lowConfidence } from './editor/low-confidence';
import { basicSetup } from './editor/setup';
import { replaceAllSpec, replaceOneSpec, toQuery, type FindOptions } from './find';
import { stepFinding } from './navigation';
import { readOnce, WorkingCopy } from './persistence';
import { Publisher } from './publisher';
import { SessionAnalysis } from './session-analysis';
import type { SessionSnapshot } from './session-snapshot';
import { countCharacters, countParagraphs } from './status';

/** What a session needs to open an issue. */
export interface SessionOptions {
  readonly api: GalleyApi;
  readonly opened: OpenedIssue;
  /** The analysis worker's client; shared by the screen's sessions, disposed by its owner. */
  readonly client: AnalysisClient;
  readonly disabledKinds: readonly FindingKind[];
  /** The editor's accessible name. */
  readonly label: string;
  /** A background failure to tell the editor about: the analysis, or an autosave. */
  readonly onError: (what: 'analysis' | 'autosave', error: unknown) => void;
  /** Autosave period in milliseconds (default 3000) and analysis delay (default 300). */
  readonly autosaveMillis?: number;
  readonly analysisDelay?: number;
}

/** Quiet time after typing before the snapshot refreshes, in ms; other changes refresh at once. */
const TYPING_REFRESH = 200;
/** Longest the snapshot waits while the editor keeps typing, in ms. */
const MAX_TYPING_WAIT = 1000;

/** Sessions opened so far in this page (each gets the next number as its `serial`). */
let sessionsOpened = 0;

/** One issue open in the Proofread screen; see the file comment. */
export class ProofreadSession {
  readonly view: EditorView;
  readonly issueId: string;
  /** Tells this session from the ones before it in the page (1, 2, …). */
  readonly serial = ++sessionsOpened;
  /** The imported text (for the "show original" view), read once when first asked for. */
  readonly original: () => Promise<string>;
  private readonly analysis: SessionAnalysis;
  private readonly copy: WorkingCopy;
  private readonly published: Publisher<SessionSnapshot>;
  private readonly autosaveTimer: ReturnType<typeof setInterval>;
  private paragraphs = 0;
  /** `docVersion` when `paragraphs` was last counted. */
  private countedVersion = 0;
  private docVersion = 0;
  private saving = false;
  private recovered: OpenedIssue['recovered'];
  private disposed = false;

  constructor(private readonly options: SessionOptions) {
    const { opened } = options;
    this.issueId = opened.issue.id;
    this.recovered = opened.recovered;
    const { api } = options;
    const original = { issueId: this.issueId, versionId: opened.original.versionId };
    this.original = readOnce(() => unwrap(api.versions.read(original)).then((read) => read.text));
    // The workspace's findings of the head come with it: nothing is analysed on open.
    const doc = Text.of(opened.head.text.split('\n'));
    this.view = new EditorView({
      state: EditorState.create({ doc, extensions: this.extensions() }),
    });
    this.copy = new WorkingCopy({
      api: options.api,
      issueId: this.issueId,
      baseVersionId: opened.head.versionId,
      savedDoc: this.view.state.doc,
      decisions: opened.decisions,
      onError: (error) => options.onError('autosave', error),
    });
    this.analysis = new SessionAnalysis({
      view: this.view,
      client: options.client,
      opened: opened.analysis,
      disabled: options.disabledKinds,
      delay: options.analysisDelay ?? 300,
      onChange: () => this.refreshSoon(),
      onError: (error) => options.onError('analysis', error),
    });
    this.paragraphs = countParagraphs(doc);
    this.published = new Publisher((previous) => this.compute(previous), MAX_TYPING_WAIT);
    this.autosaveTimer = setInterval(() => void this.autosave(), options.autosaveMillis ?? 3000);
  }

  private extensions(): Extension {
    const { opened } = this.options;
    // Low-confidence offsets refer to the imported text: only valid while the head is that text.
    const words = opened.original.sameAsHead ? opened.lowConfidence : [];
    return [
      basicSetup({ label: this.options.label, testId: 'editor-content' }),
      findingsExtension,
      findingGutter,
      withDecisions(opened.decisions, decodeFindings(opened.findings)),
      lowConfidence(words),
      findHighlight,
      EditorView.updateListener.of((update) => this.onUpdate(update)),
    ];
  }

  private onUpdate(update: ViewUpdate): void {
    if (update.docChanged) {
      this.docVersion++;
      this.analysis.noteChanges(update.changes);
      const typing = update.transactions.some(
        (tr) => tr.isUserEvent('input.type') || tr.isUserEvent('delete'),
      );
      return typing ? this.refreshLater() : this.refreshSoon();
    }
    const effects = update.transactions.some((tr) => tr.effects.length > 0);
    const moved = (activeFinding(update.state)?.id ?? null) !== this.getSnapshot().activeId;
    if (effects || moved) this.refreshSoon();
  }

  // --- snapshot -------------------------------------------------------------------------------

  /** For useSyncExternalStore: the screen re-renders when the snapshot changes. */
  get subscribe(): (listener: () => void) => () => void {
    return this.published.subscribe;
  }

  get getSnapshot(): () => SessionSnapshot {
    return this.published.getSnapshot;
  }

  private compute(previous: SessionSnapshot | undefined): SessionSnapshot {
    const { state } = this.view;
    const generation = findingsGeneration(state);
    if (this.countedVersion !== this.docVersion) {
      this.paragraphs = countParagraphs(state.doc);
      this.countedVersion = this.docVersion;
    }
    return {
      serial: this.serial,
      ...(previous?.findingsGeneration === generation
        ? { findings: previous.findings, findingsText: previous.findingsText }
        : { findings: openFindings(state), findingsText: state.doc }),
      findingsGeneration: generation,
      activeId: activeFinding(state)?.id ?? null,
      characters: countCharacters(state.doc),
      paragraphs: this.paragraphs,
      dirty: this.copy.isDirty(state.doc),
      analysing: this.analysis.analysing,
      findingsRound: this.analysis.round,
      findingsCurrent: this.analysis.current,
      saving: this.saving,
      recovered: this.recovered,
      canUndo: undoDepth(state) > 0,
      canRedo: redoDepth(state) > 0,
      docVersion: this.docVersion,
    };
  }

  private refreshSoon(): void {
    this.published.refresh(0);
  }

  private refreshLater(): void {
    this.published.refresh(TYPING_REFRESH);
  }

  // --- findings -------------------------------------------------------------------------------

  /** The finding `id`, or the active one, or the one at the cursor. */
  private target(id?: string): Finding | undefined {
    const { state } = this.view;
    const chosen = id ?? activeFinding(state)?.id;
    if (chosen) return openFinding(state, chosen);
    const head = state.selection.main.head;
    return openFindings(state).find((f) => f.start <= head && head <= f.end);
  }

  /** Accepts a finding (by id; else the active one): its fix becomes one undoable edit. */
  accept(id?: string): boolean {
    const finding = this.target(id);
    const spec = finding && acceptSpec(this.view.state, [finding]);
    if (!spec) return false;
    this.view.dispatch(spec);
    return true;
  }

  /** Rejects a finding (by id; else the active one); it is not proposed again. */
  reject(id?: string): boolean {
    const finding = this.target(id);
    const spec = finding && rejectSpec(this.view.state, [finding]);
    if (!spec) return false;
    this.view.dispatch(spec);
    return true;
  }

  /** The kind of the active finding (the one the "…of this kind" shortcuts act on). */
  activeKind(): FindingKind | undefined {
    return this.target()?.kind;
  }

  /**
   * What `request` would do on the text as it is now: for accept, the findings in scope that fit
   * together (as `acceptSpec` takes them); for reject, every finding in scope.
   */
  planBatch(request: BatchRequest): BatchPlan {
    return planBatch(request, this.batchFindings(request), this.view.state.doc);
  }

  /** Runs `request` on the text as it is now, as one undoable edit; the findings it decided. */
  runBatch(request: BatchRequest): number {
    const findings = this.batchFindings(request);
    const spec =
      request.action === 'accept'
        ? acceptSpec(this.view.state, findings)
        : rejectSpec(this.view.state, findings);
    if (!spec) return 0;
    this.view.dispatch(spec);
    return findings.length;
  }

  /** The findings `request` decides on the text as it is now (see `planBatch`). */
  private batchFindings(request: BatchRequest): Finding[] {
    const all = openFindings(this.view.state);
    const doc = this.view.state.doc;
    const chosen = all.filter((f) => inScope(request.scope, f, doc));
    return request.action === 'accept' ? compatibleFindings(chosen, all).taken : chosen;
  }

  /**
   * Moves to the next (1) or previous (-1) finding: false when there is none, 'wrapped' when the
   * step went round an end of the text (from the last to the first, or back), else true.
   */
  step(direction: 1 | -1): boolean | 'wrapped' {
    const { state } = this.view;
    const found = stepFinding(
      openFindings(state),
      activeFinding(state)?.id ?? null,
      state.selection.main.head,
      direction,
    );
    if (!found) return false;
    this.select(found.finding.id);
    return found.wrapped && openFindings(state).length > 1 ? 'wrapped' : true;
  }

  /** Makes finding `id` active and shows it in the text. `focus` also focuses the editor. */
  select(id: string, focus = false): void {
    const finding = openFinding(this.view.state, id);
    if (!finding) return;
    this.view.dispatch({
      selection: { anchor: finding.start },
      effects: [
        setActive.of({ id, kind: finding.kind, from: finding.start, to: finding.end }),
        EditorView.scrollIntoView(finding.start, { y: 'center' }),
      ],
    });
    if (focus) this.view.focus();
  }

  // --- editing --------------------------------------------------------------------------------

  undo(): boolean {
    return undo(this.view);
  }

  redo(): boolean {
    return redo(this.view);
  }

  focus(): void {
    this.view.focus();
  }

  /** Highlights the hits of `options` in the text (null: none). */
  highlight(options: FindOptions | null): void {
    const query = options && options.search ? toQuery(options) : null;
    this.view.dispatch({ effects: setFindQuery.of(query) });
  }

  replaceOne(options: FindOptions, from: number, to: number): boolean {
    const spec = replaceOneSpec(this.view.state, options, from, to);
    if (spec) this.view.dispatch(spec);
    return spec !== null;
  }

  replaceAll(options: FindOptions): boolean {
    const spec = replaceAllSpec(this.view.state, options);
    if (spec) this.view.dispatch(spec);
    return spec !== null;
  }

  /** Shows the hit at `[from, to)` selected in the text. */
  reveal(from: number, to: number): void {
    this.view.dispatch({
      selection: { anchor: from, head: to },
      effects: EditorView.scrollIntoView(from, { y: 'center' }),
    });
  }

  // --- saving and recovery ----------------------------------------------------------------------

  /** Saves the working text as a version; throws an ApiError when that failed. */
  async save(message: string): Promise<VersionInfo> {
    this.saving = true;
    this.refreshSoon();
    try {
      const { state } = this.view;
      return await this.copy.save(state.doc, decisionsOf(state), message);
    } finally {
      this.saving = false;
      this.refreshSoon();
    }
  }

  /** The low-confidence words of the imported text (offsets into it). */
  get lowConfidenceWords(): readonly LowConfidenceWord[] {
    return this.options.opened.lowConfidence;
  }

  /** The version the working text is based on. */
  get baseVersionId(): string {
    return this.copy.base;
  }

  /** Puts the recovered copy in the editor (one undoable edit). */
  recover(): void {
    const recovered = this.recovered;
    if (!recovered) return;
    this.recovered = null;
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: recovered.text },
      annotations: Transaction.userEvent.of('input.recover'),
    });
    void this.autosave();
  }

  /** Drops the recovered copy; throws an ApiError when the workspace could not. */
  async discardRecovered(): Promise<void> {
    await this.copy.discardRecovered();
    this.recovered = null;
    this.refreshSoon();
  }

  /**
   * Analyses again with the workspace's rule list as it now is (edited in the Rules screen);
   * null for the default rules. Nothing happens when the list is the one in force.
   */
  setRules(list: RuleList | null): void {
    this.analysis.setRules(list);
  }

  /** Analyses again with other kinds switched off. */
  setDisabledKinds(kinds: readonly FindingKind[]): void {
    this.analysis.setDisabledKinds(kinds);
  }

  /** Autosaves the working copy now (the window is going away). */
  flush(): Promise<void> {
    return this.autosave();
  }

  private autosave(): Promise<void> {
    // While a recovered copy waits for the editor's choice, autosaving would overwrite it.
    if (this.recovered || this.disposed) return Promise.resolve();
    const { state } = this.view;
    return this.copy.autosave(state.doc, decisionsOf(state));
  }

  /** Stops everything after a last autosave of the working copy. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    const last = this.autosave();
    this.disposed = true;
    clearInterval(this.autosaveTimer);
    this.published.stop();
    this.analysis.dispose();
    this.view.destroy();
    await last;
  }
}

/**
 * The rule service: the workspace's rule list — read, edit, import, export, try — and its
 * compiled form for analyses. What the Rules screen calls (through IPC) and `galley rules`.
 *
 * The list is read from rules.json on first use and compiled once per change; saving validates
 * the whole list first (regex rules are checked for catastrophic backtracking there), so a bad
 * rule never reaches the file or an analysis.
 */
import { compileRules, type CompiledRules } from '../../core/rules/compile';
import { mergeRuleLists, type MergeMode, type MergeOutcome } from '../../core/rules/merge';
import { previewRule, type RulePreview, type RuleUnderTest } from '../../core/rules/preview';
import { STARTER_FORMULATIONS } from '../../core/rules/starter';
import type {
  Formulation,
  ProtectedTerm,
  ReplacementRule,
  RuleKind,
  RuleList,
} from '../../core/rules/types';
import { validateRule, validateRuleList } from '../../core/rules/validate';
import type { RegexStop } from '../../core/rules/replacements';
import { copyToBackups } from '../workspace/recovery';
import { WorkspaceError } from '../workspace/errors';
import { layoutOf, type Layout } from '../workspace/layout';
import type { WorkspaceRepository } from '../workspace/repository';
import { RulesError } from './errors';
import { readRulesFile, rulesPath, writeRulesFile, type RulesFileState } from './rule-file';
import { createBudgetedRegexEngine } from './regex-budget';
import { formatRules, parseRules, readRuleFile, writeRuleFile, type RuleFormat } from './rule-io';

/** An entry of one of the three kinds, as the Rules screen edits it. */
export type RuleEntry = ReplacementRule | ProtectedTerm | Formulation;

/** What an import did. */
export interface ImportOutcome extends Omit<MergeOutcome, 'list'> {
  readonly list: RuleList;
  readonly mode: MergeMode;
}

export class RuleService {
  private readonly repo: WorkspaceRepository;
  private readonly layout: Layout;
  private state: RulesFileState | undefined;
  private compiledRules: CompiledRules | undefined;
  /** Regex rules run in a worker with a time budget (see regex-budget.ts). */
  private readonly regexEngine = createBudgetedRegexEngine();
  private readonly stops: RuleStopNotice[] = [];
  private disabling: Promise<void> = Promise.resolve();
  /** How many of `stops` an opened issue has shown already. */
  private reported = 0;

  constructor(repo: WorkspaceRepository) {
    this.repo = repo;
    this.layout = layoutOf(repo.folder);
  }

  /** The workspace's list (the defaults when rules.json is missing or damaged). */
  list(): RuleList {
    return this.load().list;
  }

  /** Problems of a damaged rules.json (the defaults apply meanwhile), or null. */
  damage(): { readonly path: string; readonly problems: RulesError['problems'] } | null {
    const state = this.load();
    return state.state === 'damaged'
      ? { path: rulesPath(this.layout), problems: state.problems }
      : null;
  }

  /** The list compiled for analyses (`AnalyseOptions.rules`), cached until the list changes. */
  compiled(): CompiledRules {
    this.compiledRules ??= compileRules(this.list(), {
      engine: this.regexEngine,
      onStopped: (rule, stop) => this.stopped(rule, stop),
    });
    return this.compiledRules;
  }

  /**
   * The regex rules stopped for running too long since the service started, oldest first. Each
   * is disabled at once in memory and, when the workspace is writable, in rules.json.
   */
  stoppedRules(): readonly RuleStopNotice[] {
    return this.stops;
  }

  /** Resolves when every rule stopped so far has been written to rules.json as disabled. */
  settled(): Promise<void> {
    return this.disabling;
  }

  /** The formulations Galley ships, active while `starter` is on. */
  starterFormulations(): readonly Formulation[] {
    return STARTER_FORMULATIONS;
  }

  /** Validates `input` as a whole list and saves it; throws RulesError listing every problem. */
  async save(input: unknown): Promise<RuleList> {
    const result = validateRuleList(input);
    if (!result.ok) throw new RulesError('The rule list has problems', result.problems);
    await this.write(result.value);
    return result.value;
  }

  /** Adds one entry (validated; its id derived when absent). Returns the saved entry. */
  async add(kind: RuleKind, input: unknown): Promise<RuleEntry> {
    const entry = this.checked(kind, input);
    const list = this.list();
    await this.save(withEntries(list, kind, [...entriesOf(list, kind), entry]));
    return entry;
  }

  /** Replaces the entry with id `id` by `input` (which keeps that id unless it names another). */
  async update(kind: RuleKind, id: string, input: unknown): Promise<RuleEntry> {
    const list = this.list();
    const current = entriesOf(list, kind);
    const at = current.findIndex((e) => e.id === id);
    if (at < 0) throw new WorkspaceError('not-found', `No ${kind} rule has the id ${id}.`);
    const given = typeof input === 'object' && input !== null ? input : {};
    const entry = this.checked(kind, { id, ...given });
    const next = [...current];
    next[at] = entry;
    await this.save(withEntries(list, kind, next));
    return entry;
  }

  /** Removes the entry with id `id`; false when there was none. */
  async remove(kind: RuleKind, id: string): Promise<boolean> {
    const list = this.list();
    const current = entriesOf(list, kind);
    const next = current.filter((e) => e.id !== id);
    if (next.length === current.length) return false;
    await this.save(withEntries(list, kind, next));
    return true;
  }

  /** Turns the starter formulations on or off. */
  async setStarter(on: boolean): Promise<RuleList> {
    return this.save({ ...this.list(), starter: on });
  }

  /** Imports a .csv or .json file, merged into the list (default) or replacing it. */
  async importFile(
    path: string,
    options: { readonly mode?: MergeMode; readonly format?: string } = {},
  ): Promise<ImportOutcome> {
    const parsed = await readRuleFile(path, options.format);
    return this.adopt(parsed.list, parsed.starter, options.mode ?? 'merge');
  }

  /** Imports rule-list text (a file the editor dropped on the Rules screen). */
  async importText(
    text: string,
    format: RuleFormat,
    options: { readonly mode?: MergeMode } = {},
  ): Promise<ImportOutcome> {
    const parsed = parseRules(text, format);
    return this.adopt(parsed.list, parsed.starter, options.mode ?? 'merge');
  }

  /** The list as CSV or JSON text. */
  exportText(format: RuleFormat): string {
    return formatRules(this.list(), format);
  }

  /** Writes the list to `path` (.csv or .json, or `format`), atomically. */
  async exportFile(path: string, format?: string): Promise<void> {
    await writeRuleFile(path, this.list(), format);
  }

  /**
   * Every hit of one rule on `text` (e.g. the open issue's), without saving it. The rule is
   * validated first; a bad one throws RulesError.
   */
  test(kind: RuleKind, input: unknown, text: string): RulePreview[] {
    const entry = this.checked(kind, input);
    return previewRule({ kind, rule: entry } as RuleUnderTest, text, undefined, {
      engine: this.regexEngine,
      protectedTerms: this.list().protected.map((p) => p.term),
      onStopped: (_rule, stop) => {
        throw new RulesError('The rule ran too long', [
          { path: 'find', message: stoppedSentence(stop) },
        ]);
      },
    });
  }

  /**
   * Disables the regex rule `id` that the app's analysis worker stopped after `ms` milliseconds
   * (the app has told the editor already), as `stopped` does for the rules stopped here. False
   * when the list has no such rule.
   */
  async stopRule(id: string, ms: number): Promise<boolean> {
    if (!this.list().replacements.some((r) => r.id === id)) return false;
    this.disable(id, stoppedSentence({ rule: -1, ms }));
    await this.disabling;
    return true;
  }

  /** The stops since the last call, each said once (an opened issue shows them to the editor). */
  unreportedStops(): readonly RuleStopNotice[] {
    const fresh = this.stops.slice(this.reported);
    this.reported = this.stops.length;
    return fresh;
  }

  private stopped(rule: ReplacementRule, stop: RegexStop): void {
    const sentence = stoppedSentence(stop);
    this.stops.push({ id: rule.id, find: rule.find, ms: stop.ms, message: sentence });
    this.disable(rule.id, sentence);
  }

  /** Marks rule `id` disabled with `sentence` in rules.json (queued after earlier ones). */
  private disable(id: string, sentence: string): void {
    if (!this.repo.writable) return;
    this.disabling = this.disabling.then(async () => {
      const list = this.list();
      const replacements = list.replacements.map((r) =>
        r.id === id && !r.disabled ? { ...r, disabled: sentence } : r,
      );
      try {
        await this.write({ ...list, replacements });
      } catch {
        // Still disabled in memory; the next analysis in a writable session records it.
      }
    });
  }

  private async adopt(
    incoming: RuleList,
    starter: boolean | undefined,
    mode: MergeMode,
  ): Promise<ImportOutcome> {
    const merged = mergeRuleLists(this.list(), incoming, mode, starter);
    const saved = await this.save(merged.list);
    return { ...merged, list: saved, mode };
  }

  private checked(kind: RuleKind, input: unknown): RuleEntry {
    const result =
      kind === 'replacement'
        ? validateRule('replacement', input)
        : kind === 'protected'
          ? validateRule('protected', input)
          : validateRule('formulation', input);
    if (!result.ok) throw new RulesError(`The ${kind} rule has problems`, result.problems);
    return result.value;
  }

  private load(): RulesFileState {
    this.state ??= readRulesFile(this.layout);
    return this.state;
  }

  private async write(list: RuleList): Promise<void> {
    if (!this.repo.writable) {
      throw new WorkspaceError(
        'read-only',
        'The workspace is open read-only; rules cannot be saved.',
      );
    }
    const state = this.load();
    if (state.state === 'damaged') {
      await copyToBackups(this.layout, rulesPath(this.layout), 'damaged');
    }
    await writeRulesFile(this.layout, list);
    this.state = { state: 'ok', list };
    this.compiledRules = undefined;
  }
}

/** A regex rule stopped for running too long. */
export interface RuleStopNotice {
  readonly id: string;
  readonly find: string;
  /** How long it ran before it was stopped, in milliseconds. */
  readonly ms: number;
  /** The sentence stored as the rule's `disabled` reason. */
  readonly message: string;
}

function stoppedSentence(stop: RegexStop): string {
  return `Stopped after ${(stop.ms / 1000).toFixed(1)} s: the pattern ran too long (catastrophic backtracking), so the rule is off until it is edited.`;
}

function entriesOf(list: RuleList, kind: RuleKind): readonly RuleEntry[] {
  return kind === 'replacement'
    ? list.replacements
    : kind === 'protected'
      ? list.protected
      : list.formulations;
}

function withEntries(list: RuleList, kind: RuleKind, entries: readonly RuleEntry[]): RuleList {
  if (kind === 'replacement') return { ...list, replacements: entries as ReplacementRule[] };
  if (kind === 'protected') return { ...list, protected: entries as ProtectedTerm[] };
  return { ...list, formulations: entries as Formulation[] };
}

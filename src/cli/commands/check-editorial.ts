/**
 * What `galley check` adds for the editorial kinds:
 * - `--rules FILE`: the rules of a .csv or .json file instead of the defaults (the starter
 *   formulations, which stay on unless the JSON file says `"starter": false`);
 * - `--workspace DIR`: the workspace's own rules (unless --rules is given) and its archive, so
 *   a draft is checked for repeats of every issue already there; and an argument that is no
 *   file but names an issue of the workspace (id or unique prefix) checks that issue's head
 *   version against the issues before it, as `galley check ISSUE`.
 * The workspace is opened to read only: a check never takes the lock or writes.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyseText } from '../../core/analyse';
import type { AnalyseOptions } from '../../core/detectors/detector';
import type { Finding } from '../../core/finding';
import { compileRules, type CompiledRules } from '../../core/rules/compile';
import type { Encoding } from '../../core/text/decode';
import { createBudgetedRegexEngine } from '../../main/rules/regex-budget';
import { readRuleFile } from '../../main/rules/rule-io';
import { engineLexicons } from '../../main/lexicon/engine';
import { analyseOptionsOf, createServices, type Services } from '../../main/services/index';
import { openWorkspace, WorkspaceError } from '../../main/workspace/index';
import { UsageError } from '../errors';

/** The check's options that concern rules and the archive. */
export interface EditorialCheckOptions {
  readonly rules?: string;
  readonly workspace?: string;
}

/** An issue checked from the workspace. */
export interface CheckedIssue {
  readonly text: string;
  readonly encoding: Encoding;
  readonly findings: readonly Finding[];
}

export interface CheckEditorial {
  /** Engine options for a draft file. */
  readonly fileOptions: AnalyseOptions;
  /** The issue `ref` names when `ref` is not a path to an existing file, or null. */
  issue(ref: string): Promise<CheckedIssue | null>;
  /** The regex rules stopped so far for running too long (off for the rest of the check). */
  stopped(): readonly { readonly id: string; readonly find: string; readonly ms: number }[];
  close(): Promise<void>;
}

/** The editorial context of a check, or null when neither option is given. */
export async function openCheckEditorial(
  options: EditorialCheckOptions,
): Promise<CheckEditorial | null> {
  if (options.rules === undefined && options.workspace === undefined) return null;
  const rules = options.rules === undefined ? undefined : await rulesFrom(options.rules);
  const stoppedOf = (compiled: CompiledRules | undefined) => () =>
    (compiled?.replacements.stopped ?? []).map(({ rule, ms }) => ({
      id: rule.id,
      find: rule.find,
      ms,
    }));
  if (options.workspace === undefined) {
    return {
      fileOptions: { rules },
      issue: async () => null,
      stopped: stoppedOf(rules),
      close: async () => undefined,
    };
  }
  let services: Services;
  try {
    services = createServices(await openWorkspace(resolve(options.workspace), { mode: 'read' }));
    await services.archive.refresh(); // in memory: a read-only open writes nothing
  } catch (error) {
    if (error instanceof WorkspaceError) throw new UsageError(error.message);
    throw error;
  }
  const compiled = rules ?? services.rules.compiled();
  return {
    fileOptions: { rules: compiled, archive: services.archive.lookup() },
    issue: (ref) => checkIssue(services, ref, compiled),
    stopped: stoppedOf(compiled),
    close: () => services.workspace.close(),
  };
}

async function rulesFrom(path: string): Promise<CompiledRules> {
  try {
    const parsed = await readRuleFile(path);
    return compileRules(
      { ...parsed.list, starter: parsed.starter ?? true },
      { engine: createBudgetedRegexEngine() },
    );
  } catch (error) {
    if (error instanceof WorkspaceError) throw new UsageError(`--rules: ${error.message}`);
    throw error;
  }
}

async function checkIssue(
  services: Services,
  ref: string,
  rules: CompiledRules,
): Promise<CheckedIssue | null> {
  if (await isFile(ref)) return null;
  let issueId: string;
  try {
    issueId = services.workspace.resolveIssue(ref).id;
  } catch (error) {
    if (error instanceof WorkspaceError) return null; // not an issue: report it as a file
    throw error;
  }
  const { text } = await services.issues.read(issueId);
  const rejected = new Set(
    Object.entries(services.issues.decisions(issueId))
      .filter(([, decision]) => decision === 'rejected')
      .map(([id]) => id),
  );
  const options: AnalyseOptions = {
    ...analyseOptionsOf(services.workspace),
    ...engineLexicons(),
    rules,
    archive: services.archive.lookup(issueId),
    ocrConfidence: await services.issues.ocrConfidence(issueId, text),
  };
  const { findings } = analyseText(text, options);
  return { text, encoding: 'utf-8', findings: findings.filter((f) => !rejected.has(f.id)) };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

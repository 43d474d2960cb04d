/**
 * Handlers of the editorial channels (`rules.*`, `archive.*`): thin, like the others. Rule
 * problems come back as sentences per form field (not as failures: the editor fixes the form);
 * rule files are read and written only at paths chosen in a native dialog.
 */
import { basename, extname } from 'node:path';
import type { ArchiveService } from '../archive/archive-service';
import { readArchiveSource } from '../app/archive-source';
import type { Platform } from '../app/platform';
import { fileProblemLine, ruleProblemViews } from '../app/rule-problems';
import { RulesError } from '../rules/errors';
import type { RuleService } from '../rules/rule-service';
import type { IssueService } from '../services/issue-service';
import type { WorkspaceRepository } from '../workspace/repository';
import type { BoilerplateView, RulesView } from '../../shared/editorial';
import type { BoilerplateEntry } from '../archive/boilerplate';
import type { Handlers } from './dispatch';
import { UserError } from './errors';

/** The services behind the editorial channels. */
export interface EditorialDeps {
  readonly rules: RuleService;
  readonly archive: ArchiveService;
}

/** The editorial channels. */
export type EditorialChannel = Extract<keyof Handlers, `rules.${string}` | `archive.${string}`>;

/** Hits a rule test returns at most (the rule engine's preview limit). */
export const PREVIEW_LIMIT = 1000;

/** Problems of a rule file listed in the sentence at most. */
const SHOWN_FILE_PROBLEMS = 5;

/** The editorial channels' handlers over the workspace's rules and archive. */
export function createEditorialHandlers({
  rules,
  archive,
  issues,
  platform,
  repository,
}: EditorialDeps & {
  readonly issues: IssueService;
  readonly platform: Platform;
  readonly repository: WorkspaceRepository;
}): Pick<Handlers, EditorialChannel> {
  const view = (): RulesView => ({
    list: rules.list(),
    starterFormulations: rules.starterFormulations(),
    damaged: (rules.damage()?.problems ?? []).map((p) => ({
      field: '',
      message: fileProblemLine(p),
    })),
    writable: repository.writable,
  });

  return {
    'rules.list': () => view(),
    'rules.save': async ({ kind, id, rule }) => {
      if (id !== undefined && !entriesOf(rules, kind).some((e) => e.id === id)) {
        throw missingRule();
      }
      try {
        const entry =
          id === undefined ? await rules.add(kind, rule) : await rules.update(kind, id, rule);
        return { saved: true, entry, rules: view() };
      } catch (error) {
        if (!(error instanceof RulesError)) throw error;
        return { saved: false, problems: ruleProblemViews(kind, error.problems, rule) };
      }
    },
    'rules.delete': async ({ kind, id }) => {
      if (!(await rules.remove(kind, id))) throw missingRule();
      return view();
    },
    'rules.setStarter': async ({ on }) => {
      await rules.setStarter(on);
      return view();
    },
    'rules.test': async ({ kind, rule, issueId, text }) => {
      const subject = issueId !== undefined ? (await issues.read(issueId)).text : (text ?? '');
      try {
        const hits = rules.test(kind, rule, subject);
        return {
          valid: true,
          hits,
          truncated: hits.length >= PREVIEW_LIMIT,
          length: subject.length,
        };
      } catch (error) {
        if (!(error instanceof RulesError)) throw error;
        return { valid: false, problems: ruleProblemViews(kind, error.problems, rule) };
      }
    },
    'rules.import': async ({ mode }) => {
      const path = await platform.chooseRulesFile();
      if (path === null) return null;
      const name = basename(path);
      const outcome = await rules
        .importFile(path, { mode })
        .catch((error: unknown) => Promise.reject(ruleFileFailure(error, name)));
      const { added, updated, removed } = outcome;
      return { file: name, mode: outcome.mode, added, updated, removed, rules: view() };
    },
    'rules.export': async ({ format }) => {
      const chosen = await platform.chooseRulesExportFile(format);
      if (chosen === null) return null;
      const path = extname(chosen).toLowerCase() === `.${format}` ? chosen : `${chosen}.${format}`;
      await rules.exportFile(path, format).catch((error: unknown) => {
        throw writeFailure(error, basename(path));
      });
      const list = rules.list();
      const entries = list.replacements.length + list.protected.length + list.formulations.length;
      return { path, format, entries };
    },
    'rules.stop': async ({ id, ms }) => {
      if (!(await rules.stopRule(id, ms))) throw missingRule();
      return view();
    },
    'archive.source': ({ issueId, versionId, paragraph }) =>
      readArchiveSource(issues, issueId, versionId, paragraph),
    'archive.markBoilerplate': async (request) => {
      const what =
        'text' in request
          ? { text: request.text }
          : { issue: request.issueId, paragraph: request.paragraph };
      try {
        return toBoilerplateView(await archive.markBoilerplate(what, request.note ?? ''));
      } catch (error) {
        if (isWorkspaceError(error, 'invalid-input')) {
          throw new UserError(
            'not-a-paragraph',
            '只能把一个足够长的段落标为固定内容（如报头、天气预报、常设栏目）。',
            'Only a single paragraph long enough to compare across issues can be marked as boilerplate.',
          );
        }
        throw error;
      }
    },
    'archive.boilerplate': () => archive.boilerplate().map(toBoilerplateView),
    'archive.unmarkBoilerplate': async ({ id }) => ({
      removed: await archive.unmarkBoilerplate(id),
    }),
  };
}

function entriesOf(rules: RuleService, kind: 'replacement' | 'protected' | 'formulation') {
  const list = rules.list();
  return kind === 'replacement'
    ? list.replacements
    : kind === 'protected'
      ? list.protected
      : list.formulations;
}

function missingRule(): UserError {
  return new UserError(
    'missing-rule',
    '找不到这条规则，它可能已被删除。',
    'That rule no longer exists; it may have been deleted.',
  );
}

function isWorkspaceError(error: unknown, code: string): boolean {
  return (
    error instanceof Error &&
    (error.name === 'WorkspaceError' || error.name === 'RulesError') &&
    (error as Error & { code?: unknown }).code === code
  );
}

/** A rule file that cannot be imported, as a sentence naming the file and its first problems. */
function ruleFileFailure(error: unknown, name: string): unknown {
  if (!(error instanceof RulesError)) return error;
  const lines = error.problems.slice(0, SHOWN_FILE_PROBLEMS).map(fileProblemLine);
  const more = error.problems.length - lines.length;
  if (lines.length === 0) {
    return new UserError(
      'bad-rule-file',
      `无法导入规则文件“${name}”：请使用 UTF-8 编码的 .csv 或 .json 文件。`,
      error.message,
    );
  }
  const zh =
    `规则文件“${name}”有 ${error.problems.length} 处问题，未导入任何规则：` +
    lines.map((l) => l['zh-CN']).join('；') +
    (more > 0 ? `；另有 ${more} 处。` : '。');
  const en =
    `The rule file "${name}" has ${error.problems.length} problem(s); nothing was imported: ` +
    lines.map((l) => l.en).join('; ') +
    (more > 0 ? `; and ${more} more.` : '.');
  return new UserError('bad-rule-file', zh, en);
}

function writeFailure(error: unknown, name: string): unknown {
  if (!(error instanceof Error) || !('code' in error) || error.name === 'RulesError') return error;
  const code = String((error as NodeJS.ErrnoException).code);
  return new UserError(
    'write-failed',
    `无法写入“${name}”（${code}）：请换一个位置或文件名。`,
    `Cannot write "${name}" (${code}): choose another place or name.`,
  );
}

function toBoilerplateView(entry: BoilerplateEntry): BoilerplateView {
  return { id: entry.id, sample: entry.sample, note: entry.note, created: entry.created };
}

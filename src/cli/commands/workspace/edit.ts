/**
 * `galley edit ISSUE --title … --publication … --date … --edition …` changes an issue's details.
 * Each change is kept in the issue's details history (`--history` lists it); nothing is lost.
 */
import type { Command } from 'commander';
import type { IssuePatch } from '../../../main/workspace/index';
import { EXIT, UsageError } from '../../errors';
import {
  printJson,
  printLines,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

interface EditOptions extends WorkspaceOptions {
  readonly title?: string;
  readonly publication?: string;
  readonly date?: string;
  readonly edition?: string;
  readonly author?: string;
  readonly history?: boolean;
}

const FIELDS = ['title', 'publication', 'date', 'edition'] as const;

export function registerEdit(program: Command): void {
  workspaceOptions(
    program
      .command('edit')
      .description("change an issue's title, publication, date or edition (each change is kept)")
      .argument('<issue>', 'issue id or unique prefix')
      .option('--title <title>', "the issue's title")
      .option('--publication <name>', 'the publication (衡阳日报)')
      .option('--date <YYYY-MM-DD>', 'the issue date ("" for unknown)')
      .option('--edition <label>', 'the edition or page as printed (第3版, A1)')
      .option('--author <name>', 'who changed them (default: the settings or the user name)')
      .option('--history', 'list every state of the details, the imported ones first'),
  ).action(async (ref: string, options: EditOptions) => {
    const patch: IssuePatch = Object.fromEntries(
      FIELDS.filter((field) => options[field] !== undefined).map((f) => [f, options[f]]),
    );
    if (Object.keys(patch).length === 0 && !options.history) {
      throw new UsageError('give --title, --publication, --date or --edition (or --history)');
    }
    const mode = Object.keys(patch).length > 0 ? 'write' : 'read';
    process.exitCode = await withServices(options, mode, async ({ issues }) => {
      const issue =
        mode === 'write'
          ? await issues.editDetails(ref, patch, { author: options.author })
          : issues.issue(ref);
      const history = options.history ? await issues.detailsHistory(issue.id) : undefined;
      if (options.json) {
        printJson({ issue, ...(history && { history }) });
        return EXIT.ok;
      }
      const lines = [
        `${issue.id}: ${issue.title} · ${issue.publication || '-'} · ${issue.date || '-'} · ${issue.edition || '-'}`,
      ];
      for (const entry of history ?? []) {
        lines.push(
          `  ${entry.changed} ${entry.author || '-'}: ${entry.title} · ${entry.publication || '-'} · ${entry.date || '-'} · ${entry.edition || '-'}`,
        );
      }
      printLines(lines);
      return EXIT.ok;
    });
  });
}

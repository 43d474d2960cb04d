/** `galley issues [--all | --trashed]`: the issues in the workspace, oldest first. */
import type { Command } from 'commander';
import { EXIT } from '../../errors';
import {
  printJson,
  printLines,
  shortTime,
  table,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

interface IssuesOptions extends WorkspaceOptions {
  readonly all?: boolean;
  readonly trashed?: boolean;
}

export function registerIssues(program: Command): void {
  workspaceOptions(
    program
      .command('issues')
      .description('list the issues in the workspace')
      .option('--all', 'include the issues in the trash')
      .option('--trashed', 'list only the issues in the trash'),
  ).action(async (options: IssuesOptions) => {
    process.exitCode = await withServices(options, 'read', async ({ issues }) => {
      const list = issues
        .list({ includeTrashed: options.all || options.trashed })
        .filter((o) => !options.trashed || o.issue.trashed !== null);
      if (options.json) {
        printJson({ issues: list });
        return EXIT.ok;
      }
      if (list.length === 0) {
        process.stderr.write('galley: no issues; add one with `galley import FILE`\n');
        return EXIT.ok;
      }
      printLines(
        table([
          ['ID', 'DATE', 'PUBLICATION', 'VERSIONS', 'STATUS', 'LAST EDIT', 'TITLE'],
          ...list.map((o) => [
            o.issue.id,
            o.issue.date || '-',
            o.issue.publication || '-',
            String(o.versionCount),
            o.issue.trashed ? 'trashed' : o.status,
            shortTime(o.head.created),
            o.issue.title,
          ]),
        ]),
      );
      return EXIT.ok;
    });
  });
}

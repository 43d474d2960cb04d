/** `galley versions ISSUE`: an issue's versions, number 1 (imported) first. */
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

export function registerVersions(program: Command): void {
  workspaceOptions(
    program
      .command('versions')
      .description("list an issue's versions")
      .argument('<issue>', 'issue id or unique prefix'),
  ).action(async (ref: string, options: WorkspaceOptions) => {
    process.exitCode = await withServices(options, 'read', async ({ issues }) => {
      const issue = issues.issue(ref);
      const versions = issues.versions(issue.id);
      if (options.json) {
        printJson({ issue, versions });
        return EXIT.ok;
      }
      printLines(
        table([
          ['V', 'ID', 'CREATED', 'ORIGIN', 'AUTHOR', 'BYTES', 'FINDINGS', 'MESSAGE'],
          ...versions.map((v) => [
            String(v.number),
            v.id,
            shortTime(v.created),
            v.origin,
            v.author,
            String(v.size),
            String(v.findings),
            v.message,
          ]),
        ]),
      );
      return EXIT.ok;
    });
  });
}

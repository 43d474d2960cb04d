/** `galley untrash ISSUE`: bring an issue back from the trash. */
import type { Command } from 'commander';
import { EXIT } from '../../errors';
import {
  printJson,
  printLines,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

export function registerUntrash(program: Command): void {
  workspaceOptions(
    program
      .command('untrash')
      .description('bring an issue back from the trash')
      .argument('<issue>', 'issue id or unique prefix (see `galley issues --trashed`)'),
  ).action(async (ref: string, options: WorkspaceOptions) => {
    process.exitCode = await withServices(options, 'write', async ({ issues }) => {
      const issue = await issues.untrash(ref);
      if (options.json) printJson({ issue });
      else printLines([`restored ${issue.id} (${issue.title}) from the trash`]);
      return EXIT.ok;
    });
  });
}

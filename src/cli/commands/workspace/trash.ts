/** `galley trash ISSUE`: move an issue to the trash (every version is kept). */
import type { Command } from 'commander';
import { EXIT } from '../../errors';
import {
  printJson,
  printLines,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

export function registerTrash(program: Command): void {
  workspaceOptions(
    program
      .command('trash')
      .description('move an issue to the trash (undo with `galley untrash`)')
      .argument('<issue>', 'issue id or unique prefix'),
  ).action(async (ref: string, options: WorkspaceOptions) => {
    process.exitCode = await withServices(options, 'write', async ({ issues }) => {
      const issue = await issues.trash(ref);
      if (options.json) printJson({ issue });
      else printLines([`moved ${issue.id} (${issue.title}) to the trash`]);
      return EXIT.ok;
    });
  });
}

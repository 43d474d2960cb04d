/** `galley restore ISSUE V`: a new version with the text of version V (nothing is rewritten). */
import type { Command } from 'commander';
import { EXIT } from '../../errors';
import {
  printJson,
  printLines,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

interface RestoreOptions extends WorkspaceOptions {
  readonly author?: string;
}

export function registerRestore(program: Command): void {
  workspaceOptions(
    program
      .command('restore')
      .description('add a new version with the text of an earlier one')
      .argument('<issue>', 'issue id or unique prefix')
      .argument('<version>', 'version number (1 = imported) or id')
      .option('--author <name>', 'who restored (default: the settings or the user name)'),
  ).action(async (ref: string, versionRef: string, options: RestoreOptions) => {
    process.exitCode = await withServices(options, 'write', async ({ issues }) => {
      const version = await issues.restore(ref, versionRef, { author: options.author });
      if (options.json) printJson({ version });
      else
        printLines([`restored as version ${version.number} (${version.id}): ${version.message}`]);
      return EXIT.ok;
    });
  });
}

/**
 * `galley save ISSUE FILE -m MSG [--author A] [--encoding ENC]`: the file's text becomes a new
 * version (nothing is added when it equals the latest version).
 */
import type { Command } from 'commander';
import { EXIT } from '../../errors';
import { encodingOption } from '../../options';
import {
  printJson,
  printLines,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

interface SaveOptions extends WorkspaceOptions {
  readonly message: string;
  readonly author?: string;
  readonly encoding?: string;
}

export function registerSave(program: Command): void {
  workspaceOptions(
    program
      .command('save')
      .description("save a file's text as a new version of an issue")
      .argument('<issue>', 'issue id or unique prefix')
      .argument('<file>', 'the edited text (txt in any encoding Galley reads, or docx)')
      .requiredOption('-m, --message <msg>', 'what changed')
      .option('--author <name>', 'who edited (default: the settings or the user name)')
      .option('--encoding <enc>', 'force the encoding of a .txt file'),
  ).action(async (ref: string, file: string, options: SaveOptions) => {
    encodingOption(options.encoding);
    process.exitCode = await withServices(options, 'write', async ({ issues }) => {
      const outcome = await issues.saveFile(ref, file, {
        message: options.message,
        author: options.author,
        encoding: options.encoding,
      });
      if (options.json) printJson(outcome);
      else if (outcome.unchanged) {
        printLines([`unchanged: the text equals version ${outcome.version.number}`]);
      } else printLines([`saved version ${outcome.version.number} (${outcome.version.id})`]);
      return EXIT.ok;
    });
  });
}

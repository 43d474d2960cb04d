/**
 * `galley show ISSUE [--version V]`: a version's text (default: the latest) on stdout, byte for
 * byte as stored.
 */
import type { Command } from 'commander';
import { EXIT } from '../../errors';
import { forStream } from '../../terminal';
import { printJson, withServices, workspaceOptions, type WorkspaceOptions } from './common';

interface ShowOptions extends WorkspaceOptions {
  readonly version?: string;
}

export function registerShow(program: Command): void {
  workspaceOptions(
    program
      .command('show')
      .description("print a version's text")
      .argument('<issue>', 'issue id or unique prefix')
      .option('--version <v>', 'version number (1 = imported) or id; default the latest'),
  ).action(async (ref: string, options: ShowOptions) => {
    process.exitCode = await withServices(options, 'read', async ({ issues }) => {
      const { issue, version, text } = await issues.read(ref, options.version);
      if (options.json) printJson({ issue, version, text });
      // Exactly the stored text (no newline added), so `show | save` round-trips.
      // (on a terminal, control characters are shown escaped instead of acted on).
      else process.stdout.write(forStream(text, process.stdout));
      return EXIT.ok;
    });
  });
}

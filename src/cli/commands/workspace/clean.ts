/**
 * `galley clean ISSUE [--author A]`: a new version of an issue with every safe finding the
 * editor has not rejected applied; the applied findings are recorded as accepted decisions.
 *
 * `galley clean FILE... -o OUT` (the engine's file mode, src/cli/commands/clean.ts) shares the
 * name. One command serves both: with -o, or when the argument is an existing file, it cleans
 * files; otherwise the argument names an issue. `adoptCleanCommand` teaches the file command
 * the workspace options, and its action asks `cleanIssueIfNamed` first.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../../errors';
import {
  printJson,
  printLines,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

interface CleanIssueOptions extends WorkspaceOptions {
  readonly output?: string;
  readonly inPlace?: boolean;
  readonly author?: string;
}

/**
 * Cleans the issue named by `args` when the command line means an issue (no -o, one argument
 * that is not an existing file) and returns true (process.exitCode is set); returns false for
 * file mode. Throws UsageError for files without -o.
 */
export async function cleanIssueIfNamed(
  args: readonly string[],
  options: CleanIssueOptions,
): Promise<boolean> {
  if (options.output !== undefined || options.inPlace) return false;
  if (args.length !== 1 || existsSync(args[0])) {
    throw new UsageError(
      'cleaning files needs -o OUT (or --in-place); to clean an issue of the workspace, give its id alone',
    );
  }
  process.exitCode = await cleanIssue(args[0], options);
  return true;
}

/** Runs `galley clean ISSUE`; returns the exit code. */
export function cleanIssue(ref: string, options: CleanIssueOptions): Promise<number> {
  return withServices(options, 'write', async ({ issues }) => {
    const outcome = await issues.clean(ref, { author: options.author });
    if (options.json) {
      printJson({
        version: outcome.version,
        unchanged: outcome.unchanged,
        applied: outcome.applied.map((f) => ({ id: f.id, kind: f.kind })),
      });
    } else if (outcome.unchanged) {
      printLines([`nothing to clean: version ${outcome.version.number} has no open safe finding`]);
    } else {
      printLines([
        `saved version ${outcome.version.number} (${outcome.version.id}): ${outcome.version.message}`,
      ]);
    }
    return EXIT.ok;
  });
}

/**
 * Makes the engine's `clean` command serve issues too: -o becomes optional and the workspace
 * options are added. Its action must call `cleanIssueIfNamed` first.
 */
export function adoptCleanCommand(command: Command): void {
  const output = command.options.find((option) => option.long === '--output');
  if (output) output.mandatory = false;
  workspaceOptions(command).option(
    '--author <name>',
    'issue mode: who cleaned (default: the settings or the user name)',
  );
  command.usage('[options] <files...> -o <out>  |  [options] <issue>');
  command.description(
    `${command.description()}; or, with an issue id instead of files and no -o, add a cleaned version of that issue to the workspace`,
  );
}

/** Registers `clean ISSUE` alone, for a program without the engine's file command. */
export function registerCleanIssue(program: Command): void {
  workspaceOptions(
    program
      .command('clean')
      .description('add a version of an issue with every safe fix applied')
      .argument('<issue>', 'issue id or unique prefix')
      .option('--author <name>', 'who cleaned (default: the settings or the user name)'),
  ).action(async (ref: string, options: CleanIssueOptions) => {
    process.exitCode = await cleanIssue(ref, options);
  });
}

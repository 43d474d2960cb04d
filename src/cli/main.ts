/**
 * The `galley` command line. Each command lives in its own file under ./commands and is
 * registered here, one line each.
 *
 * Exit codes: 0 all went well, 1 some file failed (the others were still processed), 2 the
 * command line was wrong.
 */
import { Command, CommanderError } from 'commander';
import { registerArchive } from './commands/archive';
import { registerCheck } from './commands/check';
import { registerClean } from './commands/clean';
import { registerRules } from './commands/rules';
import { registerWorkspaceCommands } from './commands/workspace/register';
import { EXIT, UsageError } from './errors';
import { terminalLine, terminalText } from './terminal';

/** Builds the program with every command registered. Parsing is the caller's. */
export function buildProgram(): Command {
  const program = new Command('galley')
    .description('Galley (校样台): find and fix OCR defects in newspaper issue drafts')
    .showHelpAfterError();
  registerCheck(program);
  registerClean(program);
  registerWorkspaceCommands(program);
  registerRules(program);
  registerArchive(program);
  overrideExits(program);
  return program;
}

/** Makes commander throw instead of exiting, on every command however it was added. */
function overrideExits(command: Command): void {
  command.exitOverride();
  for (const sub of command.commands) overrideExits(sub);
}

/** Runs the CLI on `argv` (as in process.argv) and returns the exit code; never throws. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      process.stderr.write(`galley: ${terminalLine(error.message)}\n`);
      return EXIT.usage;
    }
    process.stderr.write(
      `galley: ${terminalText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    return EXIT.fileFailed;
  }
}

// `npm run galley -- …` runs in the package folder; relative paths mean the caller's folder.
if (process.env.npm_lifecycle_event === 'galley' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}
process.exitCode = await runCli(process.argv);

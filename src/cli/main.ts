/**
 * The `galley` command line. Each command lives in its own file under ./commands and is
 * registered here, one line each.
 */
import { Command } from 'commander';

export function buildProgram(): Command {
  const program = new Command('galley')
    .description('Galley (校样台): find and fix OCR defects in newspaper issue drafts')
    .showHelpAfterError();
  return program;
}

await buildProgram().parseAsync(process.argv);

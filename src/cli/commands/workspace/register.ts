/**
 * Registers the workspace commands: import, issues, versions, show, save, clean ISSUE, diff,
 * export, restore, trash, untrash, edit. Call after the engine's commands (see clean.ts).
 */
import type { Command } from 'commander';
import { adoptCleanCommand, registerCleanIssue } from './clean';
import { registerDiff } from './diff';
import { registerEdit } from './edit';
import { registerExport } from './export';
import { registerImport } from './import';
import { registerIssues } from './issues';
import { registerRestore } from './restore';
import { registerSave } from './save';
import { registerShow } from './show';
import { registerTrash, registerUntrash } from './trash';

import { registerVersions } from './versions';

export function registerWorkspaceCommands(program: Command): void {
  registerImport(program);
  registerIssues(program);
  registerVersions(program);
  registerShow(program);
  registerSave(program);
  const fileClean = program.commands.find((command) => command.name() === 'clean');
  if (fileClean) adoptCleanCommand(fileClean);
  else registerCleanIssue(program);
  registerDiff(program);
  registerExport(program);
  registerRestore(program);
  registerTrash(program);
  registerUntrash(program);
  registerEdit(program);
}

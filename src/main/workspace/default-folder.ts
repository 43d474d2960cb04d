/**
 * The one default workspace folder, shared by the app and the CLI, so that an issue imported
 * with `galley import` shows in the app's library and the other way round.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `$GALLEY_WORKSPACE` when it is set and not blank (resolved against the current folder), else
 * `~/.galley/workspace`. An empty variable never makes the current folder the workspace.
 */
export function defaultWorkspaceFolder(
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = homedir(),
): string {
  const given = env.GALLEY_WORKSPACE;
  if (given !== undefined && given.trim() !== '') return resolve(given);
  return join(home, '.galley', 'workspace');
}

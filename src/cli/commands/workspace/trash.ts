/**
 * `galley trash ISSUE` moves an issue to the trash (every version is kept); `galley untrash
 * ISSUE` brings it back. One command shape, two directions.
 */
import type { Command } from 'commander';
import { EXIT } from '../../errors';
import {
  printJson,
  printLines,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

const DIRECTIONS = {
  trash: {
    description: 'move an issue to the trash (undo with `galley untrash`)',
    argument: 'issue id or unique prefix',
    done: 'moved {issue} to the trash',
  },
  untrash: {
    description: 'bring an issue back from the trash',
    argument: 'issue id or unique prefix (see `galley issues --trashed`)',
    done: 'restored {issue} from the trash',
  },
} as const;

function registerDirection(program: Command, name: keyof typeof DIRECTIONS): void {
  const direction = DIRECTIONS[name];
  workspaceOptions(
    program
      .command(name)
      .description(direction.description)
      .argument('<issue>', direction.argument),
  ).action(async (ref: string, options: WorkspaceOptions) => {
    process.exitCode = await withServices(options, 'write', async ({ issues }) => {
      const issue = await (name === 'trash' ? issues.trash(ref) : issues.untrash(ref));
      if (options.json) printJson({ issue });
      else printLines([direction.done.replace('{issue}', `${issue.id} (${issue.title})`)]);
      return EXIT.ok;
    });
  });
}

export function registerTrash(program: Command): void {
  registerDirection(program, 'trash');
}

export function registerUntrash(program: Command): void {
  registerDirection(program, 'untrash');
}

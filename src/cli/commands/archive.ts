/**
 * `galley archive`: the workspace's archive index (repeats across issues).
 *
 *   galley archive status [--json]                refresh it (rebuilt if missing) and show its size
 *   galley archive mark ISSUE PARAGRAPH [--note N] mark a paragraph (1-based) as boilerplate
 *   galley archive mark --text TEXT [--note N]    mark a paragraph given as text
 *   galley archive marks [--json]                 list the boilerplate marks
 *   galley archive unmark ID                      remove a mark
 */
import type { Command } from 'commander';
import { EXIT, UsageError } from '../errors';
import {
  printJson,
  printLines,
  printNotice,
  table,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './workspace/common';

interface MarkOptions extends WorkspaceOptions {
  readonly text?: string;
  readonly note?: string;
}

/** Registers `archive` and its subcommands on `program`. */
export function registerArchive(program: Command): void {
  const archive = program
    .command('archive')
    .description('the archive index of the workspace (repeats across issues)');

  workspaceOptions(
    archive
      .command('status')
      .description('bring the archive index up to date (rebuilt if missing) and show its size'),
  ).action(async (options: WorkspaceOptions) => {
    process.exitCode = await withServices(options, 'write', async ({ archive: service }) => {
      const refreshed = await service.refresh();
      const stats = service.stats();
      if (options.json) {
        printJson({ ...stats, refreshed });
        return EXIT.ok;
      }
      printLines([
        `${stats.issues} issues, ${stats.paragraphs} paragraphs indexed; ${stats.bytes} bytes on disk (${stats.bytesPerIssue} per issue); ${stats.boilerplate} boilerplate marks.`,
        refreshed.fingerprinted > 0
          ? `${refreshed.rebuilt ? 'Rebuilt' : 'Updated'}: ${refreshed.fingerprinted} issues fingerprinted.`
          : 'Up to date.',
        ...refreshed.damage.map((d) => `Repaired: ${d}`),
      ]);
      return EXIT.ok;
    });
  });

  workspaceOptions(
    archive
      .command('mark')
      .description('mark a paragraph as boilerplate (never flagged as a repeat again)')
      .argument('[issue]', 'the issue (id or unique prefix)')
      .argument('[paragraph]', 'the paragraph number in its latest version, from 1')
      .option('--text <text>', 'the paragraph as text, instead of ISSUE PARAGRAPH')
      .option('--note <note>', 'why it repeats (e.g. "weather box")', ''),
  ).action(
    async (issue: string | undefined, paragraph: string | undefined, options: MarkOptions) => {
      const what = markTarget(issue, paragraph, options.text);
      process.exitCode = await withServices(options, 'write', async ({ archive: service }) => {
        const mark = await service.markBoilerplate(what, options.note ?? '');
        if (options.json) printJson({ mark });
        else printLines([`Marked ${mark.id}: ${mark.sample}`]);
        return EXIT.ok;
      });
    },
  );

  workspaceOptions(archive.command('marks').description('list the boilerplate marks')).action(
    async (options: WorkspaceOptions) => {
      process.exitCode = await withServices(options, 'read', async ({ archive: service }) => {
        const marks = service.boilerplate();
        if (options.json) printJson({ marks });
        else if (marks.length === 0) process.stderr.write('galley: no boilerplate marks\n');
        else
          printLines(
            table([['ID', 'NOTE', 'TEXT'], ...marks.map((m) => [m.id, m.note, m.sample])]),
          );
        return EXIT.ok;
      });
    },
  );

  workspaceOptions(
    archive
      .command('unmark')
      .description('remove a boilerplate mark')
      .argument('<id>', 'the mark’s id (see `galley archive marks`)'),
  ).action(async (id: string, options: WorkspaceOptions) => {
    process.exitCode = await withServices(options, 'write', async ({ archive: service }) => {
      const removed = await service.unmarkBoilerplate(id);
      if (!removed) {
        printNotice(`no boilerplate mark has the id ${id}`);
        return EXIT.fileFailed;
      }
      if (options.json) printJson({ removed: id });
      return EXIT.ok;
    });
  });
}

function markTarget(
  issue: string | undefined,
  paragraph: string | undefined,
  text: string | undefined,
): { text: string } | { issue: string; paragraph: number } {
  if (text !== undefined) {
    if (issue !== undefined)
      throw new UsageError('give either --text or ISSUE PARAGRAPH, not both');
    return { text };
  }
  const n = Number(paragraph);
  if (issue === undefined || paragraph === undefined || !Number.isInteger(n) || n < 1) {
    throw new UsageError('give ISSUE PARAGRAPH (a paragraph number from 1) or --text TEXT');
  }
  return { issue, paragraph: n - 1 };
}

/**
 * `galley export ISSUE [--version V] --format F -o OUT`: write a version (default: the
 * latest) as txt, md, html, docx (tracked changes against the imported version), json, or the
 * correction report (report-html, report-csv).
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../../main/export/index';
import { EXIT, UsageError } from '../../errors';
import { writeOutputFile } from '../../../main/export/write-output';
import { localeOption } from '../../options';
import {
  printJson,
  printLines,
  refuseInsideWorkspace,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

interface ExportOptions extends WorkspaceOptions {
  readonly version?: string;
  readonly format: string;
  readonly output: string;
  readonly lang?: string;
  readonly author?: string;
}

export function registerExport(program: Command): void {
  workspaceOptions(
    program
      .command('export')
      .description('write a version of an issue in another format')
      .argument('<issue>', 'issue id or unique prefix')
      .option('--version <v>', 'version number (1 = imported) or id; default the latest')
      .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
      .requiredOption('-o, --output <out>', 'the file to write')
      .option('--lang <lang>', "language of the file's own words: zh-CN or en", 'zh-CN')
      .option('--author <name>', 'author of the .docx tracked changes (default "Galley")'),
  ).action(async (ref: string, options: ExportOptions) => {
    const format = formatOption(options.format);
    const locale = localeOption(options.lang);
    await refuseInsideWorkspace(options.output, options);
    process.exitCode = await withServices(options, 'read', async ({ outputs }) => {
      const exported = await outputs.export(ref, options.version, format, {
        locale,
        author: options.author,
      });
      const output = resolve(options.output);
      await writeOutputFile(output, exported.bytes);
      if (options.json) {
        printJson({
          issue: exported.issue,
          version: exported.version,
          format,
          output,
          bytes: exported.bytes.byteLength,
        });
      } else {
        printLines([
          `wrote version ${exported.version.number} of ${exported.issue.id} as ${format} to ${output}`,
        ]);
      }
      return EXIT.ok;
    });
  });
}

function formatOption(value: string): ExportFormat {
  const found = EXPORT_FORMATS.find((f) => f === value.trim().toLowerCase());
  if (!found) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${value}"`);
  }
  return found;
}

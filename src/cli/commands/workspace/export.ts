/**
 * `galley export ISSUE [--version V] --format F -o OUT`: write a version (default: the
 * latest) as txt, md, html, docx (tracked changes against the imported version), json, or the
 * correction report (report-html, report-csv), or back into the issue's own ALTO, PAGE-XML or
 * hOCR file (alto, page, hocr) with every coordinate kept.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../../main/export/index';
import { OCR_EXPORT_FORMATS, type OcrExportFormat } from '../../../main/export/ocr/index';
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
      .requiredOption('--format <format>', [...EXPORT_FORMATS, ...OCR_EXPORT_FORMATS].join(' | '))
      .requiredOption('-o, --output <out>', 'the file to write')
      .option('--lang <lang>', "language of the file's own words: zh-CN or en", 'zh-CN')
      .option(
        '--author <name>',
        'author of the .docx tracked changes (default: the settings or the user name, as versions)',
      ),
  ).action(async (ref: string, options: ExportOptions) => {
    const ocr = OCR_EXPORT_FORMATS.find((f) => f === options.format.trim().toLowerCase());
    await refuseInsideWorkspace(options.output, options);
    if (ocr) {
      process.exitCode = await exportBack(ref, ocr, options);
      return;
    }
    const format = formatOption(options.format);
    const locale = localeOption(options.lang);
    process.exitCode = await withServices(options, 'read', async ({ outputs, issues }) => {
      const exported = await outputs.export(ref, options.version, format, {
        locale,
        author: issues.authorName(options.author),
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
    const all = [...EXPORT_FORMATS, ...OCR_EXPORT_FORMATS].join(', ');
    throw new UsageError(`--format must be one of ${all}, not "${value}"`);
  }
  return found;
}

/** alto | page | hocr: the version written back into the issue's original OCR file. */
function exportBack(ref: string, format: OcrExportFormat, options: ExportOptions): Promise<number> {
  return withServices(options, 'read', async ({ pages }) => {
    const exported = await pages.exportOcr(ref, options.version, format);
    const output = resolve(options.output);
    await writeOutputFile(output, exported.bytes);
    if (options.json) {
      printJson({
        issue: ref,
        version: exported.versionNumber,
        format,
        output,
        bytes: exported.bytes.byteLength,
      });
    } else {
      printLines([
        `wrote version ${exported.versionNumber} of ${ref} back into ${format} to ${output}`,
      ]);
    }
    return EXIT.ok;
  });
}

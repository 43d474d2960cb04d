/**
 * `galley import FILE... [--publication P] [--date YYYY-MM-DD] [--encoding ENC] [--author A]
 * [--image SCAN]`: each draft becomes a new issue whose version 1 is the imported text; an OCR
 * draft keeps its coordinates and its scan (given, or found beside it by the name it gives). A file that cannot be
 * imported is reported and creates nothing; the others are still imported (exit code 1).
 */
import type { Command } from 'commander';
import { isCalendarDate } from '../../../main/services/issue-metadata';
import { EXIT, fileErrorLine, UsageError } from '../../errors';
import { encodingOption } from '../../options';
import {
  errorCode,
  isReadable,
  printJson,
  printLines,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

interface ImportOptions extends WorkspaceOptions {
  readonly publication?: string;
  readonly date?: string;
  readonly encoding?: string;
  readonly author?: string;
  readonly image?: string;
}

export function registerImport(program: Command): void {
  workspaceOptions(
    program
      .command('import')
      .description('import drafts (txt, docx, ALTO, PAGE-XML, hOCR) as new issues')
      .argument('<files...>', 'draft files')
      .option('--publication <name>', 'the publication (default: guessed from the file name)')
      .option('--date <YYYY-MM-DD>', 'the issue date (default: found in the file name)')
      .option(
        '--encoding <enc>',
        'force the encoding of .txt drafts: utf-8, utf-16le, utf-16be, gb18030 (gbk), big5…',
      )
      .option('--author <name>', 'who imported (default: the settings or the user name)')
      .option('--image <scan>', 'the page scan of an OCR draft (PNG, JPEG or TIFF)'),
  ).action(async (files: string[], options: ImportOptions) => {
    process.exitCode = await runImport(files, options);
  });
}

async function runImport(files: readonly string[], options: ImportOptions): Promise<number> {
  if (options.date !== undefined && !isCalendarDate(options.date)) {
    throw new UsageError(`--date must be a date as YYYY-MM-DD, not "${options.date}"`);
  }
  encodingOption(options.encoding);
  if (options.image !== undefined && files.length !== 1) {
    throw new UsageError('--image names the scan of one page: import one file with it');
  }
  return withServices(options, 'write', async ({ issues }) => {
    const imported: unknown[] = [];
    const failed: { file: string; code: string; message: string }[] = [];
    for (const file of files) {
      try {
        const { issue, version } = await issues.importFile(file, options);
        imported.push({ file, issue, version });
        if (!options.json) {
          printLines([`${issue.id}  ${issue.date || '----------'}  ${issue.title}  (${file})`]);
        }
      } catch (error) {
        if (!isReadable(error)) throw error;
        failed.push({ file, code: errorCode(error), message: error.message });
        process.stderr.write(fileErrorLine(file, error.message));
      }
    }
    if (options.json) printJson({ imported, failed });
    return failed.length > 0 ? EXIT.fileFailed : EXIT.ok;
  });
}

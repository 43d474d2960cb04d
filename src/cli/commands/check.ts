/**
 * `galley check FILE... [--json] [--encoding ENC] [--lang zh-CN|en] [--rules FILE]
 * [--workspace DIR]`: the findings of each file (with --workspace, an ISSUE id may stand for a
 * file; see check-editorial.ts).
 */
import type { Command } from 'commander';
import { EXIT, fileErrorLine, FileError } from '../errors';
import { encodingOption, localeOption } from '../options';
import { formatFileReport } from '../report/human';
import { JsonReportWriter } from '../report/json';
import { terminalLine } from '../terminal';

/**
 * The most findings of one kind a check lists per file: finding-dense text (24 MB of `好,`
 * paragraphs has 8 million) would otherwise need gigabytes. A real 1 MB issue has about 18,000.
 */
const MAX_FINDINGS_PER_KIND = 100_000;

interface CheckOptions {
  readonly json?: boolean;
  readonly encoding?: string;
  readonly lang?: string;
  readonly rules?: string;
  readonly workspace?: string;
}

/** Registers `check` on `program`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('list the findings of each draft (offsets into the normalized text)')
    .argument('<files...>', 'draft files (txt in UTF-8, UTF-16, GB18030 or Big5)')
    .option('--json', 'print one JSON document {"files":[…]} on stdout')
    .option(
      '--encoding <enc>',
      'force the encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk), big5 (big5-hkscs)',
    )
    .option('--lang <lang>', 'language of the messages: zh-CN or en', 'zh-CN')
    .option('--rules <file>', 'editorial rules from a .csv or .json file')
    .option('--workspace <dir>', 'report repeats of its issues; ISSUE ids check its issues')
    .action(async (files: string[], options: CheckOptions) => {
      process.exitCode = await check(files, options);
    });
}

/** Checks every file in order; returns the exit code. Failed files are reported on stderr. */
async function check(files: readonly string[], options: CheckOptions): Promise<number> {
  const encoding = encodingOption(options.encoding);
  const locale = localeOption(options.lang);
  // Loaded on use, so that `galley --help` and `galley clean` do not pay for the detectors here.
  const { analyseDocumentCapped, createDocument } = await import('../../core/index');
  const { engineLexicons } = await import('../../main/lexicon/engine');
  const { readDraft } = await import('../io/read-draft');
  const editorial = await (await import('./check-editorial')).openCheckEditorial(options);
  const json = options.json ? new JsonReportWriter(process.stdout) : undefined;
  await json?.begin();
  let failed = false;
  let told = 0;
  for (const file of files) {
    try {
      const issue = await editorial?.issue(file);
      const draft = issue ?? (await readDraft(file, encoding));
      const { findings, unlisted } = issue
        ? { findings: issue.findings, unlisted: {} }
        : analyseDocumentCapped(
            createDocument(draft.text),
            {
              ...editorial?.fileOptions,
              ...engineLexicons(),
            },
            MAX_FINDINGS_PER_KIND,
          );
      if (json) {
        await json.file(file, draft.encoding, findings, locale, unlisted);
      } else {
        process.stdout.write(
          formatFileReport(file, draft.encoding, draft.text, findings, locale, unlisted),
        );
      }
      for (const [kind, count] of Object.entries(unlisted)) {
        process.stderr.write(
          `galley: ${terminalLine(file)}: ${count} more ${kind} findings not listed (at most ${MAX_FINDINGS_PER_KIND} of each kind are)\n`,
        );
      }
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      failed = true;
      process.stderr.write(fileErrorLine(file, error.message));
    }
    const stopped = editorial?.stopped() ?? [];
    for (const rule of stopped.slice(told)) {
      const seconds = (rule.ms / 1000).toFixed(1);
      process.stderr.write(
        `galley: rule ${rule.id} "${rule.find}" ran ${seconds} s on ${file} and was stopped; it is off for the rest of this check\n`,
      );
    }
    told = stopped.length;
  }
  await editorial?.close();
  await json?.end();
  return failed ? EXIT.fileFailed : EXIT.ok;
}

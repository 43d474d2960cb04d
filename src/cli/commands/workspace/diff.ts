/**
 * `galley diff ISSUE V1 V2 [--html OUT] [--lang zh-CN|en]`: the unified diff from V1 to V2 on
 * stdout; with --html, also the self-contained comparison report written to OUT.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EXIT } from '../../errors';
import { forStream } from '../../terminal';
import { writeOutputFile } from '../../../main/export/write-output';
import { localeOption } from '../../options';
import {
  printJson,
  refuseInsideWorkspace,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './common';

interface DiffOptions extends WorkspaceOptions {
  readonly html?: string;
  readonly lang?: string;
}

export function registerDiff(program: Command): void {
  workspaceOptions(
    program
      .command('diff')
      .description('compare two versions of an issue (unified diff; --html for the report)')
      .argument('<issue>', 'issue id or unique prefix')
      .argument('<v1>', 'old version: number (1 = imported) or id')
      .argument('<v2>', 'new version: number or id')
      .option('--html <out>', 'also write the comparison report as HTML to this file')
      .option('--lang <lang>', 'language of the report: zh-CN or en', 'zh-CN'),
  ).action(async (ref: string, v1: string, v2: string, options: DiffOptions) => {
    const locale = localeOption(options.lang);
    if (options.html) await refuseInsideWorkspace(options.html, options);
    process.exitCode = await withServices(options, 'read', async ({ outputs }) => {
      const compared = await outputs.compare(ref, v1, v2);
      let htmlPath: string | null = null;
      if (options.html) {
        htmlPath = resolve(options.html);
        await writeOutputFile(htmlPath, outputs.comparisonHtml(compared, locale));
      }
      if (options.json) {
        printJson({
          issue: compared.issue,
          oldVersion: compared.oldVersion,
          newVersion: compared.newVersion,
          counts: compared.comparison.counts,
          coarse: compared.comparison.coarse,
          unified: compared.unified,
          html: htmlPath,
        });
      } else {
        process.stdout.write(forStream(compared.unified, process.stdout));
      }
      return EXIT.ok;
    });
  });
}

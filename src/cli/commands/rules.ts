/**
 * `galley rules list|import|export`: the workspace's editorial rules (rules.json) —
 * replacements, protected terms and standard formulations — from the command line.
 *
 *   galley rules list [--kind K] [--starter] [--json]
 *   galley rules import FILE [--replace] [--format csv|json] [--json]
 *   galley rules export FILE [--format csv|json]
 *
 * Every subcommand takes --workspace/--wait like the workspace commands; import and export
 * write (import takes the workspace's lock).
 */
import type { Command } from 'commander';
import type { RuleKind, RuleList } from '../../core/rules/types';
import { RULE_KINDS } from '../../core/rules/types';
import { EXIT, UsageError } from '../errors';
import {
  printJson,
  printLines,
  printNotice,
  refuseInsideWorkspace,
  table,
  withServices,
  workspaceOptions,
  type WorkspaceOptions,
} from './workspace/common';

interface ListOptions extends WorkspaceOptions {
  readonly kind?: string;
  readonly starter?: boolean;
}

interface ImportOptions extends WorkspaceOptions {
  readonly replace?: boolean;
  readonly format?: string;
}

interface ExportOptions extends WorkspaceOptions {
  readonly format?: string;
}

/** Registers `rules` and its subcommands on `program`. */
export function registerRules(program: Command): void {
  const rules = program
    .command('rules')
    .description('the workspace’s rules: replacements, protected terms, standard formulations');

  workspaceOptions(
    rules
      .command('list')
      .description('list the rules (the starter formulations with --starter)')
      .option('--kind <kind>', `only one kind: ${RULE_KINDS.join(', ')}`)
      .option('--starter', 'also list the starter formulations Galley ships'),
  ).action(async (options: ListOptions) => {
    const kind = kindOption(options.kind);
    process.exitCode = await withServices(options, 'read', async ({ rules: service }) => {
      const damage = service.damage();
      if (damage) {
        printNotice(
          `${damage.path} is damaged (${damage.problems[0]?.message ?? 'unreadable'}); the default rules apply until the rules are saved again`,
        );
      }
      const list = service.list();
      const starter = options.starter && list.starter ? service.starterFormulations() : [];
      if (options.json) {
        printJson({ ...list, starterFormulations: starter });
        return EXIT.ok;
      }
      printLines(listLines(list, kind, starter));
      return EXIT.ok;
    });
  });

  workspaceOptions(
    rules
      .command('import')
      .description('import rules from a .csv or .json file (merged unless --replace)')
      .argument(
        '<file>',
        'a rule file: CSV (kind,find,replace,regex,scope,safe,note,disabled) or JSON',
      )
      .option('--replace', 'replace the whole list instead of merging into it')
      .option('--format <format>', 'csv or json (default: by the file extension)'),
  ).action(async (file: string, options: ImportOptions) => {
    process.exitCode = await withServices(options, 'write', async ({ rules: service }) => {
      const outcome = await service.importFile(file, {
        mode: options.replace ? 'replace' : 'merge',
        format: options.format,
      });
      if (options.json) {
        printJson({
          added: outcome.added,
          updated: outcome.updated,
          removed: outcome.removed,
          mode: outcome.mode,
          counts: counts(outcome.list),
        });
        return EXIT.ok;
      }
      const c = counts(outcome.list);
      printLines([
        `Imported ${file}: ${outcome.added} added, ${outcome.updated} updated` +
          (outcome.mode === 'replace' ? `, ${outcome.removed} removed` : '') +
          `. Now ${c.replacements} replacements, ${c.protected} protected terms, ${c.formulations} formulations` +
          (outcome.list.starter ? ' (and the starter formulations).' : '.'),
      ]);
      return EXIT.ok;
    });
  });

  workspaceOptions(
    rules
      .command('export')
      .description('export the rules to a .csv or .json file')
      .argument('<file>', 'the file to write (.csv or .json)')
      .option('--format <format>', 'csv or json (default: by the file extension)'),
  ).action(async (file: string, options: ExportOptions) => {
    await refuseInsideWorkspace(file, options);
    process.exitCode = await withServices(options, 'read', async ({ rules: service }) => {
      await service.exportFile(file, options.format);
      const c = counts(service.list());
      if (options.json) printJson({ file, counts: c });
      else {
        printLines([
          `Wrote ${file}: ${c.replacements} replacements, ${c.protected} protected terms, ${c.formulations} formulations.`,
        ]);
      }
      return EXIT.ok;
    });
  });
}

function kindOption(value: string | undefined): RuleKind | undefined {
  if (value === undefined) return undefined;
  const kind = value.trim().toLowerCase();
  if ((RULE_KINDS as readonly string[]).includes(kind)) return kind as RuleKind;
  throw new UsageError(`--kind must be one of ${RULE_KINDS.join(', ')}, not "${value}"`);
}

function counts(list: RuleList): { replacements: number; protected: number; formulations: number } {
  return {
    replacements: list.replacements.length,
    protected: list.protected.length,
    formulations: list.formulations.length,
  };
}

function listLines(
  list: RuleList,
  kind: RuleKind | undefined,
  starter: RuleList['formulations'],
): string[] {
  const lines: string[] = [];
  if (kind === undefined || kind === 'replacement') {
    lines.push(`Replacements (${list.replacements.length}):`);
    if (list.replacements.length > 0) {
      lines.push(
        ...table([
          ['ID', 'FIND', 'REPLACE', 'TYPE', 'SCOPE', 'SAFE', 'NOTE'],
          ...list.replacements.map((r) => [
            r.id,
            r.find,
            r.replace === '' ? '(delete)' : r.replace,
            r.regex ? 'regex' : 'plain',
            r.scope,
            r.safe ? 'yes' : 'no',
            r.note,
          ]),
        ]),
      );
    }
  }
  if (kind === undefined || kind === 'protected') {
    lines.push(`Protected terms (${list.protected.length}):`);
    for (const t of list.protected)
      lines.push(`  ${t.id}  ${t.term}${t.note ? `  — ${t.note}` : ''}`);
  }
  if (kind === undefined || kind === 'formulation') {
    lines.push(
      `Formulations (${list.formulations.length})${list.starter ? ', starter list on' : ', starter list off'}:`,
    );
    for (const f of [...list.formulations, ...starter]) {
      lines.push(`  ${f.id}  ${f.phrase}${f.note ? `  — ${f.note}` : ''}`);
    }
  }
  return lines;
}

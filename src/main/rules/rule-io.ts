/**
 * Rule lists in files: import from and export to CSV or JSON, chosen by the file's extension
 * (or given). JSON is the RuleList itself; CSV is described in core/rules/csv.ts.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { rulesFromCsv, rulesToCsv } from '../../core/rules/csv';
import type { RuleList } from '../../core/rules/types';
import { validateRuleList, type RuleProblem } from '../../core/rules/validate';
import { writeAtomicFile } from './write-file';
import { RulesError } from './errors';

/** The two file formats of a rule list. */
export const RULE_FORMATS = ['csv', 'json'] as const;
export type RuleFormat = (typeof RULE_FORMATS)[number];

/** Largest rule file read, in bytes (a 200,000-entry list is a few MB). */
const MAX_RULE_FILE_BYTES = 64 * 1024 * 1024;

/** The format of `path` by its extension, or `given` when set. */
export function ruleFormatOf(path: string, given?: string): RuleFormat {
  const format = (given ?? extname(path).slice(1)).toLowerCase();
  if ((RULE_FORMATS as readonly string[]).includes(format)) return format as RuleFormat;
  throw new RulesError(
    `Cannot tell the rule file format of ${path}: use a .csv or .json file, or give the format.`,
    [],
  );
}

/** A parsed and validated list, and whether its file set the starter flag. */
export interface ParsedRules {
  readonly list: RuleList;
  /** The file's own `starter` flag (JSON only), or undefined. */
  readonly starter?: boolean;
}

/** Parses rule-list text of `format`; throws RulesError listing every problem. */
export function parseRules(
  text: string,
  format: RuleFormat,
  source = 'the rule file',
): ParsedRules {
  if (format === 'csv') {
    const read = rulesFromCsv(text);
    if (!read.ok) {
      throw new RulesError(
        `${source} has problems`,
        read.problems.map((p) => ({ path: `line ${p.line}`, message: p.message })),
      );
    }
    return { list: validated(read.value, source) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    throw new RulesError(`${source} is not JSON: ${(error as Error).message}`, []);
  }
  const starter =
    typeof json === 'object' &&
    json !== null &&
    'starter' in json &&
    typeof json.starter === 'boolean'
      ? json.starter
      : undefined;
  return { list: validated(json, source), starter };
}

function validated(input: unknown, source: string): RuleList {
  const result = validateRuleList(input);
  if (!result.ok) throw new RulesError(`${source} has problems`, result.problems);
  return result.value;
}

/** Reads and validates a rule file (.csv or .json). */
export async function readRuleFile(path: string, format?: string): Promise<ParsedRules> {
  const kind = ruleFormatOf(path, format);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RulesError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? error})`,
      [],
    );
  }
  if (bytes.length > MAX_RULE_FILE_BYTES) {
    throw new RulesError(`${path} is larger than ${MAX_RULE_FILE_BYTES / 1024 / 1024} MB`, []);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RulesError(`${path} is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel).`, []);
  }
  return parseRules(text, kind, path);
}

/** The text of `list` in `format` (CSV with a BOM and CRLF rows; JSON pretty-printed). */
export function formatRules(list: RuleList, format: RuleFormat): string {
  return format === 'csv' ? rulesToCsv(list) : `${JSON.stringify(list, null, 2)}\n`;
}

/** Writes `list` to `path` (format by extension unless given), atomically. */
export async function writeRuleFile(path: string, list: RuleList, format?: string): Promise<void> {
  await writeAtomicFile(path, formatRules(list, ruleFormatOf(path, format)));
}

export type { RuleProblem };

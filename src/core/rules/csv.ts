/**
 * Rule lists as CSV, for editors who keep their lists in Excel or WPS.
 *
 * Columns (header row required, names case-insensitive, any order, unknown ones ignored):
 * `kind, find, replace, regex, scope, safe, note, disabled` — `kind` is `replacement`, `protected`
 * or `formulation` (for the last two, `find` holds the term or phrase); `disabled` is empty for a
 * rule that runs, or why it is off (a regex rule stopped for running too long keeps that sentence
 * through an export and import, so it does not run again until it is edited). A file without a `kind`
 * column is a list of replacements, so a two-column `find,replace` sheet imports as it is.
 * Booleans read true/false, 1/0, yes/no, 是/否. Quoting follows RFC 4180 (fields with commas,
 * quotes or line breaks in double quotes, quotes doubled). Export writes UTF-8 with a BOM and
 * CRLF rows, which Excel and WPS open with Chinese intact; a cell a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR first) is written with a leading apostrophe, which import
 * removes again.
 */
import { fromSpreadsheetCell, spreadsheetCell } from '../text/spreadsheet-cell';
import { RULE_KINDS, type RuleKind, type RuleList } from './types';

/** The columns export writes, in order. */
export const CSV_COLUMNS = [
  'kind',
  'find',
  'replace',
  'regex',
  'scope',
  'safe',
  'note',
  'disabled',
] as const;

/** A CSV problem, with its 1-based line. */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

/** Unvalidated rule-list input read from a CSV file (pass it to `validateRuleList`). */
export interface CsvRuleInput {
  readonly replacements: Record<string, unknown>[];
  readonly protected: Record<string, unknown>[];
  readonly formulations: Record<string, unknown>[];
}

/** `list` as CSV text (BOM, header, CRLF rows); the starter flag is not part of CSV. */
export function rulesToCsv(list: RuleList): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const r of list.replacements) {
    const { find, replace, regex, scope, safe, note, disabled = '' } = r;
    rows.push(['replacement', find, replace, String(regex), scope, String(safe), note, disabled]);
  }
  for (const t of list.protected) rows.push(['protected', t.term, '', '', '', '', t.note, '']);
  for (const f of list.formulations) {
    rows.push(['formulation', f.phrase, '', '', '', '', f.note, '']);
  }
  return `\ufeff${rows.map((row) => row.map(quoteField).join(',')).join('\r\n')}\r\n`;
}

/** Reads CSV text into rule-list input, or the problems that stop it. */
export function rulesFromCsv(
  text: string,
): { ok: true; value: CsvRuleInput } | { ok: false; problems: CsvProblem[] } {
  const parsed = parseCsv(text.startsWith('\ufeff') ? text.slice(1) : text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const rows = parsed.rows.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0)
    return { ok: false, problems: [{ line: 1, message: 'the file is empty' }] };
  const header = rows[0].cells.map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  const problems: CsvProblem[] = [];
  if (col('find') < 0) problems.push({ line: rows[0].line, message: 'no "find" column' });
  const kindCol = col('kind');
  if (kindCol < 0 && col('replace') < 0) {
    problems.push({ line: rows[0].line, message: 'no "kind" and no "replace" column' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const value: CsvRuleInput = { replacements: [], protected: [], formulations: [] };
  for (const { cells, line } of rows.slice(1)) {
    const cell = (name: string): string | undefined => {
      const i = col(name);
      return i < 0 ? undefined : fromSpreadsheetCell(cells[i] ?? '');
    };
    const kindText = (kindCol < 0 ? 'replacement' : (cells[kindCol] ?? '')).trim().toLowerCase();
    if (!RULE_KINDS.includes(kindText as RuleKind)) {
      problems.push({ line, message: `unknown kind "${kindText}" (${RULE_KINDS.join(', ')})` });
      continue;
    }
    const note = cell('note') ?? '';
    const find = cell('find') ?? '';
    if (kindText === 'protected') {
      value.protected.push({ term: find, note });
      continue;
    }
    if (kindText === 'formulation') {
      value.formulations.push({ phrase: find, note });
      continue;
    }
    const entry: Record<string, unknown> = { find, replace: cell('replace') ?? '', note };
    for (const name of ['regex', 'safe']) {
      const raw = cell(name);
      if (raw === undefined || raw.trim() === '') continue;
      const flag = parseBoolean(raw);
      if (flag === null)
        problems.push({ line, message: `"${name}" must be true or false, not "${raw}"` });
      else entry[name] = flag;
    }
    const scope = cell('scope');
    if (scope !== undefined && scope.trim() !== '') entry.scope = scope.trim().toLowerCase();
    const disabled = cell('disabled')?.trim();
    if (disabled) entry.disabled = disabled;
    value.replacements.push(entry);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

function parseBoolean(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', '是'].includes(v)) return true;
  if (['false', '0', 'no', 'n', '否'].includes(v)) return false;
  return null;
}

function quoteField(text: string): string {
  const field = spreadsheetCell(text);
  return /[",\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

interface CsvRow {
  readonly cells: string[];
  /** 1-based line on which the row starts. */
  readonly line: number;
}

/** RFC 4180 parsing (CRLF or LF rows; quoted fields may span lines). */
export function parseCsv(
  text: string,
): { ok: true; rows: CsvRow[] } | { ok: false; problem: CsvProblem } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          return { ok: false, problem: { line, message: 'text after a closing quote' } };
        }
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      cells.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      cells.push(field);
      rows.push({ cells, line: rowLine });
      cells = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted)
    return { ok: false, problem: { line: rowLine, message: 'a quoted field is not closed' } };
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    rows.push({ cells, line: rowLine });
  }
  return { ok: true, rows };
}

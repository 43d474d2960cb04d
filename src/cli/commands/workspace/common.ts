/**
 * What every workspace command shares: the --workspace/--json/--wait options, finding the
 * workspace folder, opening it with the services, telling the editor about a recovery, and
 * turning the store's and importers' errors into one line on stderr and exit code 1.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { ImportError } from '../../../main/import/index';
import { createServices, type Services } from '../../../main/services/index';
import {
  defaultWorkspaceFolder,
  openWorkspace,
  WorkspaceError,
  type RecoveryReport,
} from '../../../main/workspace/index';
import { describeFsError, EXIT, UsageError } from '../../errors';
import { inertJson, terminalLine } from '../../terminal';

/** Options every workspace command takes. */
export interface WorkspaceOptions {
  readonly workspace?: string;
  readonly json?: boolean;
  /** Seconds to wait for another process's lock (true: the default wait). */
  readonly wait?: string | boolean;
}

/** How long `--wait` without a number waits for the lock, in seconds. */
const DEFAULT_WAIT_SECONDS = 60;

/** Adds --workspace, --json and --wait to `command`. */
export function workspaceOptions(command: Command): Command {
  return command
    .option(
      '--workspace <dir>',
      'the workspace folder (default: $GALLEY_WORKSPACE, else ~/.galley/workspace)',
    )
    .option('--json', 'print the result as JSON on stdout')
    .option(
      '--wait [seconds]',
      `wait for another Galley process to close the workspace (default ${DEFAULT_WAIT_SECONDS} s)`,
    );
}

/**
 * The workspace folder: --workspace, else the app's and the CLI's shared default
 * ($GALLEY_WORKSPACE, else ~/.galley/workspace).
 */
export function workspaceFolder(options: WorkspaceOptions): string {
  const given = options.workspace;
  if (given !== undefined && given.trim() !== '') return resolve(given);
  return defaultWorkspaceFolder();
}

/**
 * Throws a UsageError when `output` lies inside the workspace folder: an export written there
 * could replace the index, a version text or a rule list (symbolic links are resolved first).
 */
export async function refuseInsideWorkspace(
  output: string,
  options: WorkspaceOptions,
): Promise<void> {
  const folder = await realOrSelf(workspaceFolder(options));
  const target = join(await realOrSelf(dirname(resolve(output))), basename(output));
  const inside = relative(folder, target);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new UsageError(
      `${output} is inside the workspace folder ${folder}; write exports somewhere else`,
    );
  }
}

function realOrSelf(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/** `--wait [seconds]` in milliseconds (0 without the flag). */
export function waitMs(wait: string | boolean | undefined): number {
  if (wait === undefined || wait === false) return 0;
  if (wait === true) return DEFAULT_WAIT_SECONDS * 1000;
  const seconds = Number(wait);
  if (!/^\d+(\.\d+)?$/.test(wait.trim()) || !Number.isFinite(seconds)) {
    throw new UsageError(`--wait takes a number of seconds, not "${wait}"`);
  }
  return Math.round(seconds * 1000);
}

/**
 * Opens the workspace (`write` takes its lock), runs `work` with the services, closes it, and
 * returns the exit code. Store and import errors print one line and give exit code 1.
 */
export async function withServices(
  options: WorkspaceOptions,
  mode: 'read' | 'write',
  work: (services: Services) => Promise<number>,
): Promise<number> {
  const wait = waitMs(options.wait);
  let services: Services | undefined;
  try {
    const workspace = await openWorkspace(workspaceFolder(options), { mode, wait });
    if (workspace.recovery) reportRecovery(workspace.recovery);
    services = createServices(workspace);
    return await work(services);
  } catch (error) {
    if (isReadable(error)) {
      printError(error, options);
      return EXIT.fileFailed;
    }
    if (isFsError(error)) {
      // A disk that is full, read-only or failing: say so in a sentence, not a stack trace.
      const message = `the workspace could not be read or written: ${describeFsError(error)}${error.path ? ` (${error.path})` : ''}`;
      process.stderr.write(`galley: ${terminalLine(message)}\n`);
      if (options.json) printJson({ error: { code: error.code, message } });
      return EXIT.fileFailed;
    }
    throw error;
  } finally {
    if (services) await reportStoppedRules(services);
    await services?.workspace.close();
  }
}

/** Names every regex rule stopped for running too long, once it is recorded as disabled. */
async function reportStoppedRules(services: Services): Promise<void> {
  await services.rules.settled();
  for (const rule of services.rules.stoppedRules()) {
    const seconds = (rule.ms / 1000).toFixed(1);
    const where = services.workspace.writable ? 'it is disabled in the workspace' : 'it is off';
    printNotice(
      `rule ${rule.id} "${rule.find}" ran ${seconds} s and was stopped (catastrophic backtracking); ${where} until it is edited`,
    );
  }
}

/** True for errors whose message is a sentence for the editor. */
export function isReadable(error: unknown): error is WorkspaceError | ImportError {
  return error instanceof WorkspaceError || error instanceof ImportError;
}

function isFsError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}

/** The error's stable code: the store's `code` or the importer's `reason`. */
export function errorCode(error: WorkspaceError | ImportError): string {
  return error instanceof WorkspaceError ? error.code : error.reason;
}

/** One line on stderr, and with --json the error as JSON on stdout too. */
export function printError(error: WorkspaceError | ImportError, options: WorkspaceOptions): void {
  process.stderr.write(`galley: ${terminalLine(error.message)}\n`);
  if (options.json) printJson({ error: { code: errorCode(error), message: error.message } });
}

/** Writes `value` as one line of JSON on stdout (control characters all as \u escapes). */
export function printJson(value: unknown): void {
  process.stdout.write(`${inertJson(JSON.stringify(value))}\n`);
}

/** Writes lines on stdout, each made inert for a terminal (see terminal.ts). */
export function printLines(lines: readonly string[]): void {
  if (lines.length > 0) process.stdout.write(`${lines.map(terminalLine).join('\n')}\n`);
}

/** Writes one notice line on stderr, `galley: ` first, made inert for a terminal. */
export function printNotice(line: string): void {
  process.stderr.write(`galley: ${terminalLine(line)}\n`);
}

/** The one-line notice of a rebuilt index, on stderr. */
export function recoveryLine(report: RecoveryReport): string {
  if (report.damage === 'stale' || report.damage === 'interrupted') {
    let line = `galley: ${report.detail}; it has been rebuilt from the records with every version number kept`;
    if (report.versionsFromRecords > 0) {
      line += ` (${report.versionsFromRecords} version(s) listed again`;
      line += report.issueStates > 0 ? `, ${report.issueStates} issue(s) as last changed)` : ')';
    } else if (report.issueStates > 0) {
      line += ` (${report.issueStates} issue(s) as last changed)`;
    }
    line += '.';
    if (report.backup) line += ` The old index is kept as ${report.backup}.`;
    return line;
  }
  const parts = [`galley: the workspace index was damaged (${report.detail}) and has been rebuilt`];
  parts.push(report.fromGoodCopy ? 'from its last good copy' : 'from the version files');
  if (report.versionsFromRecords > 0) {
    parts.push(`with ${report.versionsFromRecords} version(s) restored from their records`);
  }
  if (report.issueStates > 0) {
    parts.push(`and ${report.issueStates} issue(s) restored as last changed (trash, details)`);
  }
  if (report.orphanTexts > 0) {
    parts.push(`and ${report.orphanTexts} stray text(s) put in issue ${report.recoveredIssueId}`);
  }
  let line = `${parts.join(' ')}.`;
  if (report.backup) line += ` The damaged index is kept as ${report.backup}.`;
  if (report.missingTexts > 0) {
    line += ` ${report.missingTexts} version(s) have lost their text file.`;
  }
  if (report.unknownStates > 0) {
    line += ` ${report.unknownStates} issue(s) had only their version records left and are listed as not trashed, since no record says otherwise (see \`galley issues --all\`).`;
  }
  return line;
}

function reportRecovery(report: RecoveryReport): void {
  process.stderr.write(`${terminalLine(recoveryLine(report))}\n`);
}

/**
 * Pads columns to equal widths (CJK characters count as two columns); control characters in a
 * cell are escaped first, so a cell is always one inert line.
 */
export function table(cellRows: readonly (readonly string[])[]): string[] {
  const rows = cellRows.map((row) => row.map(terminalLine));
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - displayWidth(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += code >= 0x1100 && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1;
  }
  return width;
}

/** A short local date-time for tables: "2020-03-05 14:03". */
export function shortTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

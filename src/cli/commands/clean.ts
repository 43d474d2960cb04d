/**
 * `galley clean FILE... -o OUT [--jobs N] [--encoding ENC]`: write each draft with every safe
 * finding applied, UTF-8 with `\n` line ends. OUT is a file for one input, a folder for several.
 * An OUT that would replace an input (the same file, or the inputs' own folder) is refused unless
 * `--in-place` is given; `clean --in-place FILE...` cleans the files where they are.
 */
import type { Command } from 'commander';
import { mkdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Encoding } from '../../core/index';
import { runCleanBatch } from '../clean-batch';
import type { CleanTask } from '../clean-file';
import { describeFsError, EXIT, fileErrorLine, UsageError } from '../errors';
import { removeTempFiles } from '../../main/export/write-output';
import { encodingOption, jobsOption } from '../options';
import { createProgress } from '../progress';
import { cleanIssueIfNamed } from './workspace/clean';

interface CleanOptions {
  readonly output?: string;
  readonly inPlace?: boolean;
  readonly jobs?: string;
  readonly encoding?: string;
}

/** Registers `clean` on `program`. */
export function registerClean(program: Command): void {
  program
    .command('clean')
    .description('write each draft with every safe fix applied (UTF-8, \\n line ends)')
    .argument('<files...>', 'draft files (txt in UTF-8, UTF-16, GB18030 or Big5)')
    .option('-o, --output <out>', 'output file (one input) or folder (several inputs)')
    .option(
      '--in-place',
      'allow the output to replace the input (without -o: clean each file where it is)',
    )
    .option('--jobs <n>', 'worker threads for a batch', '1')
    .option(
      '--encoding <enc>',
      'force the encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk), big5 (big5-hkscs)',
    )
    .action(async (files: string[], options: CleanOptions) => {
      if (await cleanIssueIfNamed(files, options)) return;
      process.exitCode = await clean(files, options);
    });
}

async function clean(files: readonly string[], options: CleanOptions): Promise<number> {
  const jobs = jobsOption(options.jobs);
  const encoding = encodingOption(options.encoding);
  const tasks =
    options.output === undefined
      ? files.map((input) => ({ input, output: input, encoding }))
      : await planTasks(files, options.output, encoding);
  if (!options.inPlace) await refuseOverwritingInputs(tasks, options.output ?? '');
  const folders = new Set(tasks.map((t) => dirname(t.output)));
  const onSignal = (signal: NodeJS.Signals): void => {
    removeTempFiles(folders);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = createProgress(tasks.length, 'cleaning');
  const outcomes = await runCleanBatch(tasks, { jobs, onDone: () => progress.tick() });
  progress.stop();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  let failed = false;
  for (const outcome of outcomes) {
    if (outcome.ok) continue;
    failed = true;
    process.stderr.write(fileErrorLine(outcome.input, outcome.message));
  }
  return failed ? EXIT.fileFailed : EXIT.ok;
}

/**
 * Pairs every input with its output path. One input: OUT is the output file (or, if OUT is an
 * existing folder, the file of the same base name in it). Several inputs: OUT is a folder,
 * created if missing, holding files of the same base names. Throws UsageError when that is
 * impossible (OUT is a file, two inputs share a base name).
 */
async function planTasks(
  files: readonly string[],
  out: string,
  encoding: Encoding | undefined,
): Promise<CleanTask[]> {
  const outKind = await kindOf(out);
  if (files.length === 1) {
    const output = outKind === 'folder' ? join(out, basename(files[0])) : out;
    await makeFolder(dirname(output));
    return [{ input: files[0], output, encoding }];
  }
  if (outKind === 'file') {
    throw new UsageError(`${out} is a file; with several inputs -o must name a folder`);
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = basename(file);
    const other = seen.get(name);
    if (other !== undefined && resolve(other) !== resolve(file)) {
      throw new UsageError(`${other} and ${file} would both be written to ${join(out, name)}`);
    }
    if (other !== undefined) throw new UsageError(`${file} is given twice`);
    seen.set(name, file);
  }
  await makeFolder(out);
  return files.map((input) => ({ input, output: join(out, basename(input)), encoding }));
}

/**
 * Throws a UsageError when an output is one of the inputs (the same file by device and inode,
 * so a hard link or another spelling of the path is caught too): cleaning would replace the
 * draft it reads.
 */
async function refuseOverwritingInputs(tasks: readonly CleanTask[], out: string): Promise<void> {
  const hit: string[] = [];
  for (const task of tasks) {
    const [input, output] = await Promise.all([statOrNull(task.input), statOrNull(task.output)]);
    if (input && output && sameFile(input, output)) hit.push(task.input);
  }
  if (hit.length === 0) return;
  const named = hit.slice(0, 3).join(', ') + (hit.length > 3 ? ` and ${hit.length - 3} more` : '');
  throw new UsageError(
    hit.length === 1 && tasks.length === 1
      ? `-o ${out} is the input ${named} itself: cleaning would replace the draft. Give another -o, or --in-place to clean it where it is.`
      : `-o ${out} would replace ${hit.length} of the inputs (${named}). Give another folder, or --in-place to clean them where they are.`,
  );
}

function statOrNull(path: string): Promise<Stats | null> {
  return stat(path).catch(() => null);
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

async function kindOf(path: string): Promise<'missing' | 'file' | 'folder'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create the folder ${folder}: ${describeFsError(error)}`);
  }
}

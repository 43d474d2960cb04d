/**
 * Cleaning one file: read and decode, apply every safe finding (to a fixpoint), write UTF-8
 * with `\n` line ends atomically. The unit of work of `galley clean`, in a worker or not.
 */
import { cleanToText, type Encoding } from '../core/index';
import { engineLexicons } from '../main/lexicon/engine';
import { describeFsError, FileError } from './errors';
import { readDraft } from './io/read-draft';
import { writeOutputFile } from '../main/export/write-output';

/** One file to clean. Plain data, so it can cross a worker boundary. */
export interface CleanTask {
  readonly input: string;
  readonly output: string;
  /** Force this encoding instead of detecting it. */
  readonly encoding?: Encoding;
}

/** What became of one task. Plain data. */
export type CleanOutcome =
  | {
      readonly ok: true;
      readonly input: string;
      readonly output: string;
      readonly encoding: Encoding;
      /** Number of safe findings applied, over all passes. */
      readonly fixes: number;
      /** Size of the input file in bytes. */
      readonly bytes: number;
    }
  | { readonly ok: false; readonly input: string; readonly message: string };

/** Cleans one file. Never throws: every failure becomes an `ok: false` outcome. */
export async function cleanFile(task: CleanTask): Promise<CleanOutcome> {
  try {
    const draft = await readDraft(task.input, task.encoding);
    const cleaned = cleanToText(draft.text, engineLexicons());
    try {
      await writeOutputFile(task.output, cleaned.text);
    } catch (error) {
      throw new FileError(task.input, `cannot write ${task.output}: ${describeFsError(error)}`);
    }
    return {
      ok: true,
      input: task.input,
      output: task.output,
      encoding: draft.encoding,
      fixes: cleaned.fixes,
      bytes: draft.bytes,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, input: task.input, message };
  }
}

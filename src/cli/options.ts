/**
 * Option parsers shared by the commands; each throws a UsageError (exit 2) on a bad value.
 */
// The two small modules alone, not core's index: the main thread of a `--jobs N` batch never
// loads the detectors (each worker does).
import { LOCALES, type Locale } from '../core/finding';
import { DecodeError, parseEncoding, type Encoding } from '../core/text/decode';
import { UsageError } from './errors';

/** `--encoding NAME` → a supported encoding, or undefined to detect per file. */
export function encodingOption(name: string | undefined): Encoding | undefined {
  if (name === undefined) return undefined;
  try {
    return parseEncoding(name);
  } catch (error) {
    if (error instanceof DecodeError) throw new UsageError(error.message);
    throw error;
  }
}

/** `--lang zh-CN|en` → the locale of printed messages (zh-CN by default). */
export function localeOption(name: string | undefined): Locale {
  if (name === undefined) return 'zh-CN';
  const found = LOCALES.find((l) => l.toLowerCase() === name.trim().toLowerCase());
  if (!found) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}, not "${name}"`);
  return found;
}

/** `--jobs N` → a whole number of worker threads, at least 1. */
export function jobsOption(value: string | undefined): number {
  if (value === undefined) return 1;
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError(`--jobs must be a whole number of at least 1, not "${value}"`);
  }
  return jobs;
}

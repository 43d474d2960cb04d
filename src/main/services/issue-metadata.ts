/**
 * An issue's fields guessed from its draft when the editor gives none: the date and the
 * publication from the file name (`hengyang-daily-2020-03-05.txt`), the title from the first
 * headline.
 */
import type { Document } from '../../core/document/document';

/** The longest title kept, in UTF-16 code units. */
const TITLE_MAX = 80;

/** A real calendar date YYYY-MM-DD in `name` (separators -, _, . or none), or ''. */
export function dateFromName(name: string): string {
  const match =
    /(?:^|\D)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
  if (!match) return '';
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isCalendarDate(date) ? date : '';
}

/** True for a YYYY-MM-DD that exists in the calendar. */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** The file's stem without its date, separators turned into spaces: "hengyang daily". */
export function publicationFromName(name: string): string {
  const stem = name.replace(/\.[^.]+$/, '');
  return stem
    .replace(/(?:19|20)\d{2}[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])/, ' ')
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first headline's first line, else the first block's, shortened; '' for an empty text. */
export function titleOf(doc: Document): string {
  const block = doc.blocks.find((b) => b.role === 'headline') ?? doc.blocks[0];
  if (!block) return '';
  const line = block.text.split('\n')[0].trim();
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1)}…` : line;
}

/**
 * An issue's fields guessed from its draft when the editor gives none: first from the text's
 * head (a masthead such as 衡阳日报, a date line such as 2020年3月5日 星期四 or 2020-03-05, an
 * edition such as 第3版 or A1版), then from the file name (`hengyang-daily-2020-03-05.txt`); the
 * title from the first headline that reads as words (not a page number or a stray letter).
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

/**
 * The first headline's first line that reads as words and is not the masthead or a date line,
 * else the first such line of any block, shortened; '' when there is none.
 */
export function titleOf(doc: Document): string {
  const lines = (role?: string) =>
    doc.blocks
      .filter((b) => role === undefined || b.role === role)
      .map((b) => b.text.split('\n')[0].trim());
  const line = [...lines('headline'), ...lines()].find((l) => readsAsWords(l) && !isHeadLine(l));
  if (line === undefined) return '';
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1)}…` : line;
}

/** True for a line with two Han characters or a Latin word of three letters: not "( 484 )" or "l". */
function readsAsWords(line: string): boolean {
  return /\p{Script=Han}.*\p{Script=Han}/u.test(line) || /\p{L}{3}/u.test(line);
}

/** The details a draft's head states; '' for each it does not. */
export interface HeadDetails {
  readonly publication: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly edition: string;
}

/** Lines longer than this are body text, where a date or a paper's name is news, not a masthead. */
const HEAD_LINE_MAX = 40;
/** How many lines of the head are read. */
const HEAD_LINES = 6;

const MASTHEAD =
  /^(\p{Script=Han}{2,8}?(?:日报|晚报|早报|晨报|时报|商报|周报|都市报|青年报|法治报|经济报|报))(?=$|[\s·|｜/—-]|(?:19|20)\d{2}|第)/u;
const MASTHEAD_EN =
  /^((?:The )?(?:[A-Z][a-z]+ ){1,3}(?:Daily|Times|Herald|Gazette|Post|Journal|Tribune|News|Chronicle|Courier))\b/;
const DATE_HAN = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const DATE_ISO = /(?:^|\D)((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/;
const EDITION = /(第\s*[0-9一二三四五六七八九十百]+\s*版|[A-Z]\d{1,2}\s*版)/u;

/** A line of the head that is the masthead, a date line or an edition line. */
function isHeadLine(line: string): boolean {
  if (line.length > HEAD_LINE_MAX) return false;
  if (MASTHEAD.test(line) || MASTHEAD_EN.test(line)) return true;
  const rest = line
    .replace(DATE_HAN, '')
    .replace(DATE_ISO, '')
    .replace(EDITION, '')
    .replace(/星期[一二三四五六日天]|周[一二三四五六日]|农历\S*|[\s·|｜/—,，-]/gu, '');
  return rest.length < line.length && rest.length <= 4;
}

/**
 * The publication, date and edition the first short lines of `text` print (a masthead line, a
 * date line); a long line ends the head, since dates and papers named in the body are news.
 */
export function detailsFromText(text: string): HeadDetails {
  let publication = '';
  let date = '';
  let edition = '';
  let seen = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.length > HEAD_LINE_MAX || ++seen > HEAD_LINES) break;
    const paper = MASTHEAD.exec(line) ?? MASTHEAD_EN.exec(line);
    if (paper && publication === '') publication = paper[1];
    if (!isHeadLine(line)) continue;
    const day = DATE_HAN.exec(line) ?? DATE_ISO.exec(line);
    if (day && date === '') {
      const candidate = `${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}`;
      if (isCalendarDate(candidate)) date = candidate;
    }
    const page = EDITION.exec(line);
    if (page && edition === '') edition = page[1].replace(/\s+/g, '');
  }
  return { publication, date, edition };
}

/**
 * An issue's entry in the archive, and its compact binary form.
 *
 * Layout of one record (little-endian): a header `u32 byteLength, u32 checksum` then the body:
 * three length-prefixed UTF-8 strings (issue id, version id, date), `u32 paragraphs`,
 * `u32 articles`, then the columns — per paragraph `i32 block, i32 exact, i32 length` and
 * `ARCHIVE_BANDS × i32` band keys, per article `i32 exact, i32 first, i32 last, i32 paragraphs`.
 * The checksum (FNV-1a over the body) lets a reader tell a damaged record from a good one.
 * A paragraph costs 12 + 4 × ARCHIVE_BANDS = 76 bytes; an article 16.
 */
import { ARCHIVE_BANDS, type IssuePrints } from './prints';

/** What the archive knows of one issue: which version was fingerprinted, and its prints. */
export interface IssueRecord {
  readonly issueId: string;
  readonly versionId: string;
  /** The issue's date, YYYY-MM-DD, or '' when unknown. */
  readonly date: string;
  readonly prints: IssuePrints;
}

/** Thrown when bytes are not a well-formed record sequence. */
export class RecordFormatError extends Error {
  override readonly name = 'RecordFormatError';
}

const HEADER = 8;
/**
 * The matching key the prints were made with (2: `archiveMatchKey`, punctuation left out,
 * hashed by the polynomial `keyHash`; 1: `normalizeForMatch`, hashed by cyrb53). It seeds each record's checksum, so a record of an older key reads as
 * outdated, is dropped, and the next refresh fingerprints that issue again.
 */
export const PRINTS_KEY_VERSION = 2;
/** True on little-endian hosts (all that Node and Electron run on in practice). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The bytes of `records`, one after another. */
export function encodeRecords(records: readonly IssueRecord[]): Uint8Array {
  const parts = records.map(encodeRecord);
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The bytes of one record (header included). */
export function encodeRecord(record: IssueRecord): Uint8Array {
  const strings = [record.issueId, record.versionId, record.date].map((s) => encoder.encode(s));
  const { prints } = record;
  const p = prints.blocks.length;
  const a = prints.articles.exact.length;
  const body =
    strings.reduce((sum, s) => sum + 4 + s.length, 0) + 8 + p * (12 + 4 * ARCHIVE_BANDS) + a * 16;
  const bytes = new Uint8Array(HEADER + body);
  const view = new DataView(bytes.buffer);
  let at = HEADER;
  for (const s of strings) {
    view.setUint32(at, s.length, true);
    bytes.set(s, at + 4);
    at += 4 + s.length;
  }
  view.setUint32(at, p, true);
  view.setUint32(at + 4, a, true);
  at += 8;
  const columns = [
    prints.blocks,
    prints.exact,
    prints.lengths,
    prints.bands,
    prints.articles.exact,
    prints.articles.first,
    prints.articles.last,
    prints.articles.paragraphs,
  ];
  for (const column of columns) {
    for (let i = 0; i < column.length; i++, at += 4) view.setInt32(at, column[i], true);
  }
  view.setUint32(0, bytes.length, true);
  view.setUint32(4, fnv1a(bytes, HEADER, bytes.length, PRINTS_KEY_VERSION), true);
  return bytes;
}

/**
 * Reads every record in `bytes`. A damaged record (bad length, checksum or content) throws
 * RecordFormatError, unless `onDamaged` is given: then reading stops there, the records before
 * it are returned, and `onDamaged` is told the offset.
 */
export function decodeRecords(
  bytes: Uint8Array,
  onDamaged?: (offset: number, reason: string) => void,
): IssueRecord[] {
  const out: IssueRecord[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at < bytes.length) {
    try {
      const length = at + HEADER <= bytes.length ? view.getUint32(at, true) : 0;
      if (length < HEADER || at + length > bytes.length) {
        throw new RecordFormatError('record length runs past the end');
      }
      const sum = view.getUint32(at + 4, true);
      if (sum !== fnv1a(bytes, at + HEADER, at + length, PRINTS_KEY_VERSION)) {
        throw new RecordFormatError(
          sum === fnv1a(bytes, at + HEADER, at + length, 1)
            ? 'fingerprinted with an older matching key'
            : 'checksum mismatch',
        );
      }
      out.push(decodeBody(bytes, view, at + HEADER, at + length));
      at += length;
    } catch (error) {
      if (!(error instanceof RecordFormatError) && !(error instanceof TypeError)) throw error;
      if (!onDamaged)
        throw error instanceof RecordFormatError ? error : new RecordFormatError(error.message);
      onDamaged(at, error.message);
      break;
    }
  }
  return out;
}

function decodeBody(bytes: Uint8Array, view: DataView, from: number, to: number): IssueRecord {
  let at = from;
  const strings: string[] = [];
  for (let k = 0; k < 3; k++) {
    need(at, 4, to);
    const length = view.getUint32(at, true);
    need(at + 4, length, to);
    strings.push(decoder.decode(bytes.subarray(at + 4, at + 4 + length)));
    at += 4 + length;
  }
  need(at, 8, to);
  const p = view.getUint32(at, true);
  const a = view.getUint32(at + 4, true);
  at += 8;
  if (to - at !== p * (12 + 4 * ARCHIVE_BANDS) + a * 16) {
    throw new RecordFormatError('column sizes do not match the counts');
  }
  const column = (count: number): Int32Array => {
    let out: Int32Array;
    if (LITTLE_ENDIAN) {
      // One copy of the bytes (aligned by the copy), viewed as 32-bit integers. Not
      // `bytes.slice`: on a Node Buffer that is a view into a shared pool, not a copy.
      const copy = new Uint8Array(4 * count);
      copy.set(bytes.subarray(at, at + 4 * count));
      out = new Int32Array(copy.buffer);
    } else {
      out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = view.getInt32(at + 4 * i, true);
    }
    at += 4 * count;
    return out;
  };
  const blocks = column(p);
  const exact = column(p);
  const lengths = column(p);
  const bands = column(p * ARCHIVE_BANDS);
  const articles = {
    exact: column(a),
    first: column(a),
    last: column(a),
    paragraphs: column(a),
  };
  return {
    issueId: strings[0],
    versionId: strings[1],
    date: strings[2],
    prints: { blocks, exact, lengths, bands, articles },
  };
}

function need(at: number, length: number, to: number): void {
  if (at + length > to) throw new RecordFormatError('field runs past the record');
}

/**
 * FNV-1a over `bytes[from, to)`, as an unsigned 32-bit integer; key versions after the first
 * are mixed in first (version 1 is plain FNV-1a, as records were written before versions).
 */
function fnv1a(bytes: Uint8Array, from: number, to: number, keyVersion: number): number {
  let h = 0x811c9dc5;
  if (keyVersion > 1) h = Math.imul(h ^ keyVersion, 0x01000193);
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/** Bytes one record takes on disk. */
export function recordSize(record: IssueRecord): number {
  return encodeRecord(record).length;
}

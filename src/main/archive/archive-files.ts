/**
 * The archive index on disk, beside the workspace index and never inside it:
 *
 * ```
 * <workspace>/archive/
 *   pack.bin             records of many issues, compacted (header "GALA", format 1)
 *   issues/<issue>.bin   one record per issue saved since the last compaction (wins over pack)
 *   boilerplate.json     paragraphs marked as legitimately repeating
 * ```
 *
 * Records are the binary form of core/archive/record.ts, each with a checksum: a damaged record
 * is dropped on reading (and rebuilt from the version texts by the next refresh), never
 * trusted. Every write is atomic and durable (writeDurable).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  decodeRecords,
  encodeRecord,
  encodeRecords,
  type IssueRecord,
} from '../../core/archive/record';
import { ensureDir, writeDurable } from '../workspace/durable';
import type { Layout } from '../workspace/layout';

/** Magic and format version at the start of pack.bin. */
const PACK_MAGIC = 0x414c4147; // "GALA", little-endian
const PACK_FORMAT = 1;
const PACK_HEADER = 8;

/** Where the archive's files are. */
export interface ArchivePaths {
  readonly folder: string;
  readonly pack: string;
  readonly issues: string;
  readonly boilerplate: string;
  readonly tmp: string;
}

export function archivePaths(layout: Layout): ArchivePaths {
  const folder = join(layout.root, 'archive');
  return {
    folder,
    pack: join(folder, 'pack.bin'),
    issues: join(folder, 'issues'),
    boilerplate: join(folder, 'boilerplate.json'),
    tmp: layout.tmp,
  };
}

/** What reading the archive found. */
export interface LoadedArchive {
  /** The newest record of each issue (a loose record wins over the pack's). */
  readonly records: Map<string, IssueRecord>;
  /** Issue ids whose loose record sits in issues/ (for compaction). */
  readonly loose: Set<string>;
  /** Damage met (a truncated pack, a bad loose file); the records concerned were dropped. */
  readonly damage: string[];
  /** True when there was no archive folder at all. */
  readonly missing: boolean;
}

/** Reads pack.bin and issues/*.bin (synchronously: analyses need the archive at once). */
export function readArchive(paths: ArchivePaths): LoadedArchive {
  const records = new Map<string, IssueRecord>();
  const loose = new Set<string>();
  const damage: string[] = [];
  let missing = true;
  const pack = readOptional(paths.pack);
  if (pack) {
    missing = false;
    const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
    if (
      pack.length < PACK_HEADER ||
      view.getUint32(0, true) !== PACK_MAGIC ||
      view.getUint32(4, true) !== PACK_FORMAT
    ) {
      damage.push('pack.bin has no valid header');
    } else {
      const body = pack.subarray(PACK_HEADER);
      for (const record of decodeRecords(body, (at, reason) =>
        damage.push(`pack.bin: ${reason} at byte ${PACK_HEADER + at}`),
      )) {
        records.set(record.issueId, record);
      }
    }
  }
  let names: string[] = [];
  try {
    names = readdirSync(paths.issues);
    missing = false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const name of names.filter((n) => n.endsWith('.bin')).sort()) {
    const bytes = readOptional(join(paths.issues, name));
    if (!bytes) continue;
    const got = decodeRecords(bytes, (_at, reason) => damage.push(`issues/${name}: ${reason}`));
    const record = got.length === 1 ? got[0] : undefined;
    if (!record || `${record.issueId}.bin` !== name) {
      if (record) damage.push(`issues/${name}: names another issue`);
      continue;
    }
    records.set(record.issueId, record);
    loose.add(record.issueId);
  }
  return { records, loose, damage, missing };
}

/** Writes one issue's record to issues/<issue>.bin. */
export async function writeLooseRecord(paths: ArchivePaths, record: IssueRecord): Promise<void> {
  await ensureDir(paths.issues);
  await ensureDir(paths.tmp);
  await writeDurable(join(paths.issues, `${record.issueId}.bin`), encodeRecord(record), {
    tmpDir: paths.tmp,
  });
}

/** Writes every record into a new pack.bin, then removes the loose files it now holds. */
export async function writePack(
  paths: ArchivePaths,
  records: readonly IssueRecord[],
  loose: Iterable<string>,
): Promise<void> {
  await ensureDir(paths.folder);
  await ensureDir(paths.tmp);
  const body = encodeRecords(records);
  const bytes = new Uint8Array(PACK_HEADER + body.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, PACK_MAGIC, true);
  view.setUint32(4, PACK_FORMAT, true);
  bytes.set(body, PACK_HEADER);
  await writeDurable(paths.pack, bytes, { tmpDir: paths.tmp });
  // The pack is durable first: a crash from here on leaves loose copies equal to packed ones.
  await Promise.all([...loose].map((id) => rm(join(paths.issues, `${id}.bin`), { force: true })));
}

/** Bytes the archive takes on disk (pack, loose records and boilerplate marks). */
export function archiveBytes(paths: ArchivePaths): number {
  let total = sizeOf(paths.pack) + sizeOf(paths.boilerplate);
  try {
    for (const name of readdirSync(paths.issues)) total += sizeOf(join(paths.issues, name));
  } catch {
    // no loose records
  }
  return total;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function readOptional(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

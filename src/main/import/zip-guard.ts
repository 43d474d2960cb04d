/**
 * Checks a zip archive before anything is unpacked, then unpacks only what is asked for with
 * bytes counted while inflating. Declared sizes and entry counts are capped from the central
 * directory first; while inflating, an entry that yields more than it declared, or more than the
 * caps, is aborted at once (a zip bomb never gets to allocate its gigabytes).
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportError, formatBytes } from './errors';

/** Caps for one archive; sizes in bytes. */
export interface ZipLimits {
  /** Most entries the central directory may list. */
  readonly maxEntries: number;
  /** Most bytes all entries together may declare uncompressed. */
  readonly maxTotalBytes: number;
  /** Most bytes one extracted entry may declare (and yield). */
  readonly maxEntryBytes: number;
  /** Highest uncompressed/compressed ratio of an entry larger than `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

/**
 * The caps for .docx drafts: 10,000 entries, 300 MB in all, 50 MB for one XML part (a newspaper
 * page's document.xml is a few MB), and a ratio of 200 for parts over 1 MB (Word's XML packs ~10×;
 * a bomb of repeated text packs ~1000×).
 */
export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 300 * 1024 * 1024,
  maxEntryBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

/** An archive whose directory passed the checks. */
export interface CheckedZip {
  /** Entry names as stored (folders included), in directory order. */
  readonly names: readonly string[];
  /**
   * Inflates the entries `wanted` accepts, each capped at `maxEntryBytes` and at its declared
   * size. Throws ImportError 'unsafe' when an entry inflates past either, 'damaged' when its data
   * is broken. Keys are entry names; the first of duplicate names wins.
   */
  extract(wanted: (name: string) => boolean): Promise<Map<string, Uint8Array>>;
}

/** Opens `bytes` as a zip and checks its central directory against `limits`. */
export async function openCheckedZip(
  bytes: Uint8Array,
  sourceName: string,
  limits: ZipLimits = DOCX_LIMITS,
): Promise<CheckedZip> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true },
      (error, zipFile) => (error ? reject(damaged(sourceName, error)) : resolve(zipFile)),
    );
  });
  if (zip.entryCount > limits.maxEntries) {
    throw new ImportError(
      'unsafe',
      `"${sourceName}" is an archive of ${zip.entryCount} entries; Galley refuses more than ` +
        `${limits.maxEntries} (a Word file has a few dozen).`,
    );
  }
  const entries = await readDirectory(zip, sourceName);
  checkDeclaredSizes(entries, sourceName, limits);
  return {
    names: entries.map((entry) => entry.fileName),
    async extract(wanted) {
      const out = new Map<string, Uint8Array>();
      let total = 0;
      for (const entry of entries) {
        if (out.has(entry.fileName) || entry.fileName.endsWith('/') || !wanted(entry.fileName))
          continue;
        const data = await inflate(zip, entry, sourceName, limits, total);
        total += data.byteLength;
        out.set(entry.fileName, data);
      }
      return out;
    },
  };
}

function readDirectory(zip: ZipFile, sourceName: string): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(damaged(sourceName, error)));
    zip.readEntry();
  });
}

function checkDeclaredSizes(entries: Entry[], sourceName: string, limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    const size = entry.uncompressedSize;
    const ratio = size / Math.max(1, entry.compressedSize);
    if (size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new ImportError(
        'unsafe',
        `"${sourceName}" looks like a zip bomb: its part ${entry.fileName} would unpack from ` +
          `${formatBytes(entry.compressedSize)} to ${formatBytes(size)} (${Math.round(ratio)}×); ` +
          'Galley refuses it without unpacking.',
      );
    }
    if (size > limits.maxEntryBytes) {
      throw new ImportError(
        'too-large',
        `"${sourceName}" has a part (${entry.fileName}) of ${formatBytes(size)} unpacked; Galley ` +
          `reads parts up to ${formatBytes(limits.maxEntryBytes)}.`,
      );
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      throw new ImportError(
        'too-large',
        `"${sourceName}" would unpack to more than ${formatBytes(limits.maxTotalBytes)}; Galley ` +
          'refuses it without unpacking.',
      );
    }
  }
}

function inflate(
  zip: ZipFile,
  entry: Entry,
  sourceName: string,
  limits: ZipLimits,
  totalSoFar: number,
): Promise<Uint8Array> {
  const cap = Math.min(entry.uncompressedSize, limits.maxEntryBytes);
  const totalCap = limits.maxTotalBytes - totalSoFar;
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) {
        reject(damaged(sourceName, error));
        return;
      }
      const chunks: Buffer[] = [];
      let count = 0;
      let failed = false;
      const fail = (problem: ImportError): void => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(problem);
      };
      stream.on('data', (chunk: Buffer) => {
        count += chunk.byteLength;
        if (count > cap || count > totalCap) {
          fail(
            new ImportError(
              'unsafe',
              `"${sourceName}" is a zip bomb: its part ${entry.fileName} unpacks to more than it ` +
                `declares (${formatBytes(entry.uncompressedSize)}); Galley stopped unpacking it.`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (streamError: Error) => {
        fail(
          /too many bytes/i.test(streamError.message)
            ? new ImportError(
                'unsafe',
                `"${sourceName}" is a zip bomb: its part ${entry.fileName} unpacks to more than ` +
                  'it declares; Galley stopped unpacking it.',
              )
            : damaged(sourceName, streamError),
        );
      });
      stream.on('end', () => {
        if (!failed) resolve(Buffer.concat(chunks));
      });
    });
  });
}

function damaged(sourceName: string, error: Error): ImportError {
  return new ImportError(
    'damaged',
    `"${sourceName}" is damaged: it cannot be read as a zip archive (${error.message}).`,
  );
}

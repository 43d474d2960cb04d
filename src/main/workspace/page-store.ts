/**
 * The page side of an issue in the workspace: the original OCR file, its geometry and the page
 * scan, each stored once under its sha256 (`blobs/<sha[0:2]>/<sha>`), and one small record per
 * issue (`pages/<issue>.json`) naming them. Every file is written durably (temp, fsync, rename,
 * fsync folder); blobs are verified against their sha256 when read.
 *
 * ```
 * <workspace>/
 *   blobs/ab/<sha256>        original OCR files, geometry (JSON), page scans (PNG or JPEG)
 *   pages/<issue>.json       the issue's page record
 * ```
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ensureDir, writeDurable } from './durable';
import { WorkspaceError } from './errors';
import type { Layout } from './layout';
import { sha256Hex } from './text-store';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** A page scan as stored: PNG or JPEG bytes the renderer shows as they are. */
export const scanSchema = z.strictObject({
  sha256,
  type: z.enum(['image/png', 'image/jpeg']),
  /** Pixels of the stored image. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The file the scan came from (no folder). */
  name: z.string(),
  /** A smaller JPEG copy shown first, for a large scan (records before it have none). */
  preview: z
    .strictObject({
      sha256,
      type: z.literal('image/jpeg'),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
    })
    .optional(),
});
export type StoredScan = z.infer<typeof scanSchema>;

/** One issue's page record (schema 1). */
export const pageRecordSchema = z.strictObject({
  pageRecord: z.literal(1),
  issueId: z.string(),
  /** alto, page or hocr. */
  format: z.string(),
  /** The original OCR file's name and bytes (sha256 of the blob). */
  sourceName: z.string(),
  source: sha256,
  /** The geometry of version 1's text, as JSON (see core/geometry). */
  geometry: sha256,
  /** The scan of the page, once found or given. */
  scan: scanSchema.nullable(),
});
export type PageRecord = z.infer<typeof pageRecordSchema>;

/** Blobs and page records of one workspace. */
export class PageStore {
  constructor(private readonly layout: Layout) {}

  private blobPath(sha: string): string {
    return join(this.layout.root, 'blobs', sha.slice(0, 2), sha);
  }

  private recordPath(issueId: string): string {
    return join(this.layout.root, 'pages', `${issueId}.json`);
  }

  /** Stores `bytes` durably under their sha256 (once); returns the sha. */
  async putBlob(bytes: Uint8Array): Promise<string> {
    const sha = sha256Hex(bytes);
    const path = this.blobPath(sha);
    const existing = await readFile(path).catch(() => undefined);
    if (existing && sha256Hex(existing) === sha) return sha;
    await ensureDir(dirname(path));
    await mkdir(this.layout.tmp, { recursive: true });
    await writeDurable(path, bytes, { tmpDir: this.layout.tmp });
    return sha;
  }

  /** The blob whose sha256 is `sha`, verified. Throws WorkspaceError when missing or damaged. */
  async getBlob(sha: string): Promise<Buffer> {
    const bytes = await readFile(this.blobPath(sha)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        throw new WorkspaceError(
          'missing-text',
          `A page file of this issue (${sha.slice(0, 12)}…) is missing from the workspace.`,
        );
      }
      throw error;
    });
    if (sha256Hex(bytes) !== sha) {
      throw new WorkspaceError(
        'corrupt-text',
        `A page file of this issue (${sha.slice(0, 12)}…) is damaged: its content no longer matches its checksum.`,
      );
    }
    return bytes;
  }

  /** Writes an issue's page record durably (after the blobs it names). */
  async putRecord(record: PageRecord): Promise<void> {
    const path = this.recordPath(record.issueId);
    await ensureDir(dirname(path));
    await writeDurable(path, JSON.stringify(record, null, 1), { tmpDir: this.layout.tmp });
  }

  /** An issue's page record, or undefined when it has none (a txt or docx draft). */
  async getRecord(issueId: string): Promise<PageRecord | undefined> {
    const raw = await readFile(this.recordPath(issueId), 'utf8').catch(() => undefined);
    if (raw === undefined) return undefined;
    const parsed = pageRecordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  }
}

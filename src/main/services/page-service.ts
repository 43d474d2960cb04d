/**
 * The page side of an issue: keeps the original OCR file, its geometry and the page scan in the
 * workspace at import, finds the scan beside the file by the name the file gives (or takes the
 * one the editor picks), and answers where every word of any version stands on the page.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { geometryFor } from '../../core/geometry/map-geometry';
import type { PageGeometry } from '../../core/geometry/page-geometry';
import { exportOcr, type OcrExportFormat } from '../export/ocr/index';
import { ImportError } from '../import/errors';
import { previewImage, scanImage, type ScanImage } from '../pages/scan-image';
import { WorkspaceError, type WorkspaceRepository } from '../workspace/index';
import type { PageRecord, PageStore, StoredScan } from '../workspace/page-store';
import type { ImportedDraft } from './ports';

/** Where to look for a draft's scan. */
export interface ScanHints {
  /** The folder the draft was read from: the scan the file names is looked for there. */
  readonly folder?: string;
  /** A scan given explicitly (`galley import FILE --image IMG`); it must be readable. */
  readonly image?: string;
}

/** A version's geometry and the scan it stands on. */
export interface VersionPages {
  readonly format: string;
  /** Offsets are UTF-16 code units into the version's text. */
  readonly geometry: PageGeometry;
  readonly scan: StoredScan | null;
}

export interface PageServiceDeps {
  readonly repository: WorkspaceRepository;
  readonly store: PageStore;
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  alto: 'ALTO',
  page: 'PAGE-XML',
  hocr: 'hOCR',
};

/**
 * A write-back into an OCR format the issue was not imported from: `imported` is the format it
 * was imported from, or null when it came from no OCR file (so there is nothing to write into).
 * `from` and `to` are the formats' names as an editor knows them (PAGE-XML, hOCR).
 */
export class WriteBackRefused extends WorkspaceError {
  readonly from: string | null;
  readonly to: string;

  constructor(
    readonly imported: string | null,
    readonly format: OcrExportFormat,
  ) {
    const to = FORMAT_NAMES[format] ?? format;
    const from = imported && (FORMAT_NAMES[imported] ?? imported);
    super(
      'invalid-input',
      from
        ? `This issue was imported from ${from}, so it can be written back as ${from}, not ${to}.`
        : `This issue was not imported from ALTO, PAGE-XML or hOCR, so there is no ${to} file to write it back into.`,
    );
    this.name = 'WriteBackRefused';
    this.from = from;
    this.to = to;
  }
}

export class PageService {
  private readonly repo: WorkspaceRepository;
  private readonly store: PageStore;

  constructor(deps: PageServiceDeps) {
    this.repo = deps.repository;
    this.store = deps.store;
  }

  /**
   * Reads what a draft brings for its pages before anything is written (an explicit scan that
   * cannot be read throws here, so the import writes nothing); the returned function stores it
   * once the issue exists. Drafts without geometry (txt, docx) store nothing.
   */
  async prepare(
    draft: ImportedDraft,
    hints: ScanHints = {},
  ): Promise<(issueId: string) => Promise<void>> {
    const { geometry, source } = draft;
    if (!geometry || !source) return async () => undefined;
    let scan: (ScanImage & { name: string }) | undefined;
    if (hints.image) {
      scan = {
        ...(await scanImage(await readScan(hints.image), basename(hints.image))),
        name: basename(hints.image),
      };
    } else {
      scan = await this.findScan(geometry, hints.folder);
    }
    return async (issueId) => {
      const sourceSha = await this.store.putBlob(source);
      const geometrySha = await this.store.putBlob(Buffer.from(JSON.stringify(geometry)));
      const stored = scan ? await this.storeScan(scan) : null;
      await this.store.putRecord({
        pageRecord: 1,
        issueId,
        format: draft.format,
        sourceName: draft.sourceName,
        source: sourceSha,
        geometry: geometrySha,
        scan: stored,
      });
    };
  }

  /** The scan the file names, if it lies in `folder` (as named, or by its base name). */
  private async findScan(
    geometry: PageGeometry,
    folder: string | undefined,
  ): Promise<(ScanImage & { name: string }) | undefined> {
    const named = geometry.pages.find((page) => page.image)?.image;
    if (!named || folder === undefined) return undefined;
    const relative = named.replace(/\\/g, '/');
    for (const candidate of new Set([join(folder, relative), join(folder, basename(relative))])) {
      if (!candidate.startsWith(folder)) continue;
      const bytes = await readFile(candidate).catch(() => undefined);
      if (!bytes) continue;
      try {
        return { ...(await scanImage(bytes, basename(candidate))), name: basename(candidate) };
      } catch {
        return undefined; // a damaged scan beside the file does not stop the import
      }
    }
    return undefined;
  }

  private async storeScan(scan: ScanImage & { name: string }): Promise<StoredScan> {
    const sha256 = await this.store.putBlob(scan.bytes);
    const stored = {
      sha256,
      type: scan.type,
      width: scan.width,
      height: scan.height,
      name: scan.name,
    };
    const preview = await previewImage(scan);
    if (!preview) return stored;
    const { width, height } = preview;
    const sha = await this.store.putBlob(preview.bytes);
    return { ...stored, preview: { sha256: sha, type: 'image/jpeg', width, height } };
  }

  /** The issue's page record; throws `invalid-input` when the issue has no page geometry. */
  async record(ref: string): Promise<PageRecord> {
    const record = await this.find(ref);
    if (!record) {
      throw new WorkspaceError(
        'invalid-input',
        `Issue ${this.repo.resolveIssue(ref).id} was not imported from ALTO, PAGE-XML or hOCR, so it has no page coordinates.`,
      );
    }
    return record;
  }

  /** The issue's page record, or undefined when it was not imported from an OCR file. */
  find(ref: string): Promise<PageRecord | undefined> {
    return this.store.getRecord(this.repo.resolveIssue(ref).id);
  }

  /** Whether the issue has page geometry (it was imported from an OCR file). */
  async has(ref: string): Promise<boolean> {
    return (await this.find(ref)) !== undefined;
  }

  /** The geometry of a version (default: the head), carried from the imported text. */
  async geometry(ref: string, versionRef?: string | number): Promise<VersionPages> {
    const record = await this.record(ref);
    const issueId = record.issueId;
    const first = this.repo.resolveVersion(issueId, 1);
    const version =
      versionRef === undefined
        ? this.repo.headVersion(issueId)
        : this.repo.resolveVersion(issueId, versionRef);
    const imported = JSON.parse(
      (await this.store.getBlob(record.geometry)).toString('utf8'),
    ) as PageGeometry;
    if (version.id === first.id)
      return { format: record.format, geometry: imported, scan: record.scan };
    const [before, after] = await Promise.all([
      this.repo.readText(first),
      this.repo.readText(version),
    ]);
    return {
      format: record.format,
      geometry: geometryFor(imported, before, after),
      scan: record.scan,
    };
  }

  /** Geometry of version 1 carried to `text` (the editor's working copy). */
  async geometryOfText(ref: string, text: string): Promise<VersionPages> {
    const record = await this.record(ref);
    const first = this.repo.resolveVersion(record.issueId, 1);
    const imported = JSON.parse(
      (await this.store.getBlob(record.geometry)).toString('utf8'),
    ) as PageGeometry;
    const before = await this.repo.readText(first);
    return {
      format: record.format,
      geometry: geometryFor(imported, before, text),
      scan: record.scan,
    };
  }

  /** The original OCR file's bytes. */
  async source(ref: string): Promise<{ bytes: Buffer; record: PageRecord }> {
    const record = await this.record(ref);
    return { bytes: await this.store.getBlob(record.source), record };
  }

  /**
   * A version (default: the head) written back into the issue's original OCR file: every word's
   * text replaced by the corrected text, every coordinate kept. `format` must be the format the
   * issue was imported from.
   */
  async exportOcr(
    ref: string,
    versionRef: string | number | undefined,
    format: OcrExportFormat,
  ): Promise<{ bytes: Uint8Array; sourceName: string; versionNumber: number }> {
    const record = await this.find(ref);
    if (record?.format !== format) throw new WriteBackRefused(record?.format ?? null, format);
    const issueId = record.issueId;
    const first = this.repo.resolveVersion(issueId, 1);
    const version =
      versionRef === undefined
        ? this.repo.headVersion(issueId)
        : this.repo.resolveVersion(issueId, versionRef);
    const [source, geometryBytes, importedText, text] = await Promise.all([
      this.store.getBlob(record.source),
      this.store.getBlob(record.geometry),
      this.repo.readText(first),
      this.repo.readText(version),
    ]);
    const geometry = JSON.parse(geometryBytes.toString('utf8')) as PageGeometry;
    const bytes = exportOcr(format, source, record.sourceName, geometry, importedText, text);
    return { bytes, sourceName: record.sourceName, versionNumber: version.number };
  }

  /**
   * The scan's bytes, or null when the issue has none yet; with `preview`, its smaller screen
   * copy when it has one (`image` says which was read).
   */
  async scan(
    ref: string,
    preview = false,
  ): Promise<{
    bytes: Buffer;
    scan: StoredScan;
    image: { type: 'image/png' | 'image/jpeg'; width: number; height: number };
  } | null> {
    const record = await this.record(ref);
    if (!record.scan) return null;
    const image = (preview && record.scan.preview) || record.scan;
    return { bytes: await this.store.getBlob(image.sha256), scan: record.scan, image };
  }

  /** Puts the scan file the editor picked in a dialog (PNG, JPEG or TIFF) beside the issue's text. */
  async attachScanFile(ref: string, path: string): Promise<StoredScan> {
    return this.attachScan(ref, await readScan(path), basename(path));
  }

  /** Puts the scan the editor picked (PNG, JPEG or TIFF bytes) beside the issue's text. */
  async attachScan(ref: string, bytes: Uint8Array, name: string): Promise<StoredScan> {
    const record = await this.record(ref);
    const stored = await this.storeScan({
      ...(await scanImage(bytes, name)),
      name: basename(name),
    });
    await this.store.putRecord({ ...record, scan: stored });
    return stored;
  }
}

async function readScan(path: string): Promise<Buffer> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(
      'missing',
      `The scan "${basename(path)}" cannot be read (${error.code ?? error.message}).`,
    );
  });
}

/**
 * The page part of the contract (the scan pane): request schemas and response types of the
 * `pages.*` channels. `contract.ts` merges them into the one contract.
 */
import { z } from 'zod';
import type { PageGeometry } from '../core/geometry/page-geometry';
import { MAX_DROPPED_FILE_BASE64 } from './limits';

export type { PageGeometry };

const id = z.string().min(1).max(128);

/** A page scan as stored in the workspace. */
export interface ScanInfo {
  readonly type: 'image/png' | 'image/jpeg';
  /** Pixels of the image. */
  readonly width: number;
  readonly height: number;
  readonly name: string;
}

/** What the scan pane needs of an issue imported from ALTO, PAGE-XML or hOCR. */
export interface PageView {
  /** alto, page or hocr. */
  readonly format: string;
  /** Offsets into the imported version's text (map them to the working text with `geometryFor`). */
  readonly geometry: PageGeometry;
  readonly scan: ScanInfo | null;
}

export const pageRequests = {
  'pages.view': z.object({ issueId: id }),
  /** `preview`: the smaller screen copy of a large scan, when it has one. */
  'pages.scan': z.object({ issueId: id, preview: z.boolean().optional() }),
  'pages.attachScan': z.object({
    issueId: id,
    name: z.string().min(1).max(255),
    /** The image's bytes, base64 (PNG, JPEG or TIFF). */
    base64: z.string().max(MAX_DROPPED_FILE_BASE64),
  }),
  /** Asks the editor for the scan in a native dialog and keeps it beside the issue's text. */
  'pages.chooseScan': z.object({ issueId: id }),
} as const;

export interface PageResponses {
  /** null for an issue without page coordinates (txt, docx). */
  'pages.view': PageView | null;
  /**
   * The scan's bytes, base64, and the width of the image sent (less than the scan's for its
   * screen copy); null while the issue has no scan.
   */
  'pages.scan': {
    readonly type: ScanInfo['type'];
    readonly base64: string;
    readonly width: number;
  } | null;
  'pages.attachScan': ScanInfo;
  /** null when the editor cancelled the dialog. */
  'pages.chooseScan': ScanInfo | null;
}

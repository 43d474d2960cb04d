/**
 * The shape of an imported draft, shared by every importer.
 *
 * Every offset is a UTF-16 code unit into `ImportedDraft.text`, which is normalized: `\n` line
 * ends only, blocks separated by one blank line.
 */

import type { PageGeometry } from '../../core/geometry/page-geometry';

/** The kinds of file Galley imports. */
export type DraftFormat = 'txt' | 'docx' | 'alto' | 'page' | 'hocr';

/** One OCR word whose engine confidence fell below the threshold. */
export interface WordConfidence {
  /** Offset of the word's first code unit in the draft text. */
  start: number;
  /** Offset after the word's last code unit; `start < end`. */
  end: number;
  /** The engine's confidence, 0 (unsure) to 1 (sure). */
  confidence: number;
}

/** A draft decoded to text, ready to become the first version of an issue. */
export interface ImportedDraft {
  /**
   * The normalized text: `\n` line ends. For OCR formats: lines of a block joined by `\n`, blocks
   * (and pages) separated by exactly one blank line, no leading or trailing blank line. For txt:
   * the decoded text with only its line ends normalized.
   */
  text: string;
  format: DraftFormat;
  /** For txt, the encoding used (utf-8, utf-16le, utf-16be, gb18030, big5); null for other formats. */
  encoding: string | null;
  /** The base name of the file (no folder). */
  sourceName: string;
  /**
   * Number of pages: OCR page elements (at least 1); for docx, 1 + explicit page breaks; for txt,
   * 1 + form feeds that separate text.
   */
  pages: number;
  /**
   * Offset in `text` where each page starts (`pageStarts.length === pages`, first is 0). Pages are
   * separated by a blank line like blocks, so no marker in the text can confuse a detector; this
   * is where the page breaks are kept. Present for the OCR formats.
   */
  pageStarts?: number[];
  /** Words whose confidence is below the threshold, in text order; empty when the format has none. */
  lowConfidence: WordConfidence[];
  /** For the OCR formats: where each word, line and block stands on the page (offsets into `text`). */
  geometry?: PageGeometry;
  /** For the OCR formats: the file's bytes as read, kept so corrections can be written back. */
  source?: Uint8Array;
}

/** Options of importDraft and importBytes. */
export interface ImportOptions {
  /**
   * Forces the text encoding (utf-8, utf-16le, utf-16be, gb18030, big5, or aliases gbk/gb2312/big5-hkscs/utf8) of a
   * .txt draft, or of an XML draft instead of its declaration.
   */
  encoding?: string;
  /** Largest file accepted, in bytes. Default DEFAULT_MAX_BYTES (200 MiB). */
  maxBytes?: number;
  /** Words with a confidence below this (0..1) are listed in lowConfidence. Default 0.8. */
  confidenceThreshold?: number;
}

/** 200 MiB: the largest draft imported unless `maxBytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** Words under this confidence (0..1) are reported as low-confidence by default. */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.8;

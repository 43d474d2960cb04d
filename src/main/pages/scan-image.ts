/**
 * Page scans into a form the renderer shows as it is: PNG and JPEG are kept byte for byte, TIFF
 * (uncompressed, LZW, JPEG-in-TIFF, …) is decoded with sharp (libvips) and stored as JPEG for
 * colour or grey pages and PNG for bilevel ones. Only the first page of a multi-page TIFF is read.
 */
import sharp, { type Metadata } from 'sharp';
import { ImportError } from '../import/errors';

/** A scan ready to store: PNG or JPEG bytes and their size in pixels. */
export interface ScanImage {
  readonly bytes: Uint8Array;
  readonly type: 'image/png' | 'image/jpeg';
  readonly width: number;
  readonly height: number;
}

/** Largest scan accepted, in pixels (a 600 dpi broadsheet is about 130 megapixels). */
const MAX_PIXELS = 400_000_000;

/**
 * Reads an image file's bytes as a scan. Throws ImportError with a sentence naming the file when it
 * is not a PNG, JPEG or TIFF image or cannot be decoded.
 */
export async function scanImage(bytes: Uint8Array, name: string): Promise<ScanImage> {
  let info: Metadata;
  try {
    info = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw new ImportError(
      'unknown-type',
      `"${name}" is not an image Galley can read (PNG, JPEG or TIFF).`,
    );
  }
  const width = info.width ?? 0;
  const height = info.height ?? 0;
  if (!width || !height)
    throw new ImportError('damaged', `"${name}" has no readable picture size.`);
  if (info.format === 'png') return { bytes, type: 'image/png', width, height };
  if (info.format === 'jpeg') return { bytes, type: 'image/jpeg', width, height };
  if (info.format !== 'tiff') {
    throw new ImportError(
      'unknown-type',
      `"${name}" is a ${String(info.format)} image; Galley shows PNG, JPEG and TIFF scans.`,
    );
  }
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, page: 0 }).rotate();
    const bilevel = info.bitsPerSample === 1;
    const out = bilevel
      ? await image
          .png({ compressionLevel: 6, palette: false })
          .toBuffer({ resolveWithObject: true })
      : await image.jpeg({ quality: 88, mozjpeg: false }).toBuffer({ resolveWithObject: true });
    return {
      bytes: out.data,
      type: bilevel ? 'image/png' : 'image/jpeg',
      width: out.info.width,
      height: out.info.height,
    };
  } catch {
    throw new ImportError(
      'damaged',
      `"${name}" is a TIFF image that Galley cannot decode (damaged or unsupported).`,
    );
  }
}

/** Scans larger than this (pixels) get a screen copy the pane shows first. */
export const PREVIEW_ABOVE = 12_000_000;
/** The screen copy's width in pixels: sharp for a pane at fit width (zooming in waits for the full image). */
export const PREVIEW_WIDTH = 1400;

/**
 * A JPEG screen copy of a large scan (`PREVIEW_WIDTH` wide) that the scan pane shows while the
 * full image is carried over; null for a scan of at most `PREVIEW_ABOVE` pixels.
 */
export async function previewImage(scan: ScanImage): Promise<ScanImage | null> {
  if (scan.width * scan.height <= PREVIEW_ABOVE || scan.width <= PREVIEW_WIDTH) return null;
  const out = await sharp(scan.bytes, { limitInputPixels: MAX_PIXELS })
    .resize({ width: PREVIEW_WIDTH })
    .jpeg({ quality: 82, mozjpeg: false })
    .toBuffer({ resolveWithObject: true });
  return { bytes: out.data, type: 'image/jpeg', width: out.info.width, height: out.info.height };
}

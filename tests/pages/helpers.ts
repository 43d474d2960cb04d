/**
 * Helpers of the page tests: the real OCR files and scans of ../shared/corpus/ocr-formats laid
 * out in a temp folder the way a library delivers them (the scan beside the XML under the name
 * the XML gives), and a real workspace over another temp folder.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from '../fixtures/shared-corpus';
import { createServices, type Services } from '../../src/main/services/index';
import { openWorkspace } from '../../src/main/workspace/index';

/** The ocr-formats folder of the shared corpus. */
export const OCR = fileURLToPath(new URL('corpus/ocr-formats/', SHARED));

/** The three OCR files with scans, each with where its scan goes beside it. */
export const PAGES = {
  alto: { file: 'alto/PAGE_0020_ALTO.xml', image: 'images/INPUT_0020.tif', as: 'INPUT_0020.tif' },
  page: {
    file: 'page/PAGE_0020_PAGE.xml',
    image: 'images/INPUT_0020.tif',
    as: 'OCR-D-IMG/INPUT_0020.tif',
  },
  hocr: { file: 'hocr/tess.hocr', image: 'images/alice_1.png', as: 'alice_1.png' },
  hocrChoices: {
    file: 'hocr/tess_choices.hocr',
    image: 'images/alice_1.png',
    as: 'alice_1.png',
  },
} as const;

export type PageCase = keyof typeof PAGES;

/** Copies an OCR file (and, unless `withScan` is false, its scan) into `folder`; returns the file's path. */
export async function layOut(folder: string, which: PageCase, withScan = true): Promise<string> {
  const { file, image, as } = PAGES[which];
  const target = join(folder, file.split('/').pop() ?? file);
  await copyFile(join(OCR, file), target);
  if (withScan) {
    await mkdir(dirname(join(folder, as)), { recursive: true });
    await copyFile(join(OCR, image), join(folder, as));
  }
  return target;
}

/** Services over a new workspace in `folder`. */
export async function servicesIn(folder: string): Promise<Services> {
  return createServices(await openWorkspace(folder));
}

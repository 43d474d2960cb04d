import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  changesBetween,
  mapGeometry,
  wordAt,
  wordAtPoint,
  type PageGeometry,
} from '../../src/core/geometry';
import { importDraft } from '../../src/main/import/index';
import type { Services } from '../../src/main/services/index';
import { removeFolder, tempFolder } from '../workspace/helpers';
import { OCR, PAGES, layOut, servicesIn, type PageCase } from './helpers';

const texts = (text: string, geometry: PageGeometry): string[] =>
  geometry.words.map((w) => text.slice(w.start, w.end));

describe('coordinates kept on import', () => {
  it.each(Object.keys(PAGES) as PageCase[])(
    '%s: every word has its box and its text',
    async (which) => {
      const draft = await importDraft(join(OCR, PAGES[which].file));
      const geometry = draft.geometry!;
      expect(geometry.words.length).toBeGreaterThan(30);
      for (const word of geometry.words) {
        expect(word.box).not.toBeNull();
        const [x0, y0, x1, y1] = word.box!;
        expect(x0).toBeLessThanOrEqual(x1);
        expect(y0).toBeLessThanOrEqual(y1);
        expect(draft.text.slice(word.start, word.end).trim()).not.toBe('');
      }
      // Words tile the text: everything between two words of a line is a space or nothing.
      for (let i = 1; i < geometry.words.length; i++) {
        const gap = draft.text.slice(geometry.words[i - 1].end, geometry.words[i].start);
        expect(gap).toMatch(/^(?: ?|\n|\n\n)$/);
      }
      expect(geometry.pages[0].width).toBeGreaterThan(1000);
      // The Kant ALTO names no image (no sourceImageInformation); the others do.
      if (which !== 'alto') expect(geometry.pages[0].image).toMatch(/INPUT_0020\.tif|alice_1\.png/);
    },
  );

  it('hOCR words keep their x_wconf; ALTO and PAGE of the Kant page agree on the boxes', async () => {
    const hocr = (await importDraft(join(OCR, PAGES.hocr.file))).geometry!;
    expect(hocr.words[0]).toMatchObject({ box: [470, 530, 499, 580], confidence: 0.96 });
    const alto = (await importDraft(join(OCR, PAGES.alto.file))).geometry!;
    const page = (await importDraft(join(OCR, PAGES.page.file))).geometry!;
    expect(alto.words[1].box).toEqual([904, 302, 969, 335]);
    expect(page.words.map((w) => w.box)).toContainEqual([904, 302, 969, 335]);
  });
});

describe('coordinates carried through versions', () => {
  let folder: string;
  let drafts: string;
  let services: Services;
  beforeEach(async () => {
    folder = await tempFolder();
    drafts = await tempFolder('galley-drafts-');
    services = await servicesIn(folder);
  });
  afterEach(async () => {
    await services.workspace.close();
    await removeFolder(folder);
    await removeFolder(drafts);
  });

  it('a corrected, a joined and a split word keep their boxes in a later version; durable', async () => {
    const path = await layOut(drafts, 'hocr');
    const { issue } = await services.issues.importFile(path);
    const first = await services.pages.geometry(issue.id);
    const text = (await services.issues.read(issue.id)).text;
    expect(text.startsWith('1 Down the Rabbit-Hole')).toBe(true);
    const down = first.geometry.words[1];
    const rabbit = first.geometry.words[3];
    // Correct "Down" → "DOWN", join "the Rabbit-Hole" → "theRabbit-Hole", split "Alice" → "Al ice".
    const alice = first.geometry.words.find((w) => text.slice(w.start, w.end) === 'Alice')!;
    const edited =
      text.slice(0, down.start) +
      'DOWN ' +
      text.slice(down.end + 1, rabbit.start - 1) +
      text.slice(rabbit.start, alice.start) +
      'Al ice' +
      text.slice(alice.end);
    await services.issues.save(issue.id, edited);
    await services.workspace.close();
    services = await servicesIn(folder);
    const later = await services.pages.geometry(issue.id);
    const words = later.geometry.words;
    expect(edited.slice(words[1].start, words[1].end)).toBe('DOWN');
    expect(words[1].box).toEqual(down.box);
    expect(edited.slice(words[2].start, words[3].end)).toBe('theRabbit-Hole');
    const split = words.find((w) => w.source === alice.source)!;
    expect(edited.slice(split.start, split.end)).toBe('Al ice');
    expect(wordAt(later.geometry, split.start + 1)).toBe(split);
    const [x0, y0, x1, y1] = split.box!;
    expect(wordAtPoint(later.geometry, (x0 + x1) / 2, (y0 + y1) / 2)).toBe(split);
    expect(later.scan).toMatchObject({ type: 'image/png', width: 2488, height: 3507 });
  });

  it('finds the scan by the folder the PAGE file names, decodes the JPEG-in-TIFF to JPEG', async () => {
    const path = await layOut(drafts, 'page');
    const { issue } = await services.issues.importFile(path);
    const scan = await services.pages.scan(issue.id);
    expect(scan?.scan).toMatchObject({ type: 'image/jpeg', width: 1457, height: 2084 });
    expect([...scan!.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('imports without a scan, and takes one given later', async () => {
    const path = await layOut(drafts, 'alto', false);
    const { issue } = await services.issues.importFile(path);
    expect(await services.pages.scan(issue.id)).toBeNull();
    const tif = await readFile(join(OCR, PAGES.alto.image));
    const stored = await services.pages.attachScan(issue.id, tif, 'INPUT_0020.tif');
    expect(stored).toMatchObject({ width: 1457, height: 2084 });
    await expect(
      services.pages.attachScan(issue.id, Buffer.from('not an image'), 'x.png'),
    ).rejects.toThrow(/"x\.png" is not an image Galley can read/);
  });

  it('an explicit scan that cannot be read stops the import before anything is written', async () => {
    const path = await layOut(drafts, 'hocr', false);
    await expect(
      services.issues.importFile(path, { image: join(drafts, 'missing.png') }),
    ).rejects.toThrow(/"missing\.png" cannot be read/);
    expect(services.issues.list()).toHaveLength(0);
  });
});

describe('mapping geometry (properties)', () => {
  it('mapped words stay in order, inside the text, and keep the text of untouched words', async () => {
    const draft = await importDraft(join(OCR, PAGES.hocr.file));
    const base = draft.text;
    const geometry = draft.geometry!;
    const edit = fc.record({
      at: fc.nat({ max: base.length }),
      remove: fc.nat({ max: 6 }),
      insert: fc.string({ maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 5 }), (edits) => {
        let text = base;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        }
        const mapped = mapGeometry(geometry, changesBetween(base, text));
        let last = 0;
        for (const word of mapped.words) {
          expect(word.start).toBeGreaterThanOrEqual(last);
          expect(word.end).toBeGreaterThanOrEqual(word.start);
          expect(word.end).toBeLessThanOrEqual(text.length);
          last = word.end;
        }
        if (text === base) expect(texts(text, mapped)).toEqual(texts(base, geometry));
      }),
      { numRuns: 60 },
    );
  });
});

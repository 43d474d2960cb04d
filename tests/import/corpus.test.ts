/**
 * Every real OCR file of ../shared/corpus/ocr-formats, imported and checked against counts and
 * texts taken from the raw XML by independent means (regular expressions, not the importers).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDraft, type ImportedDraft } from '../../src/main/import';
import { splitBlocks } from '../../src/core';

const CORPUS = '../shared/corpus/ocr-formats';
const BL_ALTO = `${CORPUS}/alto/0002364_18110127_0001.xml`;
const KANT_ALTO = `${CORPUS}/alto/PAGE_0020_ALTO.xml`;
const KANT_PAGE = `${CORPUS}/page/PAGE_0020_PAGE.xml`;
const TESS = `${CORPUS}/hocr/tess.hocr`;
const TESS_CHOICES = `${CORPUS}/hocr/tess_choices.hocr`;
const WETZEL = `${CORPUS}/hocr/wetzel_reisebegleiter_1901_0021.hocr`;
const NZZ = `${CORPUS}/page/nzz`;

function unescape(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

const squash = (text: string): string => text.replace(/\s+/g, '');
const nonBlankLines = (text: string): string[] =>
  text.split('\n').filter((line) => line.trim() !== '');

/** Each low-confidence span is inside the text, in order, and covers no whitespace at its ends. */
function expectValidSpans(draft: ImportedDraft): void {
  let previous = 0;
  for (const word of draft.lowConfidence) {
    expect(word.start).toBeGreaterThanOrEqual(previous);
    expect(word.end).toBeGreaterThan(word.start);
    expect(word.end).toBeLessThanOrEqual(draft.text.length);
    const text = draft.text.slice(word.start, word.end);
    expect(text).toBe(text.trim());
    expect(word.confidence).toBeGreaterThanOrEqual(0);
    expect(word.confidence).toBeLessThan(0.8);
    previous = word.end;
  }
}

function expectNormalized(draft: ImportedDraft): void {
  expect(draft.text).not.toMatch(/\r/);
  expect(draft.text).not.toMatch(/\n\s*\n\s*\n/); // one blank line between blocks, never more
  expect(draft.text).toBe(draft.text.trim());
  expect(draft.encoding).toBeNull();
  expect(draft.pageStarts).toEqual([0]);
}

describe('ALTO: The Antigallican Monitor (BL, ALTO 1.4 without namespace, CRLF and LF mixed)', () => {
  const xml = readFileSync(BL_ALTO, 'utf8');
  const strings = [...xml.matchAll(/<String\b([^>]*)\/?>/g)].map((m) => {
    const attr = (name: string): string | undefined => {
      const found = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(m[1]);
      return found ? unescape(found[1] ?? found[2]) : undefined;
    };
    return {
      content: attr('CONTENT') ?? '',
      wc: Number(attr('WC')),
      type: attr('SUBS_TYPE'),
      subs: attr('SUBS_CONTENT'),
    };
  });

  it('has the counts the corpus README gives', () => {
    expect(strings).toHaveLength(1538);
    expect(strings.filter((s) => s.type === 'HypPart1')).toHaveLength(34);
  });

  it('keeps every character, joining the 34 hyphenated words to SUBS_CONTENT', async () => {
    const draft = await importDraft(BL_ALTO);
    expect(draft.format).toBe('alto');
    expect(draft.sourceName).toBe('0002364_18110127_0001.xml');
    expect(draft.pages).toBe(1);
    expectNormalized(draft);
    const expected: string[] = [];
    for (const s of strings) {
      if (s.type === 'HypPart2') continue;
      expected.push(s.type === 'HypPart1' && s.subs ? s.subs : s.content);
    }
    expect(squash(draft.text)).toBe(squash(expected.join('')));
    // The joined word continues its line with the rest of the next one, as Galley's own
    // hyphenation fix joins them; the second part is not repeated.
    expect(draft.text).toContain('As a general proposition, it can hardly ');
    expect(draft.text).toContain("there hare been circumstan;t'es, in which a nation");
    expect(draft.text).not.toMatch(/gene-/);
    expect(splitBlocks(draft.text)).toHaveLength(14);
    // 193 TextLines; the 34 that continue a joined word join the line before.
    expect(nonBlankLines(draft.text)).toHaveLength(159);
  });

  it('keeps SP as the only word separator ("4." and superscript "11" stay together)', async () => {
    const draft = await importDraft(BL_ALTO);
    expect(draft.text.startsWith('4.11,1\n')).toBe(true);
  });

  it('lists every word under WC 0.8, a joined word with the lower of its two parts', async () => {
    const draft = await importDraft(BL_ALTO);
    const low: { text: string; wc: number }[] = [];
    for (let i = 0; i < strings.length; i++) {
      const s = strings[i];
      if (s.type === 'HypPart2') continue;
      if (s.type === 'HypPart1' && s.subs) {
        const wc = Math.min(s.wc, strings[i + 1].wc);
        if (wc < 0.8) low.push({ text: s.subs, wc });
      } else if (s.wc < 0.8 && s.content !== '') {
        low.push({ text: s.content, wc: s.wc });
      }
    }
    expect(draft.lowConfidence).toHaveLength(low.length);
    expect(draft.lowConfidence.map((w) => draft.text.slice(w.start, w.end))).toEqual(
      low.map((w) => w.text),
    );
    expect(draft.lowConfidence.map((w) => w.confidence)).toEqual(low.map((w) => w.wc));
    expectValidSpans(draft);
  });
});

describe('Kant, the same page as ALTO v2 and PAGE 2019-07-15 (pc: prefix)', () => {
  const pageXml = readFileSync(KANT_PAGE, 'utf8');
  const words = [...pageXml.matchAll(/<pc:Word\b[\s\S]*?<pc:Unicode>([^<]*)<\/pc:Unicode>/g)].map(
    (m) => unescape(m[1]),
  );
  const lines = [...pageXml.matchAll(/<pc:TextLine\b[\s\S]*?<\/pc:TextLine>/g)].map((m) => {
    const own = m[0].slice(m[0].lastIndexOf('</pc:Word>'));
    return unescape(/<pc:Unicode>([^<]*)<\/pc:Unicode>/.exec(own)?.[1] ?? '');
  });

  it('has 258 words in 31 lines', () => {
    expect(words).toHaveLength(258);
    expect(lines).toHaveLength(31);
    expect([...readFileSync(KANT_ALTO, 'utf8').matchAll(/<String\b/g)]).toHaveLength(258);
  });

  it('gives the same text from both files', async () => {
    const alto = await importDraft(KANT_ALTO);
    const page = await importDraft(KANT_PAGE);
    expect(alto.format).toBe('alto');
    expect(page.format).toBe('page');
    expect(alto.text).toBe(page.text);
    expectNormalized(alto);
    expectNormalized(page);
  });

  it('uses the line-level TextEquiv as written, one block per region in reading order', async () => {
    const page = await importDraft(KANT_PAGE);
    expect(nonBlankLines(page.text)).toEqual(lines);
    expect(squash(page.text)).toBe(squash(words.join('')));
    expect(splitBlocks(page.text).map((b) => b.text.split('\n').length)).toEqual([1, 12, 17, 1]);
    expect(page.text.startsWith('( 484 )\n\ngewiegelt worden; ſo')).toBe(true);
    expect(page.lowConfidence).toEqual([]);
  });
});

describe('PAGE 2013-07-15 (Transkribus): NZZ pages, ABBYY OCR and human ground truth', () => {
  const files = [
    ['ABBYY_FineReader_Server11/nzz_17900213_0_0_a1_p1_1.xml', 5, 37],
    ['ABBYY_FineReader_Server11/nzz_18501112_0_0_a1_p1_1.xml', 36, 135],
    ['NZZ_groundtruth/nzz_17900213_0_0_a1_p1_1.xml', 9, 74],
    ['NZZ_groundtruth/nzz_18501112_0_0_a1_p1_1.xml', 20, 128],
  ] as const;

  for (const [file, regions, lineCount] of files) {
    it(`${file}: ${regions} regions in reading order, ${lineCount} lines, every line kept`, async () => {
      const xml = readFileSync(`${NZZ}/${file}`, 'utf8');
      const draft = await importDraft(`${NZZ}/${file}`);
      expect(draft.format).toBe('page');
      expectNormalized(draft);
      const blocks = splitBlocks(draft.text);
      expect(blocks).toHaveLength(regions);
      expect(nonBlankLines(draft.text)).toHaveLength(lineCount);
      // Regions in ReadingOrder order: each block starts with its region's first line.
      const order = [...xml.matchAll(/<RegionRefIndexed index="(\d+)" regionRef="([^"]+)"/g)]
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((m) => m[2]);
      const firstLines = order.map((id) => {
        const start = xml.indexOf(`id="${id}"`);
        const region = xml.slice(start, xml.indexOf('</TextRegion>', start));
        const line = /<\/Word>\s*<TextEquiv>\s*<Unicode>([^<]*)<\/Unicode>/.exec(region);
        return unescape(line?.[1] ?? '').trim();
      });
      expect(blocks.map((b) => b.text.split('\n')[0])).toEqual(firstLines);
    });
  }

  it('keeps the ground truth line-end ¬ as written', async () => {
    const draft = await importDraft(`${NZZ}/NZZ_groundtruth/nzz_18501112_0_0_a1_p1_1.xml`);
    expect(draft.text).toContain('Nach der Eidg. Ztg. „handelt es sich gegenwärtig in Deutsch¬\n');
  });
});

describe('hOCR from Tesseract', () => {
  it('tess.hocr (single quotes, Tesseract 3.03): 503 words in 37 lines', async () => {
    const xml = readFileSync(TESS, 'utf8');
    const own = [...xml.matchAll(/class='ocrx_word'[^>]*>(.*?)<\/span>/g)].map((m) =>
      unescape(m[1].replace(/<[^>]+>/g, '')),
    );
    expect(own).toHaveLength(503);
    const draft = await importDraft(TESS);
    expect(draft.format).toBe('hocr');
    expectNormalized(draft);
    expect(draft.text.split(/\s+/)).toEqual(own);
    expect(nonBlankLines(draft.text)).toHaveLength(37);
    expect(splitBlocks(draft.text)).toHaveLength(8);
    const low = [...xml.matchAll(/x_wconf (\d+)/g)].filter((m) => Number(m[1]) < 80);
    expect(draft.lowConfidence).toHaveLength(low.length);
  });

  it('tess_choices.hocr (LSTM choices): a word is its own text, never its alternatives', async () => {
    const xml = readFileSync(TESS_CHOICES, 'utf8');
    const words = [...xml.matchAll(/class='ocrx_word'[^>]*title='[^']*x_wconf (\d+)'>([^<]*)/g)];
    expect(words).toHaveLength(503);
    const draft = await importDraft(TESS_CHOICES);
    expectNormalized(draft);
    expect(draft.text.split(/\s+/)).toEqual(words.map((m) => unescape(m[2]).trim()));
    expect(nonBlankLines(draft.text)).toHaveLength(37);
    const low = words.filter((m) => Number(m[1]) < 80).map((m) => unescape(m[2]).trim());
    expect(draft.lowConfidence.map((w) => draft.text.slice(w.start, w.end))).toEqual(low);
    expect(draft.lowConfidence.map((w) => w.confidence)).toEqual(
      words.filter((m) => Number(m[1]) < 80).map((m) => Number(m[1]) / 100),
    );
    expectValidSpans(draft);
  });

  it('the two Tesseract versions give the same page, line for line', async () => {
    const old = nonBlankLines((await importDraft(TESS)).text);
    const lstm = nonBlankLines((await importDraft(TESS_CHOICES)).text);
    expect(lstm).toHaveLength(old.length);
    expect(lstm[0]).toBe(old[0]);
    expect(lstm[0]).toBe('1 Down the Rabbit-Hole');
  });

  it('wetzel (double quotes, indented): 212 words in 31 lines, one of them a lone space', async () => {
    const xml = readFileSync(WETZEL, 'utf8');
    const words = [...xml.matchAll(/class="ocrx_word"[^>]*x_wconf (\d+)"[^>]*>([^<]*)<\/span>/g)];
    expect(words).toHaveLength(212);
    expect([...xml.matchAll(/class="ocr_line"/g)]).toHaveLength(31);
    const draft = await importDraft(WETZEL);
    expectNormalized(draft);
    const real = words.filter((m) => m[2].trim() !== '');
    expect(real).toHaveLength(211);
    expect(draft.text.split(/\s+/)).toEqual(real.map((m) => unescape(m[2])));
    // The 31st line held only the blank word at the page edge.
    expect(nonBlankLines(draft.text)).toHaveLength(30);
    expect(draft.text).toContain('was man braucht-\n');
    const low = real.filter((m) => Number(m[1]) < 80);
    expect(draft.lowConfidence).toHaveLength(low.length);
    expect(draft.lowConfidence.map((w) => draft.text.slice(w.start, w.end))).toEqual(
      low.map((m) => m[2]),
    );
    expectValidSpans(draft);
  });
});

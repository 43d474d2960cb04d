/**
 * Small hand-made ALTO, PAGE-XML and hOCR files for the features the real corpus does not show:
 * several pages, a reading order unlike document order, fallbacks, confidences, CJK spacing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importBytes, type ImportedDraft } from '../../src/main/import';
import { joinsWithoutSpace, lineFromWords } from '../../src/main/import/ocr-text';

const load = (xml: string, name: string): Promise<ImportedDraft> =>
  importBytes(Buffer.from(xml), name);

const string = (content: string, extra = ''): string => `<String CONTENT="${content}" ${extra}/>`;

function alto(pages: string[][][], ns = 'http://www.loc.gov/standards/alto/ns-v4#'): string {
  const body = pages
    .map(
      (blocks, p) =>
        `<Page ID="P${p}"><PrintSpace>` +
        blocks
          .map(
            (lines) =>
              `<TextBlock>${lines.map((line) => `<TextLine>${line}</TextLine>`).join('')}</TextBlock>`,
          )
          .join('') +
        '</PrintSpace></Page>',
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><alto xmlns="${ns}"><Layout>${body}</Layout></alto>`;
}

describe('ALTO', () => {
  it('keeps page breaks as a blank line and reports where each page starts', async () => {
    const xml = alto([
      [
        [string('Front') + '<SP/>' + string('page')],
        [string('Second') + '<SP/>' + string('block')],
      ],
      [],
      [[string('Back') + '<SP/>' + string('page')]],
    ]);
    const draft = await load(xml, 'three.xml');
    expect(draft.text).toBe('Front page\n\nSecond block\n\nBack page');
    expect(draft.pages).toBe(3);
    // The empty middle page starts where the next text starts.
    expect(draft.pageStarts).toEqual([0, 26, 26]);
    expect(draft.text.slice(draft.pageStarts?.[2])).toBe('Back page');
  });

  it('prints a HYP that has no SUBS_CONTENT join, and joins one that has', async () => {
    const xml = alto([
      [
        [
          string('Die') + '<SP/>' + string('Zei') + '<HYP CONTENT="-"/>',
          string('tung') +
            '<SP/>' +
            string('kam', 'SUBS_TYPE="HypPart1" SUBS_CONTENT="kamen" WC="0.9"') +
            '<HYP CONTENT="-"/>',
          string('en', 'SUBS_TYPE="HypPart2" SUBS_CONTENT="kamen" WC="0.5"') +
            '<SP/>' +
            string('heute'),
        ],
      ],
    ]);
    const draft = await load(xml, 'hyp.xml');
    expect(draft.text).toBe('Die Zei-\ntung kamen heute');
    expect(draft.lowConfidence).toEqual([{ start: 14, end: 19, confidence: 0.5 }]);
  });

  it('reads ALTO v2, v3 and v4 namespaces and ALTO without one alike', async () => {
    for (const ns of [
      'http://www.loc.gov/standards/alto/ns-v2#',
      'http://www.loc.gov/standards/alto/ns-v3#',
      'http://www.loc.gov/standards/alto/ns-v4#',
      'http://schema.ccs-gmbh.com/ALTO',
    ]) {
      const draft = await load(alto([[[string('a') + '<SP/>' + string('b')]]], ns), 'v.xml');
      expect(draft.text).toBe('a b');
      expect(draft.format).toBe('alto');
    }
    const plain = alto([[[string('a') + '<SP/>' + string('b')]]]).replace(/ xmlns="[^"]*"/, '');
    expect((await load(plain, 'v1.xml')).text).toBe('a b');
  });

  it('without SP: spaces between Strings, punctuation that touches attaches, CJK never spaced', async () => {
    const xml = alto([
      [
        [
          string('worden', 'HPOS="10" WIDTH="50"') +
            string(';', 'HPOS="60" WIDTH="5"') +
            string('so', 'HPOS="80" WIDTH="20"') +
            string('(', 'HPOS="110" WIDTH="5"') +
            string('484', 'HPOS="130" WIDTH="20"'),
          string('衡阳') + string('日报') + string('讯') + string('，') + string('记者'),
        ],
      ],
    ]);
    expect((await load(xml, 'nosp.xml')).text).toBe('worden; so ( 484\n衡阳日报讯，记者');
  });

  it('reads WC given as a percentage', async () => {
    const draft = await load(alto([[[string('low', 'WC="42"')]]]), 'pct.xml');
    expect(draft.lowConfidence).toEqual([{ start: 0, end: 3, confidence: 0.42 }]);
  });
});

const PAGE_NS = 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15';

function region(id: string, inner: string): string {
  return `<TextRegion id="${id}"><Coords points="0,0 1,1"/>${inner}</TextRegion>`;
}

function pageXml(order: string, regions: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><PcGts xmlns="${PAGE_NS}"><Page imageFilename="x.tif" imageWidth="1" imageHeight="1">` +
    `${order}${regions}</Page></PcGts>`
  );
}

const lineEquiv = (text: string, words = ''): string =>
  `<TextLine id="l">${words}<TextEquiv><Unicode>${text}</Unicode></TextEquiv></TextLine>`;
const word = (text: string, conf?: number): string =>
  `<Word id="w"><TextEquiv${conf === undefined ? '' : ` conf="${conf}"`}><Unicode>${text}</Unicode></TextEquiv></Word>`;

describe('PAGE-XML', () => {
  it('follows ReadingOrder: ordered groups by index, nested groups, unreferenced regions last', async () => {
    const order =
      '<ReadingOrder><OrderedGroup id="g"><RegionRefIndexed index="2" regionRef="a"/>' +
      '<OrderedGroupIndexed id="g2" index="1"><RegionRefIndexed index="1" regionRef="d"/><RegionRefIndexed index="0" regionRef="c"/></OrderedGroupIndexed>' +
      '<RegionRefIndexed index="0" regionRef="b"/></OrderedGroup></ReadingOrder>';
    const regions =
      region('a', lineEquiv('A')) +
      region('b', lineEquiv('B')) +
      region('c', lineEquiv('C')) +
      region('d', lineEquiv('D')) +
      region('e', lineEquiv('E'));
    expect((await load(pageXml(order, regions), 'ro.xml')).text).toBe('B\n\nC\n\nD\n\nA\n\nE');
  });

  it('keeps document order in an UnorderedGroup and without a ReadingOrder', async () => {
    const order =
      '<ReadingOrder><UnorderedGroup id="g"><RegionRef regionRef="b"/><RegionRef regionRef="a"/></UnorderedGroup></ReadingOrder>';
    const regions = region('a', lineEquiv('A')) + region('b', lineEquiv('B'));
    expect((await load(pageXml(order, regions), 'u.xml')).text).toBe('B\n\nA');
    expect((await load(pageXml('', regions), 'n.xml')).text).toBe('A\n\nB');
  });

  it('falls back from line text to words, and from lines to the region text', async () => {
    const regions =
      region('a', `<TextLine id="l1">${word('Nur')}${word('Wörter')}</TextLine>`) +
      region('b', '<TextEquiv><Unicode>Region\nzweite Zeile</Unicode></TextEquiv>') +
      region('c', `<TextLine id="l2">${word('中国')}${word('人民')}</TextLine>`);
    expect((await load(pageXml('', regions), 'fb.xml')).text).toBe(
      'Nur Wörter\n\nRegion\nzweite Zeile\n\n中国人民',
    );
  });

  it('takes the TextEquiv with the lowest index', async () => {
    const line =
      '<TextLine id="l"><TextEquiv index="2"><Unicode>second</Unicode></TextEquiv>' +
      '<TextEquiv index="1"><Unicode>first</Unicode></TextEquiv></TextLine>';
    expect((await load(pageXml('', region('a', line)), 'ix.xml')).text).toBe('first');
  });

  it('places word confidences inside the line text', async () => {
    const line = lineEquiv(
      'Zürcher Zeitung, 1790',
      word('Zürcher', 0.95) + word('Zeitung,', 0.4) + word('1790', 0.7),
    );
    const draft = await load(pageXml('', region('a', line)), 'conf.xml');
    expect(draft.lowConfidence).toEqual([
      { start: 8, end: 16, confidence: 0.4 },
      { start: 17, end: 21, confidence: 0.7 },
    ]);
  });

  it('gives a line confidence to its words when words have none (HTR output)', async () => {
    const line =
      '<TextLine id="l"><TextEquiv conf="0.5"><Unicode>zwei Wörter</Unicode></TextEquiv></TextLine>';
    const draft = await load(pageXml('', region('a', line)), 'htr.xml');
    expect(draft.lowConfidence.map((w) => draft.text.slice(w.start, w.end))).toEqual([
      'zwei',
      'Wörter',
    ]);
  });
});

describe('hOCR', () => {
  const hocr = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head><body>${body}</body></html>`;

  it('makes one block per paragraph, a page per ocr_page, and keeps <strong> text', async () => {
    const body =
      "<div class='ocr_page'><div class='ocr_carea'><p class='ocr_par'><span class='ocr_line'>" +
      "<span class='ocrx_word' title='bbox 0 0 1 1; x_wconf 96'><strong>Bold</strong></span> <span class='ocrx_word' title='x_wconf 12'>word</span>" +
      "</span></p><p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>next</span></span></p></div></div>" +
      "<div class='ocr_page'><div class='ocr_carea'><span class='ocr_line'><span class='ocrx_word'>page2</span></span></div></div>";
    const draft = await load(hocr(body), 'p.hocr');
    expect(draft.text).toBe('Bold word\n\nnext\n\npage2');
    expect(draft.pages).toBe(2);
    expect(draft.pageStarts).toEqual([0, 17]);
    expect(draft.lowConfidence).toEqual([{ start: 5, end: 9, confidence: 0.12 }]);
  });

  it('reads lines that carry text without word spans', async () => {
    const body =
      "<div class='ocr_page'><p class='ocr_par'><span class='ocr_line'>  eine   Zeile </span></p></div>";
    expect((await load(hocr(body), 'l.hocr')).text).toBe('eine Zeile');
  });

  it('joins Chinese words without spaces', async () => {
    const body =
      "<div class='ocr_page'><p class='ocr_par'><span class='ocr_line'><span class='ocrx_word'>衡阳</span> " +
      "<span class='ocrx_word'>日报</span> <span class='ocrx_word'>讯</span> <span class='ocrx_word'>(</span> <span class='ocrx_word'>Xinhua</span></span></p></div>";
    expect((await load(hocr(body), 'zh.hocr')).text).toBe('衡阳日报讯 ( Xinhua');
  });

  it('is told from plain HTML by its ocr classes', async () => {
    await expect(load(hocr('<p>not OCR</p>'), 'page.html')).rejects.toMatchObject({
      reason: 'unknown-type',
    });
  });
});

describe('lineFromWords', () => {
  it('spans cover exactly their words, whatever the words', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ minLength: 1, maxLength: 5 }),
            confidence: fc.double({ min: 0, max: 1, noNaN: true }),
            spaceBefore: fc.boolean(),
          }),
        ),
        (words) => {
          const line = lineFromWords(words);
          expect(line.words.map((w) => line.text.slice(w.start, w.end))).toEqual(
            words.map((w) => w.text),
          );
          expect(line.text.replace(/ /g, '')).toBe(
            words
              .map((w) => w.text)
              .join('')
              .replace(/ /g, ''),
          );
        },
      ),
    );
  });

  it('joins CJK to CJK and CJK punctuation, not Latin, not Hangul', () => {
    expect(joinsWithoutSpace('中', '国')).toBe(true);
    expect(joinsWithoutSpace('中', '，')).toBe(true);
    expect(joinsWithoutSpace('“', '中')).toBe(true);
    expect(joinsWithoutSpace('Alice', '‘Without')).toBe(false);
    expect(joinsWithoutSpace('中', 'A')).toBe(false);
    expect(joinsWithoutSpace('한국', '사람')).toBe(false);
    expect(joinsWithoutSpace('𠀀', '中')).toBe(true);
  });
});

/**
 * Hostile nesting: a PAGE-XML file whose regions and reading-order groups nest 10,000 deep
 * imports every region exactly once, in order, without overflowing the call stack (it used to
 * throw "Maximum call stack size exceeded" from the recursive reading order).
 */
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/main/import';

const PAGE_NS = 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15';
const DEPTH = 10_000;

const line = (text: string): string =>
  `<TextLine><TextEquiv><Unicode>${text}</Unicode></TextEquiv></TextLine>`;

function page(order: string, regions: string): string {
  return `<?xml version="1.0"?><PcGts xmlns="${PAGE_NS}"><Page>${order}${regions}</Page></PcGts>`;
}

describe('PAGE-XML nested 10,000 deep', () => {
  it('reads regions inside regions, each once, parents before children', async () => {
    const regions =
      Array.from({ length: DEPTH }, (_, i) => `<TextRegion id="r${i}">${line(`p${i}`)}`).join('') +
      '</TextRegion>'.repeat(DEPTH);
    const draft = await importBytes(Buffer.from(page('', regions)), 'deep.xml');
    const paragraphs = draft.text.split('\n\n');
    expect(paragraphs).toHaveLength(DEPTH);
    expect(paragraphs[0]).toBe('p0');
    expect(paragraphs[DEPTH - 1]).toBe(`p${DEPTH - 1}`);
  });

  it('follows a reading order of groups inside groups', async () => {
    // The innermost group names b, the outermost a after it: the order is b, a.
    const groups =
      '<OrderedGroup id="g">'.repeat(DEPTH) +
      '<RegionRefIndexed index="0" regionRef="b"/>' +
      '</OrderedGroup>'.repeat(DEPTH - 1) +
      '<RegionRefIndexed index="1" regionRef="a"/></OrderedGroup>';
    const regions = `<TextRegion id="a">${line('A')}</TextRegion><TextRegion id="b">${line('B')}</TextRegion>`;
    const draft = await importBytes(
      Buffer.from(page(`<ReadingOrder>${groups}</ReadingOrder>`, regions)),
      'groups.xml',
    );
    expect(draft.text).toBe('B\n\nA');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArchiveIndex } from '../../src/core/archive/archive-index';
import { fingerprintDocument } from '../../src/core/archive/prints';
import {
  decodeRecords,
  encodeRecords,
  RecordFormatError,
  type IssueRecord,
} from '../../src/core/archive/record';
import { createDocument } from '../../src/core/document/document';
import { ARTICLES, issueText } from './helpers';

function record(issueId: string, date: string, text: string): IssueRecord {
  return {
    issueId,
    versionId: `${issueId}-v1`,
    date,
    prints: fingerprintDocument(createDocument(text)),
  };
}

const OLD = issueText(ARTICLES.slice(0, 6));
const ARCHIVE = new ArchiveIndex([
  record('old', '2022-09-24', OLD),
  record('other', '2022-10-01', issueText(ARTICLES.slice(10, 16))),
]);

describe('archive index', () => {
  it('finds a whole article that ran in another issue, exactly', () => {
    const text = issueText([ARTICLES[20], ARTICLES[2], ARTICLES[21]]);
    const prints = fingerprintDocument(createDocument(text));
    const matches = ARCHIVE.lookup().match(prints);
    expect(matches.articles).toHaveLength(1);
    expect(matches.articles[0]).toMatchObject({ exact: true });
    const checked = createDocument(text).blocks;
    expect(checked[matches.articles[0].firstBlock].text).toBe(ARTICLES[2].headline);
    expect(checked[matches.articles[0].lastBlock].text).toBe(ARTICLES[2].paragraphs.at(-1));
    expect(matches.articles[0].source).toMatchObject({ issueId: 'old', date: '2022-09-24' });
    const oldDoc = createDocument(OLD);
    const headlineBlock = oldDoc.blocks.findIndex((b) => b.text === ARTICLES[2].headline);
    expect(matches.articles[0].source.block).toBe(headlineBlock);
  });

  it('finds a near repeat of a paragraph with a few OCR substitutions', () => {
    const original = ARTICLES.slice(0, 6)
      .flatMap((a) => a.paragraphs)
      .find((p) => p.length > 120) as string;
    const ocr = original.replace(/已/g, '己').replace(/未/, '末').slice(0, -3) + '人。';
    const text = issueText([{ ...ARTICLES[30], paragraphs: [...ARTICLES[30].paragraphs, ocr] }]);
    const matches = ARCHIVE.lookup().match(fingerprintDocument(createDocument(text)));
    expect(matches.paragraphs).toHaveLength(1);
    expect(matches.paragraphs[0]).toMatchObject({ exact: false });
    expect(matches.paragraphs[0].source.issueId).toBe('old');
  });

  it('leaves out the excluded issue and those the caller filters', () => {
    const prints = fingerprintDocument(createDocument(OLD));
    expect(ARCHIVE.lookup({ excludeIssueId: 'old' }).match(prints).paragraphs).toEqual([]);
    expect(ARCHIVE.lookup({ include: (id) => id !== 'old' }).match(prints).articles).toEqual([]);
    expect(ARCHIVE.lookup().match(prints).articles.length).toBe(6);
  });

  it('finds nothing between unrelated articles', () => {
    const prints = fingerprintDocument(createDocument(issueText(ARTICLES.slice(100, 140))));
    const matches = ARCHIVE.lookup().match(prints);
    expect(matches.paragraphs).toEqual([]);
    expect(matches.articles).toEqual([]);
  });

  it('skips boilerplate marks, exact or near', () => {
    const weather =
      '本报讯 今日天气：晴转多云，气温十二到二十二摄氏度，东南风三到四级，空气质量良。';
    const a = record('a', '2020-03-04', `头版\n\n${weather}\n\n${ARTICLES[40].paragraphs[0]}`);
    const mark = fingerprintDocument(createDocument(weather));
    const tomorrow = weather.replace('十二', '十三').replace('二十二', '二十四');
    const index = new ArchiveIndex(
      [a],
      [{ exact: mark.exact[0], length: mark.lengths[0], bands: mark.bands.slice(0, 16) }],
    );
    const prints = fingerprintDocument(createDocument(`头版\n\n${tomorrow}`));
    const matches = index.lookup().match(prints);
    expect(matches.paragraphs).toEqual([]);
    expect(matches.boilerplate).toEqual([0]);
    expect(new ArchiveIndex([a]).lookup().match(prints).paragraphs).toHaveLength(1);
  });

  it('round-trips records through bytes and rejects damaged ones', () => {
    const records = [
      record('x', '2024-01-01', issueText(ARTICLES.slice(0, 3))),
      record('y', '', 'a'),
    ];
    const bytes = encodeRecords(records);
    expect(decodeRecords(bytes)).toEqual(records);
    // As read from disk: a Buffer at an odd offset of a shared pool.
    const pooled = Buffer.concat([Buffer.from('xyz'), Buffer.from(bytes)]).subarray(3);
    expect(decodeRecords(pooled)).toEqual(records);
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const bad = bytes.slice();
        bad[at] ^= flip;
        let damaged = -1;
        const back = decodeRecords(bad, (offset) => (damaged = offset));
        expect(damaged).toBeGreaterThanOrEqual(0);
        expect(back.length).toBeLessThan(records.length);
      }),
      { numRuns: 200 },
    );
    expect(() => decodeRecords(bytes.subarray(0, bytes.length - 1))).toThrow(RecordFormatError);
  });
});

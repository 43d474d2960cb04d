import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDocument } from '../../src/core';
import {
  buildCorrectionReport,
  csvField,
  reportCsv,
  reportHtml,
  type Correction,
} from '../../src/core/export';
import {
  BROKEN_PARAGRAPHS,
  DUPLICATE_START,
  parsePage,
  readGold,
  readSample,
} from '../compare/helpers';

const META = { title: '第一版', publication: '衡阳日报', date: '2020-03-05' };

describe('buildCorrectionReport on the sample', () => {
  const sample = readSample();
  const original = createDocument(sample).text;
  const gold = readGold();
  // The editor also changed a word by hand.
  const edited = gold.replace('记者从市扶贫办获悉', '记者从市扶贫办得知');
  const report = buildCorrectionReport(sample, edited);

  it('locates every change in the original', () => {
    for (const c of report) {
      expect(original.slice(c.start, c.end)).toBe(c.before);
      expect(c.line).toBe(original.slice(0, c.start).split('\n').length);
      expect(original.slice(c.start - c.context.before.length, c.start)).toBe(c.context.before);
    }
    const starts = report.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('names the duplicate, the joins, the stutter and the punctuation', () => {
    const duplicate = report.filter((c) => c.kind === 'duplicate-paragraph');
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatchObject({ after: '', line: 62 });
    expect(duplicate[0].before.startsWith(DUPLICATE_START)).toBe(true);

    const joins = report.filter((c) => c.kind === 'broken-paragraph');
    expect(joins).toHaveLength(BROKEN_PARAGRAPHS.length);
    expect(joins.map((c) => c.line)).toEqual([7, 25, 35, 78, 82, 102]);
    for (const j of joins) expect(j.before).toMatch(/^\n\s*\n$/);

    const stutter = report.filter((c) => c.kind === 'repeated-phrase');
    expect(stutter).toHaveLength(1);
    expect(stutter[0]).toMatchObject({ line: 66, after: '' });

    const widths = report.filter((c) => c.kind === 'punctuation-width');
    expect(widths.length).toBeGreaterThan(150);
    expect(widths.some((c) => c.before === ',' && c.after === '，')).toBe(true);
  });

  it('calls a change no finding explains a manual edit', () => {
    const manual = report.filter((c) => c.kind === 'manual-edit');
    expect(manual).toEqual([expect.objectContaining({ before: '获悉', after: '得知', line: 5 })]);
    expect(manual[0].findingId).toBeUndefined();
  });

  it('is empty when nothing changed', () => {
    expect(buildCorrectionReport(sample, sample)).toEqual([]);
  });
});

describe('property: corrections applied to the original give the exported paragraph', () => {
  it('holds for edits inside one paragraph', () => {
    const arbPara = fc
      .array(fc.constantFrom('甲', '乙', '丙', '，', ',', '。', ' ', 'ab', '依规'), {
        minLength: 1,
        maxLength: 30,
      })
      .map((p) => '起' + p.join('') + '止');
    fc.assert(
      fc.property(arbPara, arbPara, (a, b) => {
        const report = buildCorrectionReport(a, b);
        let text = a;
        for (const c of [...report].reverse())
          text = text.slice(0, c.start) + c.after + text.slice(c.end);
        expect(text).toBe(b);
      }),
      { numRuns: 300 },
    );
  });
});

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

const correction = (over: Partial<Correction>): Correction => ({
  kind: 'manual-edit',
  before: 'x',
  after: 'y',
  start: 0,
  end: 1,
  line: 1,
  context: { before: '', after: '' },
  ...over,
});

describe('reportCsv', () => {
  it('starts with a BOM, uses CRLF rows and quotes per RFC 4180', () => {
    const csv = reportCsv([
      correction({ before: '他说,"好"', after: '他说，“好”', kind: 'punctuation-width' }),
      correction({ before: '\n\n', after: '', kind: 'broken-paragraph', line: 7 }),
      correction({ before: '=SUM(A1)', after: '-1', kind: 'manual-edit' }),
    ]);
    expect(csv.startsWith('\ufeff序号,类型,类型代码,行,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5); // header, three rows, the empty tail
    const rows = parseCsv(csv.slice(1));
    expect(rows[1].slice(0, 3)).toEqual(['1', '标点全半角', 'punctuation-width']);
    expect(rows[1][6]).toBe('他说,"好"');
    expect(rows[1][7]).toBe('他说，“好”');
    expect(rows[2][6]).toBe('¶');
    expect(rows[3][6]).toBe("'=SUM(A1)");
    expect(rows[3][7]).toBe("'-1");
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
  });

  it('has English headers when asked', () => {
    expect(reportCsv([], 'en')).toBe(
      '\ufeff#,Kind,Kind code,Line,Start,End,Before,After,Context before,Context after\r\n',
    );
  });

  it('quotes exactly the fields that need it', () => {
    expect(csvField('plain 文本')).toBe('plain 文本');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('encodes the sample report so it decodes back with its Chinese', () => {
    const csv = reportCsv(buildCorrectionReport(readSample(), readGold()));
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
    expect(rows.some((r) => r[1] === '重复段落')).toBe(true);
  });
});

describe('reportHtml', () => {
  it('is a valid page with one row per correction and a summary by kind', () => {
    const corrections = buildCorrectionReport(readSample(), readGold());
    const page = parsePage(reportHtml(corrections, META));
    expect(page.errors).toEqual([]);
    expect(page.all('script')).toHaveLength(0);
    expect(page.all('tbody')[0].all('tr')).toHaveLength(corrections.length);
    const summary = page
      .all('ul')[0]
      .all('li')
      .map((li) => li.text);
    expect(summary).toContain('重复段落 1');
    expect(summary).toContain('断段 6'); // the app's name of the kind
    expect(page.all('h1')[0].text).toBe('校对报告: 第一版');
  });

  it('escapes the corrected text and says so when nothing changed', () => {
    const page = parsePage(
      reportHtml([correction({ before: '<script>', after: '</td>' })], { ...META, locale: 'en' }),
    );
    expect(page.errors).toEqual([]);
    expect(page.all('script')).toHaveLength(0);
    expect(page.all('del')[0].text).toBe('<script>');
    const empty = parsePage(reportHtml([], { ...META, locale: 'en' }));
    expect(empty.all('table')).toHaveLength(0);
    expect(empty.all('main')[0].text).toContain('nothing was changed');
  });
});

/**
 * .docx drafts: documents made at test time with the `docx` package, and archives built by hand
 * that a hostile or broken file would be (zip bombs, lying sizes, DTDs, truncation).
 */
import { describe, expect, it } from 'vitest';
import { crc32, deflateSync } from 'node:zlib';
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { ImportError, importBytes } from '../../src/main/import';
import { buildZip, docxParts, documentXml } from '../fixtures/import/zip-builder';

async function wordFile(paragraphs: (string | Paragraph)[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => (typeof p === 'string' ? new Paragraph(p) : p)) }],
  });
  return Packer.toBuffer(doc);
}

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ImportError) return error;
  throw new Error(`expected an ImportError, got ${String(error)}`);
}

/** A valid 1×1 grey PNG. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth; colour type 0 (grey)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CHINESE = [
  '衡阳日报',
  '本报讯（记者 许珂）3月4日，市委常委会召开会议，传达学习习近平总书记重要讲话精神。',
  '会议强调，要坚决打赢疫情防控和决战脱贫攻坚两场硬仗。',
];

describe('Word documents', () => {
  it('round-trips Chinese paragraphs, one block each', async () => {
    const draft = await importBytes(await wordFile(CHINESE), '头版.docx');
    expect(draft).toMatchObject({
      format: 'docx',
      encoding: null,
      sourceName: '头版.docx',
      pages: 1,
    });
    expect(draft.text).toBe(CHINESE.join('\n\n'));
    expect(draft.lowConfidence).toEqual([]);
  });

  it('drops empty paragraphs, keeps soft line breaks and leading ideographic spaces', async () => {
    const bytes = await wordFile([
      '　　第一段',
      '',
      new Paragraph({
        children: [new TextRun('标题第一行'), new TextRun({ text: '标题第二行', break: 1 })],
      }),
    ]);
    expect((await importBytes(bytes, 'x.docx')).text).toBe('　　第一段\n\n标题第一行\n标题第二行');
  });

  it('counts explicit page breaks', async () => {
    const bytes = await wordFile(['一版', new Paragraph({ children: [new PageBreak()] }), '二版']);
    const draft = await importBytes(bytes, 'pages.docx');
    expect(draft.pages).toBe(2);
    expect(draft.text).toBe('一版\n\n二版');
  });

  it('reads headings, lists, tables, footnotes and text beside an image', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('脚注内容')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: '大标题', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [new TextRun('正文 & <特殊> 字符'), new FootnoteReferenceRun(1)],
            }),
            new Paragraph({ text: '列表一', bullet: { level: 0 } }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('格一')] }),
                    new TableCell({ children: [new Paragraph('格二')] }),
                  ],
                }),
              ],
            }),
            new Paragraph({
              children: [
                new ImageRun({
                  type: 'png',
                  data: tinyPng(),
                  transformation: { width: 10, height: 10 },
                }),
                new TextRun('图后文字\t制表'),
              ],
            }),
          ],
        },
      ],
    });
    const draft = await importBytes(await Packer.toBuffer(doc), 'rich.docx');
    expect(draft.text).toBe(
      '大标题\n\n正文 & <特殊> 字符[1]\n\n列表一\n\n格一\n\n格二\n\n图后文字\t制表\n\n脚注内容',
    );
  });

  it('is recognized by its content whatever its name', async () => {
    const draft = await importBytes(await wordFile(['内容']), 'no-extension');
    expect(draft.format).toBe('docx');
  });
});

describe('hostile and broken archives', () => {
  // 100 MB of repeated paragraphs: deflates to a few hundred KB.
  const paragraph = `<w:p><w:r><w:t>${'哈'.repeat(300)}</w:t></w:r></w:p>`;
  const bombXml = documentXml([]).replace(
    '<w:body></w:body>',
    `<w:body>${paragraph.repeat(Math.ceil((100 * 1024 * 1024) / Buffer.byteLength(paragraph)))}</w:body>`,
  );

  it('refuses a zip bomb from its directory, without unpacking', async () => {
    const bomb = buildZip(docxParts(bombXml));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await failure(importBytes(bomb, 'bomb.docx'));
    expect(error.reason).toBe('unsafe');
    expect(error.message).toMatch(
      /^"bomb.docx" looks like a zip bomb: its part word\/document.xml would unpack from \d+ KB to 100 MB/,
    );
  });

  it('stops inflating a part that yields more than it declares', async () => {
    const liar = buildZip(docxParts(bombXml, 4096));
    const error = await failure(importBytes(liar, 'liar.docx'));
    expect(error.reason).toBe('unsafe');
    expect(error.message).toMatch(
      /^"liar.docx" is a zip bomb: its part word\/document.xml unpacks to more than it declares/,
    );
  });

  it('refuses an archive of more than 10,000 entries', async () => {
    const entries = docxParts(documentXml(['x']));
    for (let i = 0; i < 10_001; i++) entries.push({ name: `word/media/${i}.bin`, data: 'x' });
    const error = await failure(importBytes(buildZip(entries), 'many.docx'));
    expect(error.reason).toBe('unsafe');
    expect(error.message).toMatch(/10004 entries; Galley refuses more than 10000/);
  });

  it('refuses a part declaring more than 50 MB even at an ordinary ratio', async () => {
    const parts = docxParts(documentXml(['x']), 60 * 1024 * 1024);
    const error = await failure(importBytes(buildZip(parts), 'huge.docx'));
    // declared 60 MB from a tiny part: the ratio check catches it first
    expect(['unsafe', 'too-large']).toContain(error.reason);
  });

  it('refuses a part with a DOCTYPE (entities inside a Word file)', async () => {
    const xml = documentXml(['&lol;']).replace(
      '<w:document',
      '<!DOCTYPE w:document [<!ENTITY lol "lol">]><w:document',
    );
    const error = await failure(importBytes(buildZip(docxParts(xml)), 'dtd.docx'));
    expect(error.reason).toBe('unsafe');
    expect(error.message).toContain('"dtd.docx"');
  });

  it('calls a truncated .docx damaged', async () => {
    const bytes = await wordFile(CHINESE);
    const error = await failure(importBytes(bytes.subarray(0, bytes.length - 200), 'cut.docx'));
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/^"cut.docx" is damaged/);
  });

  it('calls a .docx with broken XML damaged', async () => {
    const error = await failure(
      importBytes(buildZip(docxParts('<w:document><w:body>')), 'broken.docx'),
    );
    expect(error.reason).toBe('damaged');
  });

  it('tells a zip that is not a Word document', async () => {
    const zip = buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    const error = await failure(importBytes(zip, 'sheet.xlsx'));
    expect(error.reason).toBe('unknown-type');
    expect(error.message).toMatch(/not a Word .docx/);
  });

  it('tells a .docx that is not a zip at all', async () => {
    const error = await failure(importBytes(Buffer.from('just text'), 'fake.docx'));
    expect(error.reason).toBe('damaged');
  });
});

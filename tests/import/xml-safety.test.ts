/**
 * XML safety: entity declarations are refused before anything expands, nothing is fetched, and
 * damaged or mis-encoded XML gets a clear error naming the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, importBytes, importDraft } from '../../src/main/import';
import { encodeGb18030 } from '../fixtures/import/gb18030';

const FIXTURES = 'tests/fixtures/import';
const KANT_ALTO = '../shared/corpus/ocr-formats/alto/PAGE_0020_ALTO.xml';

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError, but the import succeeded');
}

const ALTO = (body: string, head = '<?xml version="1.0" encoding="UTF-8"?>'): string =>
  `${head}<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="P1"><PrintSpace>` +
  `<TextBlock ID="B1"><TextLine ID="L1">${body}</TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;

describe('entities', () => {
  it('refuses a billion-laughs file without expanding it', async () => {
    const error = await failure(importDraft(`${FIXTURES}/billion-laughs.xml`));
    expect(error.reason).toBe('unsafe');
    expect(error.message).toContain('"billion-laughs.xml"');
    expect(error.message).toMatch(/billion laughs/);
    expect(error.message.length).toBeLessThan(400);
  });

  it('refuses an external entity (XXE) and never shows the file it points to', async () => {
    const error = await failure(importDraft(`${FIXTURES}/xxe.xml`));
    expect(error.reason).toBe('unsafe');
    expect(error.message).toContain('"xxe.xml"');
    expect(error.message).not.toMatch(/root:/);
  });

  it('refuses a parameter entity pointing at a remote DTD', async () => {
    const error = await failure(importDraft(`${FIXTURES}/xxe-parameter.hocr`));
    expect(error.reason).toBe('unsafe');
  });

  it('refuses entity declarations in XML of any other root too', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><lolz>&lol;</lolz>';
    const error = await failure(importBytes(Buffer.from(xml), 'lolz.xml'));
    expect(error.reason).toBe('unsafe');
  });

  it('reads a DOCTYPE that only names an external DTD, without fetching it', async () => {
    const hocr =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" ' +
      '"http://127.0.0.1:9/never-fetched.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><body>' +
      '<div class="ocr_page"><span class="ocr_line"><span class="ocrx_word" title="x_wconf 91">a&nbsp;b</span>' +
      ' <span class="ocrx_word" title="x_wconf 50">c&amp;d</span></span></div></body></html>';
    const draft = await importBytes(Buffer.from(hocr), 'page.hocr');
    expect(draft.format).toBe('hocr');
    expect(draft.text).toBe('a\u00a0b c&d');
    expect(draft.lowConfidence).toEqual([{ start: 4, end: 7, confidence: 0.5 }]);
  });

  it('calls an undefined entity damaged', async () => {
    const error = await failure(
      importBytes(Buffer.from(ALTO('<String CONTENT="&bogus;"/>')), 'x.xml'),
    );
    expect(error.reason).toBe('damaged');
  });
});

describe('damaged XML', () => {
  it('says where a truncated ALTO file breaks off', async () => {
    const bytes = readFileSync(KANT_ALTO);
    const error = await failure(
      importBytes(bytes.subarray(0, bytes.length / 2), 'PAGE_0020_ALTO.xml'),
    );
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(
      /^"PAGE_0020_ALTO.xml" is damaged: it is not well-formed XML \(line \d+, column \d+: /,
    );
  });

  it('refuses mismatched tags', async () => {
    const error = await failure(
      importBytes(Buffer.from(ALTO('<String CONTENT="a"></TextLine>')), 'x.xml'),
    );
    expect(error.reason).toBe('damaged');
  });
});

describe('encodings of XML', () => {
  it('follows the encoding declaration (ISO-8859-1)', async () => {
    const xml = ALTO('<String CONTENT="Zürich"/>', '<?xml version="1.0" encoding="ISO-8859-1"?>');
    const draft = await importBytes(Buffer.from(xml, 'latin1'), 'latin1.xml');
    expect(draft.text).toBe('Zürich');
  });

  it('follows the encoding declaration (GB18030) and a UTF-16 byte order mark', async () => {
    const gb = ALTO('<String CONTENT="衡阳日报"/>', '<?xml version="1.0" encoding="GB18030"?>');
    const gbBytes = new Uint8Array([
      ...Buffer.from(gb.split('衡阳日报')[0]),
      0xba,
      0xe2,
      0xd1,
      0xf4,
      0xc8,
      0xd5,
      0xb1,
      0xa8,
      ...Buffer.from(gb.split('衡阳日报')[1]),
    ]);
    expect((await importBytes(gbBytes, 'gb.xml')).text).toBe('衡阳日报');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        ALTO('<String CONTENT="衡阳"/>', '<?xml version="1.0" encoding="UTF-16"?>'),
        'utf16le',
      ),
    ]);
    expect((await importBytes(utf16, 'utf16.xml')).text).toBe('衡阳');
  });

  it('never substitutes U+FFFD for bytes that are not UTF-8', async () => {
    const xml = Buffer.from(ALTO('<String CONTENT="Z?rich"/>'));
    xml[xml.indexOf('?rich')] = 0xfc; // a Latin-1 ü in a file that claims UTF-8
    const error = await failure(importBytes(xml, 'bad.xml'));
    expect(error.reason).toBe('undecodable');
    expect(error.message).toContain('"bad.xml"');
  });

  it('lets the user override the declared encoding', async () => {
    const xml = ALTO('<String CONTENT="Zürich"/>');
    const latin1AsUtf8 = Buffer.from(xml, 'latin1');
    await expect(importBytes(latin1AsUtf8, 'x.xml')).rejects.toMatchObject({
      reason: 'undecodable',
    });
    const gb = encodeGb18030(ALTO('<String CONTENT="衡阳日报"/>'));
    await expect(importBytes(gb, 'gb.xml')).rejects.toMatchObject({ reason: 'undecodable' });
    expect((await importBytes(gb, 'gb.xml', { encoding: 'gbk' })).text).toBe('衡阳日报');
  });

  it('refuses an encoding Galley cannot read', async () => {
    const xml = ALTO('<String CONTENT="a"/>', '<?xml version="1.0" encoding="x-unknown-42"?>');
    const error = await failure(importBytes(Buffer.from(xml), 'odd.xml'));
    expect(error.reason).toBe('undecodable');
  });
});

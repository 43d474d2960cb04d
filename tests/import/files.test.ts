/**
 * importDraft on real files in a real temp folder: what is refused before reading (missing,
 * folders, pipes, files over 200 MB), what is refused by content, and that a refusal writes nothing.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
  mkdirSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, ImportError, importDraft } from '../../src/main/import';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'galley-import-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ImportError) return error;
  throw new Error(`expected an ImportError, got ${String(error)}`);
}

describe('files on disk', () => {
  it('imports a text file by path and names it by its base name', async () => {
    const path = join(dir, '衡阳日报 2020-03-05.txt');
    writeFileSync(path, '衡阳日报\r\n\r\n本报讯');
    const draft = await importDraft(path);
    expect(draft).toMatchObject({
      sourceName: '衡阳日报 2020-03-05.txt',
      text: '衡阳日报\n\n本报讯',
      format: 'txt',
    });
  });

  it('refuses a missing file', async () => {
    const error = await failure(importDraft(join(dir, 'nowhere.txt')));
    expect(error.reason).toBe('missing');
    expect(error.message).toMatch(/^"nowhere.txt" does not exist/);
  });

  it('refuses a folder', async () => {
    const folder = join(dir, 'issue-folder');
    mkdirSync(folder);
    const error = await failure(importDraft(folder));
    expect(error.reason).toBe('not-a-file');
    expect(error.message).toBe(
      '"issue-folder" is a folder, not a file; choose the draft file inside it.',
    );
  });

  it('refuses a named pipe without opening it', async () => {
    const pipe = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    const error = await failure(importDraft(pipe));
    expect(error.reason).toBe('not-a-file');
  });

  it('refuses a 201 MB file from its size alone (a sparse file)', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 201 * 1024 * 1024);
    expect(statSync(path).blocks).toBeLessThan(64); // sparse: nothing was written
    const error = await failure(importDraft(path));
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('"huge.txt" is 201 MB; Galley imports drafts up to 200 MB.');
    expect(DEFAULT_MAX_BYTES).toBe(200 * 1024 * 1024);
  });

  it('takes a smaller cap from the options', async () => {
    const path = join(dir, 'small.txt');
    writeFileSync(path, 'x'.repeat(2048));
    const error = await failure(importDraft(path, { maxBytes: 1024 }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('"small.txt" is 2 KB; Galley imports drafts up to 1 KB.');
  });

  it('refuses unknown types by content, whatever the name says', async () => {
    const cases: [string, Buffer, RegExp][] = [
      [
        'scan.png',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        /is a PNG image/,
      ],
      [
        'scan.txt',
        Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'),
        /is a PDF document/,
      ],
      [
        'old.doc',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        /save it as \.docx first/,
      ],
      ['page.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /is a JPEG image/],
      ['notes.rtf', Buffer.from('{\\rtf1\\ansi hello}'), /is an RTF document/],
      [
        'drawing.svg',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        /root element <svg>/,
      ],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const error = await failure(importDraft(path));
      expect(error.reason, name).toBe('unknown-type');
      expect(error.message).toMatch(new RegExp(`^"${name.replace('.', '\\.')}" `));
      expect(error.message).toMatch(message);
    }
  });

  it('refuses damaged files', async () => {
    const cases: [string, string][] = [
      [
        'cut.xml',
        '<?xml version="1.0"?><alto><Layout><Page><TextBlock><TextLine><String CONTENT="a"/>',
      ],
      ['empty.xml', ''],
      ['cut.hocr', "<html><body><div class='ocr_page'><span class='ocrx_word'>a"],
    ];
    for (const [name, content] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const error = await failure(importDraft(path));
      expect(error.reason, name).toBe('damaged');
      expect(error.message).toMatch(new RegExp(`^"${name.replace('.', '\\.')}" `));
    }
  });

  it('writes nothing, next to the file or anywhere in its folder, when it refuses one', async () => {
    const before = readdirSync(dir).sort();
    await failure(importDraft(join(dir, 'cut.xml')));
    await failure(importDraft(join(dir, 'huge.txt')));
    await failure(importDraft(join(dir, 'scan.png')));
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

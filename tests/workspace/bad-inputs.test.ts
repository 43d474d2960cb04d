/**
 * Every bad input gets a clear error and leaves the workspace exactly as it was: a file over
 * 200 MB, an unknown type, a damaged or binary file, an unsafe XML, a missing file, a bad date.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportVersion } from '../../src/main/export/index';
import { ImportError } from '../../src/main/import/index';
import { createServices, type Services } from '../../src/main/services/index';
import { openWorkspace, WorkspaceError } from '../../src/main/workspace/index';
import { removeFolder, SAMPLE, snapshot, tempFolder } from './helpers';

let folder: string;
let inputs: string;
let issueId: string;

/** Opens the workspace, runs `work`, closes it. */
async function withServices<T>(work: (services: Services) => Promise<T>): Promise<T> {
  const services = createServices(await openWorkspace(folder));
  try {
    return await work(services);
  } finally {
    await services.workspace.close();
  }
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="p1"><PrintSpace>
<TextBlock ID="b1"><TextLine><String CONTENT="&lol3;"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>`;

beforeAll(async () => {
  folder = await tempFolder();
  inputs = await tempFolder('galley-bad-inputs-');
  issueId = await withServices(async ({ issues }) => (await issues.importFile(SAMPLE)).issue.id);

  // A sparse file just over 200 MiB: no disk space used, but stat says 200 MiB + 1.
  const big = await open(join(inputs, 'big.txt'), 'w');
  await big.truncate(200 * 1024 * 1024 + 1);
  await big.close();
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await writeFile(join(inputs, 'scan.png'), png);
  await writeFile(join(inputs, 'scan.txt'), png);
  await writeFile(join(inputs, 'nul.txt'), Buffer.from('正文\u0000\u0000\u0000正文'));
  await writeFile(join(inputs, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]));
  const docx = await exportVersion('docx', {
    text: '标题\n\n正文一段。',
    original: '标题\n\n正文一段。',
    issue: { title: '标题' },
  });
  await writeFile(join(inputs, 'broken.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  await writeFile(join(inputs, 'laughs.xml'), BILLION_LAUGHS);
  await writeFile(join(inputs, 'truncated.xml'), BILLION_LAUGHS.slice(200, 400));
  await mkdir(join(inputs, 'folder.txt'));
});
afterAll(async () => {
  await removeFolder(folder);
  await removeFolder(inputs);
});

const CASES: [file: string, reason: string, says: RegExp][] = [
  ['big.txt', 'too-large', /200 MB/],
  ['scan.png', 'unknown-type', /scan\.png/],
  ['scan.txt', 'unknown-type', /scan\.txt/],
  ['nul.txt', 'binary', /nul\.txt/],
  ['latin1.txt', 'undecodable', /latin1\.txt/],
  ['broken.docx', 'damaged', /broken\.docx/],
  ['laughs.xml', 'unsafe', /laughs\.xml/],
  ['truncated.xml', '', /truncated\.xml/],
  ['missing.txt', 'missing', /missing\.txt/],
  ['folder.txt', 'not-a-file', /folder\.txt/],
];

describe('bad inputs', () => {
  for (const [file, reason, says] of CASES) {
    it(`refuses ${file}${reason ? ` (${reason})` : ''} and changes nothing`, async () => {
      const before = await snapshot(folder);
      const error = await withServices(({ issues }) =>
        issues.importFile(join(inputs, file)).then(
          () => undefined,
          (e: unknown) => e,
        ),
      );
      expect(error).toBeInstanceOf(ImportError);
      if (reason) expect((error as ImportError).reason).toBe(reason);
      expect((error as Error).message).toMatch(says);
      expect((error as Error).message.length).toBeGreaterThan(20);
      expect(await snapshot(folder)).toEqual(before);
    });
  }

  it('refuses a bad file given to save, adding no version', async () => {
    const before = await snapshot(folder);
    const error = await withServices(({ issues }) =>
      issues.saveFile(issueId, join(inputs, 'nul.txt'), { message: 'x' }).then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
    expect(error).toBeInstanceOf(ImportError);
    expect(await snapshot(folder)).toEqual(before);
  });

  it('refuses an impossible date before reading the file', async () => {
    const before = await snapshot(folder);
    await expect(
      withServices(({ issues }) => issues.importFile(SAMPLE, { date: '2020-02-30' })),
    ).rejects.toThrow(WorkspaceError);
    expect(await snapshot(folder)).toEqual(before);
  });

  it('refuses unknown issues and versions with a sentence', async () => {
    await withServices(async ({ issues, outputs }) => {
      await expect(issues.read('zzzzzz')).rejects.toThrow(/No issue has an id starting with/);
      await expect(outputs.compare(issueId, 1, 9)).rejects.toThrow(/no version 9/);
    });
  });
});

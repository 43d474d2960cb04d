/**
 * The export dialog's source formats and the scan dialog, through the contract's dispatch (the
 * same the Electron IPC and the HTTP bridge call) with a scripted platform: `export.run` writes a
 * version back into the issue's ALTO / PAGE / hOCR file beside the other exports, refuses a format
 * the issue was not imported from with a sentence, and `pages.chooseScan` keeps the scan the
 * editor picks.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ScriptedPlatform } from '../../src/bridge/scripted-platform';
import { PREVIEW_WIDTH } from '../../src/main/pages/scan-image';
import { startServices, type AppServices } from '../../src/main/app/container';
import { importBytes } from '../../src/main/import/index';
import type { ContractError, Result, ScanInfo } from '../../src/shared/contract';
import { removeFolder, tempFolder } from '../workspace/helpers';
import { OCR, PAGES, layOut } from './helpers';

let folder: string;
let platform: ScriptedPlatform;
let services: AppServices;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = (await services.dispatch(channel, payload)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message.en}`);
  return result.value;
}

async function refusal(channel: string, payload: unknown): Promise<ContractError> {
  const result = (await services.dispatch(channel, payload)) as Result<unknown>;
  if (result.ok) throw new Error(`${channel} did not refuse`);
  return result.error;
}

async function importOcr(which: 'page' | 'hocr', withScan = true): Promise<string> {
  const path = await layOut(folder, which, withScan);
  platform.queueOpen([path]);
  const [chosen] = await call<{ token: string }[]>('library.chooseFiles', {});
  return (await call<{ id: string }>('library.importChosen', { token: chosen.token })).id;
}

beforeEach(async () => {
  folder = await tempFolder('galley-dialogs-');
  platform = new ScriptedPlatform();
  services = await startServices(join(folder, 'workspace'), platform);
});
afterEach(async () => {
  await services.close();
  await removeFolder(folder);
});

describe('export.run with the source format', () => {
  it('writes the corrected PAGE file beside the text; it reads back to the version', async () => {
    const issueId = await importOcr('page');
    const opened = await call<{ head: { text: string } }>('issue.open', { issueId });
    const corrected = opened.head.text.replace('gewiegelt', 'gewiegelt,');
    expect(corrected).not.toBe(opened.head.text);
    const version = await call<{ id: string }>('issue.save', { issueId, text: corrected });
    const out = join(folder, 'out');
    await mkdir(out);
    platform.setExportFolder(out);
    const done = await call<{ files: string[] }>('export.run', {
      issueId,
      versionId: version.id,
      formats: ['txt', 'page'],
    });
    expect(done.files).toHaveLength(2);
    const page = done.files.find((f) => f.endsWith('.page.xml'))!;
    expect(page).toMatch(/-v2\.page\.xml$/);
    const back = await importBytes(await readFile(join(out, page)), page);
    expect(back.text).toBe(corrected);
    expect(back.format).toBe('page');
    expect(await readFile(join(out, done.files[0]), 'utf8')).toContain('gewiegelt,');
  });

  it('refuses ALTO for a PAGE issue and any source format for a txt issue, in both languages', async () => {
    const issueId = await importOcr('page');
    const versionId = (await call<{ id: string }[]>('versions.list', { issueId }))[0].id;
    platform.setExportFolder(folder);
    const wrong = await refusal('export.run', { issueId, versionId, formats: ['alto'] });
    expect(wrong.code).toBe('wrong-format');
    expect(wrong.message['zh-CN']).toBe(
      '这期稿件是从 PAGE-XML 导入的，只能写回 PAGE-XML，不能写成 ALTO。',
    );
    expect(wrong.message.en).toContain('imported from PAGE-XML');
    const txt = await call<{ id: string }>('library.importBytes', {
      name: 'plain.txt',
      base64: Buffer.from('标题\n\n正文。').toString('base64'),
    });
    const txtVersion = (await call<{ id: string }[]>('versions.list', { issueId: txt.id }))[0].id;
    const none = await refusal('export.run', {
      issueId: txt.id,
      versionId: txtVersion,
      formats: ['txt', 'hocr'],
    });
    expect(none.code).toBe('no-pages');
    expect(none.message['zh-CN']).toContain('没有可写回的 hOCR 原文件');
  });
});

describe('pages.chooseScan', () => {
  it('keeps the scan picked in the dialog; cancelling changes nothing', async () => {
    const issueId = await importOcr('hocr', false);
    expect((await call<{ scan: unknown }>('pages.view', { issueId })).scan).toBeNull();
    platform.queueScan(null);
    expect(await call('pages.chooseScan', { issueId })).toBeNull();
    expect(await call('pages.scan', { issueId })).toBeNull();
    platform.queueScan(join(OCR, PAGES.hocr.image));
    const scan = await call<ScanInfo>('pages.chooseScan', { issueId });
    expect(scan).toEqual({ type: 'image/png', width: 2488, height: 3507, name: 'alice_1.png' });
    expect((await call<{ scan: ScanInfo }>('pages.view', { issueId })).scan).toEqual(scan);
  });

  it('a file that is not an image gets a sentence naming it, and the issue keeps no scan', async () => {
    const issueId = await importOcr('hocr', false);
    const notImage = join(folder, 'notes.png');
    await writeFile(notImage, 'these are notes, not a picture');
    platform.queueScan(notImage);
    const error = await refusal('pages.chooseScan', { issueId });
    expect(error.message['zh-CN']).toBe(
      '“notes.png”不是 Galley 能读取的图像（支持 PNG、JPEG 和 TIFF）。',
    );
    expect(error.message.en).toContain('notes.png');
    expect(await call('pages.scan', { issueId })).toBeNull();
  });

  it('a large scan is kept whole, with a screen copy the pane shows first', async () => {
    const issueId = await importOcr('hocr', false);
    const big = join(folder, 'big.jpg');
    await sharp({ create: { width: 4200, height: 3000, channels: 3, background: '#eee' } })
      .jpeg()
      .toFile(big);
    platform.queueScan(big);
    const scan = await call<ScanInfo>('pages.chooseScan', { issueId });
    expect(scan).toMatchObject({ width: 4200, height: 3000 });
    const copy = await call<{ width: number; base64: string }>('pages.scan', {
      issueId,
      preview: true,
    });
    expect(copy.width).toBe(PREVIEW_WIDTH);
    const whole = await call<{ width: number; base64: string }>('pages.scan', { issueId });
    expect(whole.width).toBe(4200);
    expect(Buffer.from(whole.base64, 'base64')).toEqual(await readFile(big));
    // A scan of at most 12 megapixels has no copy: the preview is the scan.
    platform.queueScan(join(OCR, PAGES.hocr.image));
    await call('pages.chooseScan', { issueId });
    expect((await call<{ width: number }>('pages.scan', { issueId, preview: true })).width).toBe(
      2488,
    );
  });
});

/**
 * The library: several drafts dropped on the window at once (with progress, and a damaged file
 * reported as a sentence while the others go in), search, and the trash and back.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectScreen, listIssues } from './flow';
import { appForSuite, type AppSession, REPO_ROOT, SAMPLE } from './harness';

const HOCR = resolve(REPO_ROOT, '../shared/corpus/ocr-formats/hocr/tess.hocr');

interface DroppedFile {
  readonly name: string;
  readonly base64: string;
}

/**
 * Drags `files` over the window and drops them, as the browser does for files from the desktop,
 * and records in the page whether the import progress was ever shown.
 */
async function dropFiles(page: Page, files: readonly DroppedFile[]): Promise<void> {
  await page.evaluate((list) => {
    const g = globalThis as unknown as DropGlobals;
    g.galleyProgressSeen = false;
    new g.MutationObserver(() => {
      if (g.document.querySelector('[data-testid="library-import-progress"]')) {
        g.galleyProgressSeen = true;
      }
    }).observe(g.document.body, { childList: true, subtree: true });
    const data = new g.DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(g.atob(file.base64), (c) => c.charCodeAt(0));
      data.items.add(new g.File([bytes], file.name));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = new g.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data });
      g.document.body.dispatchEvent(event);
    }
  }, files);
}
interface DropGlobals {
  galleyProgressSeen: boolean;
  document: {
    body: object & { dispatchEvent(event: object): boolean };
    querySelector(selector: string): object | null;
  };
  atob(data: string): string;
  MutationObserver: new (callback: () => void) => {
    observe(target: object, options: { childList: boolean; subtree: boolean }): void;
  };
  DataTransfer: new () => { items: { add(file: object): void } };
  File: new (parts: Uint8Array[], name: string) => object;
  DragEvent: new (
    type: string,
    init: { bubbles: boolean; cancelable: boolean; dataTransfer: object },
  ) => object;
}

const rows = (page: Page) => page.getByTestId('library-row');

describe('the library', () => {
  let session: AppSession;
  let page: Page;

  appForSuite((app) => ({ session, page } = app));

  it('imports several dropped files at once, with progress, and names the one that failed', async () => {
    await page.getByTestId('library-empty').waitFor();
    const base64 = async (path: string) => (await readFile(path)).toString('base64');
    await dropFiles(page, [
      { name: 'hengyang-daily-2020-03-05.txt', base64: await base64(SAMPLE) },
      { name: 'tess.hocr', base64: await base64(HOCR) },
      // A Word file in name only: the import must refuse it with a sentence.
      {
        name: '损坏的稿件.docx',
        base64: Buffer.from('PK\u0003\u0004 not a zip').toString('base64'),
      },
    ]);
    await page.getByTestId('library-import-errors').waitFor();
    await expect.poll(() => rows(page).count()).toBe(2);
    expect((await listIssues(session)).map((i) => i.sourceName).sort()).toEqual([
      'hengyang-daily-2020-03-05.txt',
      'tess.hocr',
    ]);
    expect(
      await page.evaluate(() => (globalThis as unknown as DropGlobals).galleyProgressSeen),
    ).toBe(true);
    const failures = await page.getByTestId('library-import-error').allTextContents();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('损坏的稿件.docx');
    // A sentence for the editor, not a stack trace or an exception's name.
    expect(failures[0]).not.toMatch(/\bat \S+:\d+|Error:|undefined|\{/);
    await expectScreen(page, 'library');
    expect(session.pageErrors).toEqual([]);
  });

  it('finds an issue by searching', async () => {
    const count = page.getByTestId('library-count');
    const all = await count.textContent();
    await page.getByTestId('library-search').fill('hengyang');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).textContent()).toContain('hengyang-daily-2020-03-05.txt');
    expect(await count.textContent()).not.toBe(all);
    await page.getByTestId('library-search').fill('');
    await expect.poll(() => rows(page).count()).toBe(2);
  });

  it('moves an issue to the trash (Delete, Enter) and restores it', async () => {
    const hocr = rows(page).filter({ hasText: 'tess.hocr' });
    await hocr.click();
    await expect.poll(() => hocr.getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('library-table').focus();
    await page.keyboard.press('Delete');
    await page.getByTestId('library-confirm-trash').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect((await listIssues(session)).map((i) => i.sourceName)).toEqual([
      'hengyang-daily-2020-03-05.txt',
    ]);

    await page.getByTestId('library-trash-toggle').click();
    await expect
      .poll(() => page.getByTestId('screen-library').getAttribute('data-trash'))
      .toBe('true');
    await expect.poll(() => rows(page).count()).toBe(1);
    await rows(page).click();
    await page.getByTestId('library-restore').click();
    await expect.poll(async () => (await listIssues(session)).length).toBe(2);
    await page.getByTestId('library-trash-toggle').click();
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(session.pageErrors).toEqual([]);
  });
});

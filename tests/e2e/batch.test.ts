/**
 * Batches an editor can trust, on the sample imported twice (the second time as a GBK .txt, so
 * every paragraph of it is an archive repeat of the first): accepting every 重稿 finding shows
 * first what it deletes and asks, cancelling changes nothing, confirming ends with a summary
 * that names the undo, and the undo brings the text back; Alt+Shift+Enter on the punctuation
 * and "accept every safe fix" ask and summarise the same way.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dismissToasts,
  editAndAnalyse,
  expectGroupCount,
  groupCount,
  importSampleTwice,
  nextFindingOf,
  testIdNumber,
} from './flow';
import { appForSuite, type AppSession, keepScreenshot } from './harness';

const editorText = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as {
      document: {
        querySelector(
          s: string,
        ): { cmView?: { view: { state: { doc: { toString(): string } } } } } | null;
      };
    };
    const el = g.document.querySelector('[data-testid="editor-content"]');
    return el?.cmView?.view.state.doc.toString() ?? null;
  });

describe('batches that show what they do before they do it', () => {
  let session: AppSession;
  let page: Page;
  let folder: string;
  let characters = 0;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-e2e-batch-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('asks before accepting every archive repeat, and cancelling changes nothing', async () => {
    await importSampleTwice(session, folder);
    expect(await groupCount(page, 'archive-repeat')).toBeGreaterThan(0);
    characters = await testIdNumber(page, 'status-characters');
    const group = page.locator('[data-testid="finding-group"][data-kind="archive-repeat"]');
    await group.getByTestId('finding-group-accept-all').click();
    const dialog = page.getByTestId('batch-dialog');
    await dialog.waitFor();
    const net = Number(await dialog.getByTestId('batch-net').getAttribute('data-removed'));
    expect(net).toBeGreaterThan(characters / 2);
    expect(await dialog.getByTestId('batch-place').count()).toBeGreaterThan(0);
    await dismissToasts(page);
    await keepScreenshot(page, 'batch-dialog');
    await dialog.getByTestId('batch-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await testIdNumber(page, 'status-characters')).toBe(characters);
    expect(await groupCount(page, 'archive-repeat')).toBeGreaterThan(0);
  });

  it('confirms, says how many and how to undo, and the undo brings the text back', async () => {
    const before = await editorText(page);
    const group = page.locator('[data-testid="finding-group"][data-kind="archive-repeat"]');
    await group.getByTestId('finding-group-accept-all').click();
    await page.getByTestId('batch-dialog').waitFor();
    const toast = page.getByTestId('toast').filter({ hasText: 'Ctrl+Z' });
    await editAndAnalyse(page, async () => {
      await page.keyboard.press('Enter');
      await expect.poll(() => toast.count()).toBe(1);
    });
    expect(await toast.textContent()).toMatch(/已采纳 \d+ 处 · Ctrl\+Z 撤销/);
    expect(await testIdNumber(page, 'status-characters')).toBeLessThan(characters / 2);
    await dismissToasts(page);
    await editAndAnalyse(page, () => page.keyboard.press('Control+z'));
    await expect.poll(() => testIdNumber(page, 'status-characters')).toBe(characters);
    if (before !== null) expect(await editorText(page)).toBe(before);
  });

  it('Alt+Shift+Enter on a punctuation finding asks, then accepts them all', async () => {
    const count = await groupCount(page, 'punctuation-width');
    expect(count).toBeGreaterThan(200);
    await page.getByTestId('editor-content').focus();
    await nextFindingOf(page, 'punctuation-width');
    await page.keyboard.press('Alt+Shift+Enter');
    const dialog = page.getByTestId('batch-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('batch-summary').textContent()).toContain(`共 ${count} 处`);
    const toast = page.getByTestId('toast').filter({ hasText: `已采纳 ${count} 处` });
    await editAndAnalyse(page, async () => {
      await dialog.getByTestId('batch-confirm').click();
      await expect.poll(() => toast.count()).toBe(1);
    });
    await expectGroupCount(page, 'punctuation-width', 0);
    await dismissToasts(page);
  });

  it('accepts every safe fix in one go, with counts per kind', async () => {
    await page.getByTestId('findings-accept-safe').click();
    const dialog = page.getByTestId('batch-dialog');
    await dialog.waitFor();
    const kinds = await dialog
      .getByTestId('batch-kinds')
      .locator('li')
      .evaluateAll((items) =>
        items.map((i) =>
          (i as unknown as { getAttribute(n: string): string }).getAttribute('data-kind'),
        ),
      );
    expect(kinds).toContain('broken-paragraph');
    expect(kinds).not.toContain('archive-repeat');
    await dismissToasts(page);
    await keepScreenshot(page, 'batch-safe');
    await editAndAnalyse(page, () => dialog.getByTestId('batch-confirm').click());
    await expectGroupCount(page, 'broken-paragraph', 0);
    await expect
      .poll(() => page.getByTestId('toast').filter({ hasText: 'Ctrl+Z' }).count())
      .toBe(1);
    expect(session.pageErrors).toEqual([]);
  });
});

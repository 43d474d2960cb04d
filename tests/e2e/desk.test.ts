/**
 * What editors expect from a desk tool (issue #10): F1 shows every shortcut on one sheet, the
 * text size changes with Ctrl+= / Ctrl+- / Ctrl+0 and is kept in the settings, and the library
 * searches the texts of every issue.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/shared/contract';
import { contract, dismissToasts, editAndAnalyse, expectScreen, waitForAnalysis } from './flow';
import { appForSuite, type AppSession, keepScreenshot, SAMPLE } from './harness';

const fontSize = (page: Page) =>
  page
    .getByTestId('editor-content')
    .evaluate(
      (el) =>
        (
          globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }
        ).getComputedStyle(el).fontSize,
    );

describe('the desk', () => {
  let session: AppSession;
  let page: Page;

  appForSuite((app) => ({ session, page } = app));

  it('shows every shortcut with F1, and closes with Escape', async () => {
    await page.getByTestId('library-empty').waitFor();
    await page.keyboard.press('F1');
    const sheet = page.getByTestId('shortcut-sheet');
    await sheet.waitFor();
    const text = await sheet.textContent();
    for (const shown of [
      '下一处',
      'F8',
      '采纳全部安全修改',
      'Ctrl+Shift+Enter',
      '放大文字',
      'Ctrl+=',
    ]) {
      expect(text).toContain(shown);
    }
    // The screens' own keys are there too: F2 edits an issue's details.
    expect(text).toContain('编辑稿件信息');
    expect(await page.getByTestId('shortcut-row').count()).toBeGreaterThan(30);
    await keepScreenshot(page, 'shortcuts');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    // The Help menu opens it as well.
    await page.getByTestId('menu-help').click();
    await page.getByTestId('menuitem-help.shortcuts').click();
    await sheet.waitFor();
    await page.getByTestId('shortcut-close').click();
    await sheet.waitFor({ state: 'detached' });
  });

  it('makes the text bigger and smaller, and keeps the size', async () => {
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    expect(await fontSize(page)).toBe('16px');
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect.poll(() => fontSize(page)).toBe('20px');
    await page.keyboard.press('Control+-');
    await expect.poll(() => fontSize(page)).toBe('18px');
    await expect
      .poll(async () => (await contract<Settings>(session, 'settings.get', {})).textSize)
      .toBe(18);
    // Kept: a new window of the app opens with it.
    await page.reload();
    await page.getByTestId('app').waitFor();
    await page.getByTestId('library-row').first().dblclick();
    await expectScreen(page, 'proofread');
    await expect.poll(() => fontSize(page)).toBe('18px');
    await page.keyboard.press('Control+0');
    await expect.poll(() => fontSize(page)).toBe('16px');
    await dismissToasts(page);
    expect(session.pageErrors).toEqual([]);
  });

  it('searches the texts of every issue from the library, width-insensitively', async () => {
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    // The sample prints "3月4日,记者" with a half-width comma; the search has the full-width one.
    await page.getByTestId('library-search').fill('3月4日，记者');
    const hit = page.getByTestId('library-fulltext-hit');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('mark').first().textContent()).toBe('3月4日,记者');
    expect(await page.getByTestId('library-fulltext').textContent()).toContain('共 1 处');
    await page.getByTestId('library-search').fill('脱贫攻坚');
    await expect
      .poll(async () => (await page.getByTestId('library-fulltext').textContent()) ?? '')
      .toMatch(/“脱贫攻坚”：1 期，共 \d+ 处/);
    await dismissToasts(page);
    await keepScreenshot(page, 'library-fulltext');
    await hit.first().click();
    await expectScreen(page, 'proofread');
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-search').fill('没有这句话的');
    await expect.poll(() => page.getByTestId('library-fulltext').textContent()).toContain('0 期');
    expect(session.pageErrors).toEqual([]);
  });
});

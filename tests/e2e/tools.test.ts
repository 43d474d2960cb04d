/**
 * The Proofread screen's tools beside the findings: find and replace across the issue with a
 * preview of every hit, and the imported original shown beside the working text.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dismissToasts,
  editAndAnalyse,
  expectScreen,
  focusedTestId,
  groupCount,
  shownNumber,
  waitForAnalysis,
} from './flow';
import { appForSuite, type AppSession, keepScreenshot, SAMPLE } from './harness';

const lines = (page: Page, testId: string, text: string) =>
  page.getByTestId(testId).locator('.cm-line', { hasText: text });

describe('find and replace, and the original', () => {
  let session: AppSession;
  let page: Page;

  appForSuite((app) => ({ session, page } = app));

  it('opens the sample', async () => {
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
  });

  it('previews every hit and replaces them all in one edit (Ctrl+H)', async () => {
    const commas = (await readFile(SAMPLE, 'utf8')).split(',').length - 1;
    const before = await groupCount(page, 'punctuation-width');
    await page.keyboard.press('Control+h');
    await expect.poll(() => focusedTestId(page)).toBe('replace-input');
    await page.keyboard.insertText('，');
    await page.getByTestId('find-input').fill(',');
    await expect
      .poll(async () => shownNumber(await page.getByTestId('find-count').textContent()))
      .toBe(commas);
    expect(await page.getByTestId('find-hit').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('find-hit').first().textContent()).toContain(',');
    await dismissToasts(page);
    await keepScreenshot(page, 'find-replace');

    await editAndAnalyse(page, () => page.getByTestId('find-replace-all').click());
    // CodeMirror's plain search folds character widths (NFKD), so "," also finds "，" now; a
    // regular expression matches exactly: no half-width comma is left.
    await page.getByTestId('find-regexp').check();
    await expect.poll(() => page.getByTestId('find-hit').count()).toBe(0);
    await expect.poll(() => lines(page, 'editor-content', '3月4日，记者').count()).toBe(1);
    // The findings about those commas went with them.
    expect(await groupCount(page, 'punctuation-width')).toBeLessThan(before);
    await page.keyboard.press('Escape');
    await page.getByTestId('find-panel').waitFor({ state: 'detached' });
  });

  it('shows the imported original beside the text (Ctrl+Shift+O) and hides it again', async () => {
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+Shift+o');
    await page.getByTestId('original-view').waitFor();
    await expect.poll(() => lines(page, 'original-content', '3月4日,记者').count()).toBe(1);
    expect(await lines(page, 'original-content', '3月4日，记者').count()).toBe(0);
    expect(await page.getByTestId('toggle-original').getAttribute('aria-pressed')).toBe('true');
    // The original scrolls with the editor: the editor's top line shows in the original too.
    const follows = () =>
      page.evaluate(() => {
        type El = {
          scrollTop: number;
          scrollHeight: number;
          textContent: string | null;
          getBoundingClientRect(): { top: number; bottom: number };
          querySelectorAll(s: string): Iterable<El>;
        };
        const doc = (globalThis as unknown as { document: { querySelector(s: string): El } })
          .document;
        const scroller = (id: string) => doc.querySelector(`[data-testid="${id}"] .cm-scroller`);
        const visible = (box: El) => {
          const rect = box.getBoundingClientRect();
          return [...box.querySelectorAll('.cm-line')].filter((line) => {
            const r = line.getBoundingClientRect();
            return r.bottom > rect.top + 2 && r.top < rect.bottom - 2;
          });
        };
        const editor = scroller('editor');
        const top = visible(editor).find((l) => /[\p{L}]{6}/u.test(l.textContent ?? ''));
        const probe = /[\p{L}\p{N}]{6}/u.exec(top?.textContent ?? '')?.[0] ?? '';
        const original = scroller('original-view');
        return {
          scrolled: original.scrollTop > 0,
          shown: probe !== '' && visible(original).some((l) => l.textContent?.includes(probe)),
        };
      });
    await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } })
        .document;
      const box = doc.querySelector('[data-testid="editor"] .cm-scroller') as {
        scrollTop: number;
        scrollHeight: number;
      };
      box.scrollTop = box.scrollHeight * 0.6;
    });
    await expect.poll(follows).toEqual({ scrolled: true, shown: true });
    await dismissToasts(page);
    await keepScreenshot(page, 'original');
    await page.keyboard.press('Control+Shift+o');
    await page.getByTestId('original-view').waitFor({ state: 'detached' });
    expect(session.pageErrors).toEqual([]);
  });

  it('says when F8 goes round from the last finding to the first (and Shift+F8 back)', async () => {
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+F8');
    await expect
      .poll(() => page.getByTestId('toast').allTextContents())
      .toContainEqual(expect.stringContaining('已回到最后一处校对项'));
    await dismissToasts(page);
    await page.keyboard.press('F8');
    await expect
      .poll(() => page.getByTestId('toast').allTextContents())
      .toContainEqual(expect.stringContaining('已回到第一处校对项'));
    await dismissToasts(page);
    // A step inside the text says nothing.
    await page.keyboard.press('F8');
    expect(await page.getByTestId('toast').count()).toBe(0);
  });
});

/**
 * Compare shows structure: a joined paragraph (a column break mended) and a paragraph split by
 * hand are visible in both modes, as a ¶ inside the deletion or the insertion, not as text that
 * reads exactly like unchanged text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dismissToasts, editAndAnalyse, expectScreen, waitForAnalysis } from './flow';
import { appForSuite, type AppSession, keepScreenshot, SAMPLE } from './harness';

/** The texts of the marks of `op` (del or ins) that hold a paragraph break, with their row's text. */
function breakMarks(page: Page, op: 'del' | 'ins') {
  return page.evaluate((tag) => {
    const doc = (
      globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<El> } }
    ).document;
    interface El {
      textContent: string | null;
      closest(s: string): El | null;
    }
    return [...doc.querySelectorAll(`${tag} [data-break="paragraph"]`)].map((mark) => ({
      mark: mark.textContent,
      row: mark.closest('[data-testid="compare-inline"], .diff-cell')?.textContent ?? '',
    }));
  }, op);
}

describe('compare shows joined and split paragraphs', () => {
  let session: AppSession;
  let page: Page;

  appForSuite((app) => ({ session, page } = app));

  it('joins the broken paragraphs, splits one by hand and saves', async () => {
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.getByTestId('library-import').click());
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    const group = page.locator('[data-testid="finding-group"][data-kind="broken-paragraph"]');
    await group.getByTestId('finding-group-accept-all').click();
    await editAndAnalyse(page, () => page.getByTestId('batch-confirm').click());
    // By hand: a paragraph break after the first sentence of a paragraph.
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill('紧迫感。湖北和武汉');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/1/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByTestId('find-panel').waitFor({ state: 'detached' });
    await editAndAnalyse(page, () => page.keyboard.insertText('紧迫感。\n\n湖北和武汉'));
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-confirm').click();
    await page.getByTestId('save-dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('proofread-dirty').getAttribute('data-dirty'))
      .toBe('false');
    await dismissToasts(page);
  });

  it('side by side: the joined break struck on the old side, the new one on the new side', async () => {
    await page.getByTestId('nav-versions').click();
    await expectScreen(page, 'versions');
    await expect.poll(() => page.getByTestId('version-row').count()).toBe(2);
    await page.getByTestId('compare-view').waitFor();
    await page.getByTestId('compare-mode-side').click();
    const joined = await breakMarks(page, 'del');
    expect(joined.some((m) => m.mark === '¶' && m.row.includes('资助政¶策全部'))).toBe(true);
    const split = await breakMarks(page, 'ins');
    expect(split.some((m) => m.mark === '¶' && m.row.includes('紧迫感。¶湖北和武汉'))).toBe(true);
  });

  it('inline: the same marks in the one column', async () => {
    await page.getByTestId('compare-mode-inline').click();
    await expect.poll(() => page.getByTestId('compare-inline').count()).toBeGreaterThan(0);
    const joined = await breakMarks(page, 'del');
    expect(joined.some((m) => m.row.includes('资助政¶策全部'))).toBe(true);
    const split = await breakMarks(page, 'ins');
    expect(split.some((m) => m.row.includes('紧迫感。¶湖北和武汉'))).toBe(true);
    await dismissToasts(page);
    await keepScreenshot(page, 'compare-inline');
    expect(session.pageErrors).toEqual([]);
  });
});

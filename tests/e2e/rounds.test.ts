/**
 * Review rounds (一校 / 二校): a version is marked as the end of a round in Versions, the
 * timeline shows it, and the correction report lists, round by round, who worked and what they
 * accepted and rejected.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contract,
  dismissToasts,
  editAndAnalyse,
  expectGroupCount,
  expectScreen,
  waitForAnalysis,
} from './flow';
import { appForSuite, type AppSession, keepScreenshot, SAMPLE } from './harness';

describe('review rounds', () => {
  let session: AppSession;
  let page: Page;
  let folder: string;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-e2e-rounds-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function save() {
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-confirm').click();
    await page.getByTestId('save-dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('proofread-dirty').getAttribute('data-dirty'))
      .toBe('false');
  }

  async function endRound(name: string) {
    await page.getByTestId('nav-versions').click();
    await expectScreen(page, 'versions');
    const button = page.getByTestId('version-mark-round');
    await expect.poll(() => button.textContent()).toBe(`标为${name}结束`);
    await button.click();
    await expect.poll(() => page.getByTestId('timeline-round').allTextContents()).toContain(name);
  }

  async function acceptAll(kind: string) {
    const group = page.locator(`[data-testid="finding-group"][data-kind="${kind}"]`);
    await group.getByTestId('finding-group-accept-all').click();
    await page.getByTestId('batch-dialog').waitFor();
    await editAndAnalyse(page, () => page.getByTestId('batch-confirm').click());
    await expectGroupCount(page, kind as never, 0);
  }

  it('ends 一校 with the punctuation widened by 许珂', async () => {
    await contract(session, 'settings.set', { author: '许珂' });
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    await acceptAll('punctuation-width');
    await save();
    await endRound('一校');
  });

  it('ends 二校 with the breaks mended and the reordering rejected by 李编辑', async () => {
    await contract(session, 'settings.set', { author: '李编辑' });
    await page.getByTestId('nav-proofread').click();
    await expectScreen(page, 'proofread');
    await acceptAll('broken-paragraph');
    const reorder = page.locator('[data-testid="finding-item"][data-kind="reading-order"]');
    await reorder.getByTestId('finding-reject').click();
    await expect.poll(() => reorder.count()).toBe(0);
    await save();
    await endRound('二校');
    await dismissToasts(page);
    await keepScreenshot(page, 'rounds');
  });

  it('lists each round in the report: who, and what they accepted and rejected', async () => {
    session.app.platform.setExportFolder(folder);
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-dialog').waitFor();
    for (const format of ['txt', 'docx'])
      await page.getByTestId(`export-format-${format}`).uncheck();
    await page.getByTestId('export-format-report-html').check();
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-result').waitFor();
    const report = (await readdir(folder)).find((f) => f.endsWith('-report.html')) ?? '';
    const reader = await session.context.newPage();
    await reader.goto(pathToFileURL(join(folder, report)).href);
    const rows = await reader.getByTestId('report-round').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^一校v2许珂标点全半角 \d+/);
    expect(rows[0]).not.toContain('李编辑');
    expect(rows[1]).toMatch(/^二校v3李编辑断段 6/);
    expect(rows[1]).toMatch(/标题语序 1$/);
    await reader.close();
    expect(session.pageErrors).toEqual([]);
  });
});

/**
 * The sample proofread from import to export without leaving the keyboard: every step below is
 * a key press (or text typed, as an input method commits it); the mouse is never used. The
 * scripted dialogs answer the file and folder choices, as a native dialog would.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core';
import { readParagraphs, readZipEntry, resolveRevisions } from '../export/helpers';
import {
  editAndAnalyse,
  expectGroupCount,
  expectScreen,
  focusedTestId,
  groupCount,
  listIssues,
  listVersions,
  nextFindingOf,
  pressUntilFocused,
  testIdNumber,
  versionText,
  waitForAnalysis,
} from './flow';
import { appForSuite, type AppSession, SAMPLE } from './harness';

const blocksOf = (text: string) => createDocument(text).blocks.map((b) => b.text);
const lineWith = (page: Page, text: string) =>
  page.getByTestId('editor-content').locator('.cm-line', { hasText: text });

describe('proofreading the sample with the keyboard only', () => {
  let session: AppSession;
  let page: Page;
  let exportFolder: string;
  let issueId = '';
  let paragraphs = 0;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    exportFolder = await mkdtemp(join(tmpdir(), 'galley-e2e-export-'));
  });
  afterAll(async () => {
    await rm(exportFolder, { recursive: true, force: true });
  });

  it('imports with Ctrl+O and lands in the text', async () => {
    await expectScreen(page, 'library');
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    [issueId] = (await listIssues(session)).map((i) => i.id);
    paragraphs = await testIdNumber(page, 'status-paragraphs');
    await expect.poll(() => focusedTestId(page)).toBe('editor-content');
  });

  it('fixes the punctuation and the paragraph breaks kind by kind (F8, Alt+Shift+Enter)', async () => {
    // Each batch shows its preview first (it touches many paragraphs); Enter confirms it.
    await nextFindingOf(page, 'punctuation-width');
    await page.keyboard.press('Alt+Shift+Enter');
    await page.getByTestId('batch-dialog').waitFor();
    await editAndAnalyse(page, () => page.keyboard.press('Enter'));
    await expectGroupCount(page, 'punctuation-width', 0);
    await nextFindingOf(page, 'broken-paragraph');
    await page.keyboard.press('Alt+Shift+Enter');
    await page.getByTestId('batch-dialog').waitFor();
    await editAndAnalyse(page, () => page.keyboard.press('Enter'));
    await expectGroupCount(page, 'broken-paragraph', 0);
    await expect.poll(() => testIdNumber(page, 'status-paragraphs')).toBe(paragraphs - 6);
  });

  it('keeps a jump line (Alt+Delete) and drops the misplaced duplicate (Alt+Enter)', async () => {
    const jumps = await groupCount(page, 'jump-line');
    await nextFindingOf(page, 'jump-line');
    await page.keyboard.press('Alt+Delete');
    await expectGroupCount(page, 'jump-line', jumps - 1);
    await nextFindingOf(page, 'duplicate-paragraph', 'suggest');
    await editAndAnalyse(page, () => page.keyboard.press('Alt+Enter'));
    await expectGroupCount(page, 'duplicate-paragraph', 0);
    await expect.poll(() => testIdNumber(page, 'status-paragraphs')).toBe(paragraphs - 7);
  });

  it('types a correction found with Ctrl+F, undoes it (Ctrl+Z) and redoes it (Ctrl+Shift+Z)', async () => {
    await page.keyboard.press('Control+f');
    await expect.poll(() => focusedTestId(page)).toBe('find-input');
    await page.keyboard.insertText('今年脱贫');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/1/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedTestId(page)).toBe('editor-content');
    await editAndAnalyse(page, () => page.keyboard.insertText('2020年脱贫'));
    await expect.poll(() => lineWith(page, '我市确定2020年脱贫攻坚工作目标').count()).toBe(1);
    await editAndAnalyse(page, () => page.keyboard.press('Control+z'));
    await expect.poll(() => lineWith(page, '我市确定今年脱贫攻坚工作目标').count()).toBe(1);
    await editAndAnalyse(page, () => page.keyboard.press('Control+Shift+z'));
    await expect.poll(() => lineWith(page, '我市确定2020年脱贫攻坚工作目标').count()).toBe(1);
  });

  it('saves with Ctrl+S, a message and Enter', async () => {
    await page.keyboard.press('Control+s');
    await expect.poll(() => focusedTestId(page)).toBe('save-message');
    await page.keyboard.insertText('键盘校对');
    await page.keyboard.press('Enter');
    await page.getByTestId('save-dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await listVersions(session, issueId)).length).toBe(2);
    await expect
      .poll(() => page.getByTestId('proofread-dirty').getAttribute('data-dirty'))
      .toBe('false');
    const [, saved] = await listVersions(session, issueId);
    expect(saved.message).toBe('键盘校对');
    const text = await versionText(session, issueId, saved.id);
    expect(text).toContain('我市确定2020年脱贫攻坚工作目标');
    expect(text).toContain('教育资助政策全部落实到位、');
    expect(text).toContain('（下转第三版）');
    expect(text).not.toMatch(/\p{Script=Han},/u);
    expect(blocksOf(text)).toHaveLength(paragraphs - 7);
  });

  it('compares with the imported version and restores it (Ctrl+3, Tab, End, R, Enter)', async () => {
    await page.keyboard.press('Control+3');
    await expectScreen(page, 'versions');
    await page.getByTestId('compare-view').waitFor();
    expect(await page.getByTestId('diff-ins').count()).toBeGreaterThan(0);
    await pressUntilFocused(page, 'Tab', 'versions-timeline');
    await page.keyboard.press('End');
    await expect
      .poll(() =>
        page
          .locator('[data-testid="version-row"][aria-selected="true"]')
          .getAttribute('data-number'),
      )
      .toBe('1');
    await page.keyboard.press('r');
    await expect.poll(() => focusedTestId(page)).toBe('versions-confirm-restore-confirm');
    await editAndAnalyse(page, () => page.keyboard.press('Enter'));
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    await expectGroupCount(page, 'broken-paragraph', 6);
    const versions = await listVersions(session, issueId);
    expect(versions.map((v) => v.origin)).toEqual(['imported', 'edited', 'restored']);
  });

  it('exports the saved version as .docx and .txt (Ctrl+E, Shift+Tab, ↓, Tab, Enter)', async () => {
    const versions = await listVersions(session, issueId);
    session.app.platform.setExportFolder(exportFolder);
    await page.keyboard.press('Control+e');
    await expect.poll(() => focusedTestId(page)).toBe('export-format-txt');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTestId(page)).toBe('export-version');
    // The dialog lists the versions once they are read: newest first, the head preselected.
    const options = page.getByTestId('export-version').locator('option');
    await expect.poll(() => options.count()).toBe(versions.length);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('export-version').inputValue()).toBe(versions[1].id);
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('export-format-txt');
    await page.keyboard.press('Enter');
    await page.getByTestId('export-result').waitFor();
    await expect.poll(() => focusedTestId(page)).toBe('export-close');
    await page.keyboard.press('Enter');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });

    const files = (await readdir(exportFolder)).sort();
    expect(files.map((f) => f.slice(f.lastIndexOf('.')))).toEqual(['.docx', '.txt']);
    const text = await versionText(session, issueId, versions[1].id);
    const txt = files.find((f) => f.endsWith('.txt')) ?? '';
    expect(await readFile(join(exportFolder, txt), 'utf8')).toBe(text);
    const docx = await readFile(join(exportFolder, files.find((f) => f.endsWith('.docx')) ?? ''));
    const xml = await readZipEntry(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:ins\b/);
    expect(xml).toMatch(/<w:del\b/);
    expect(resolveRevisions(readParagraphs(xml), true)).toEqual(blocksOf(text));
  });

  it('switches the language from the View menu (F10, →, →, Enter, ↑, Enter)', async () => {
    const viaMenu = async () => {
      await page.keyboard.press('F10');
      await expect.poll(() => focusedTestId(page)).toBe('menu-file');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await focusedTestId(page)).toBe('menu-view');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedTestId(page)).toBe('menuitem-view.library');
      await page.keyboard.press('ArrowUp');
      expect(await focusedTestId(page)).toBe('menuitem-view.language');
      await page.keyboard.press('Enter');
    };
    await viaMenu();
    await expect.poll(() => page.getByTestId('menu-file').textContent()).toBe('File');
    expect(await page.getByTestId('nav-library').textContent()).toBe('Library');
    await viaMenu();
    await expect.poll(() => page.getByTestId('menu-file').textContent()).toBe('文件');
    expect(await page.getByTestId('nav-library').textContent()).toBe('稿件库');
    expect(session.pageErrors).toEqual([]);
  });
});

/**
 * The sample issue proofread end to end with the mouse (and the shortcuts an editor types
 * anyway: Ctrl+F, Ctrl+S), screen by screen: import through the library's button, its findings,
 * the six paragraph merges, the duplicate, one rejected suggestion, a typed correction undone
 * and redone from the Edit menu, a saved version, the comparison with the imported version, a
 * restore, the export of .docx and .txt, the settings and the language switch. Each main screen
 * is kept as a screenshot. The steps run in order on one workspace.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core';
import { readParagraphs, readZipEntry, resolveRevisions } from '../export/helpers';
import {
  dismissToasts,
  editAndAnalyse,
  expectGroupCount,
  expectScreen,
  groupCount,
  listIssues,
  listVersions,
  testIdNumber,
  versionText,
  waitForAnalysis,
} from './flow';
import { appForSuite, type AppSession, keepScreenshot, SAMPLE } from './harness';

/** The misplaced copy of the duplicated paragraph and the one in its right place (README). */
const DUPLICATE = '会议原则同意《中共衡阳市委常委会2020年工作要点》';
const BEFORE_RIGHT_COPY = '依法依规依规处理检举控告';
/** The headline whose space the editor keeps (the suggestion is rejected). */
const HEADLINE_WITH_SPACE = '坚决打赢疫情防控 和决战脱贫攻坚两场硬仗';
const CORRECTED_HEADLINE = '我市确定2020年脱贫攻坚工作目标';
const ORIGINAL_HEADLINE = '我市确定今年脱贫攻坚工作目标';

const blocksOf = (text: string) => createDocument(text).blocks.map((b) => b.text);
const lineWith = (page: Page, text: string) =>
  page.getByTestId('editor-content').locator('.cm-line', { hasText: text });

describe('proofreading the sample with the mouse', () => {
  let session: AppSession;
  let page: Page;
  let exportFolder: string;
  let issueId = '';
  let paragraphs = 0;
  let characters = 0;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    exportFolder = await mkdtemp(join(tmpdir(), 'galley-e2e-export-'));
  });
  afterAll(async () => {
    await rm(exportFolder, { recursive: true, force: true });
  });

  it('imports the sample from the library and shows its findings by kind', async () => {
    await expectScreen(page, 'library');
    await page.getByTestId('library-empty').waitFor();
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.getByTestId('library-import').click());
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    [issueId] = (await listIssues(session)).map((i) => i.id);
    expect(await groupCount(page, 'broken-paragraph')).toBe(6);
    expect(await groupCount(page, 'duplicate-paragraph')).toBe(2);
    expect(await groupCount(page, 'repeated-phrase')).toBe(1);
    // The message says why the fix is safe: the evidence the lexicon gave.
    const stutter = page.locator('[data-testid="finding-item"][data-kind="repeated-phrase"]');
    await expect(stutter.locator('.finding__message').textContent()).resolves.toContain(
      '按词典切分两处都是完整的词',
    );
    expect(await groupCount(page, 'punctuation-width')).toBeGreaterThan(200);
    const perKind = await page.getByTestId('finding-group-count').allTextContents();
    expect(await testIdNumber(page, 'status-findings')).toBe(
      perKind.reduce((sum, n) => sum + Number(n), 0),
    );
    paragraphs = await testIdNumber(page, 'status-paragraphs');
    characters = await testIdNumber(page, 'status-characters');
    expect(paragraphs).toBe(blocksOf(await readFile(SAMPLE, 'utf8')).length);
    await expect.poll(() => lineWith(page, ORIGINAL_HEADLINE).count()).toBe(1);
    // Show the first paragraph break: the panel and the text mark it as the active finding.
    const first = page
      .locator('[data-testid="finding-item"][data-kind="broken-paragraph"]')
      .first();
    await first.getByTestId('finding-context').click();
    await expect.poll(() => first.getAttribute('aria-current')).toBe('true');
    await dismissToasts(page);
    await keepScreenshot(page, 'proofread');
  });

  it('accepts the six paragraph merges at once', async () => {
    const group = page.locator('[data-testid="finding-group"][data-kind="broken-paragraph"]');
    await group.getByTestId('finding-group-accept-all').click();
    await page.getByTestId('batch-dialog').waitFor();
    await editAndAnalyse(page, () => page.getByTestId('batch-confirm').click());
    await expectGroupCount(page, 'broken-paragraph', 0);
    await expect.poll(() => testIdNumber(page, 'status-paragraphs')).toBe(paragraphs - 6);
    await expect.poll(() => lineWith(page, '教育资助政策全部落实到位').count()).toBe(1);
  });

  it('removes the misplaced copy of the duplicated paragraph', async () => {
    const earlier = page.locator(
      '[data-testid="finding-item"][data-kind="duplicate-paragraph"][data-confidence="suggest"]',
    );
    await editAndAnalyse(page, () => earlier.getByTestId('finding-accept').click());
    // Accepting one copy's removal settles the pair: the other copy stays.
    await expectGroupCount(page, 'duplicate-paragraph', 0);
    await expect.poll(() => testIdNumber(page, 'status-paragraphs')).toBe(paragraphs - 7);
  });

  it('rejects the suggestion to close the space in a headline', async () => {
    const before = await groupCount(page, 'stray-space');
    const suggestion = page.locator(
      '[data-testid="finding-item"][data-kind="stray-space"][data-confidence="suggest"]',
    );
    await expect(suggestion.count()).resolves.toBe(1);
    await suggestion.getByTestId('finding-reject').click();
    await expectGroupCount(page, 'stray-space', before - 1);
    await expect.poll(() => lineWith(page, HEADLINE_WITH_SPACE).count()).toBe(1);
  });

  it('types a correction, then undoes and redoes it from the Edit menu', async () => {
    const before = await testIdNumber(page, 'status-characters');
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').waitFor();
    await page.keyboard.insertText('今年脱贫');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/1/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByTestId('find-panel').waitFor({ state: 'detached' });
    await editAndAnalyse(page, () => page.keyboard.insertText('2020年脱贫'));
    await expect.poll(() => lineWith(page, CORRECTED_HEADLINE).count()).toBe(1);
    await expect.poll(() => testIdNumber(page, 'status-characters')).toBe(before + 3);

    const menu = async (item: 'edit.undo' | 'edit.redo') => {
      await page.getByTestId('menu-edit').click();
      await page.getByTestId(`menuitem-${item}`).click();
    };
    await editAndAnalyse(page, () => menu('edit.undo'));
    await expect.poll(() => lineWith(page, ORIGINAL_HEADLINE).count()).toBe(1);
    await expect.poll(() => testIdNumber(page, 'status-characters')).toBe(before);
    await editAndAnalyse(page, () => menu('edit.redo'));
    await expect.poll(() => lineWith(page, CORRECTED_HEADLINE).count()).toBe(1);
    await expect.poll(() => testIdNumber(page, 'status-characters')).toBe(before + 3);
    expect(before).toBeLessThan(characters);
  });

  it('saves a version with Ctrl+S and a message', async () => {
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-message').fill('合并断段，删去错位的重复段落，改标题');
    await page.getByTestId('save-confirm').click();
    await page.getByTestId('save-dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('proofread-dirty').getAttribute('data-dirty'))
      .toBe('false');
    const versions = await listVersions(session, issueId);
    expect(versions.map((v) => v.origin)).toEqual(['imported', 'edited']);
    expect(versions[1].message).toBe('合并断段，删去错位的重复段落，改标题');

    const saved = await versionText(session, issueId, versions[1].id);
    expect(blocksOf(saved)).toHaveLength(paragraphs - 7);
    expect(saved).toContain('教育资助政策全部落实到位');
    expect(saved).toContain(CORRECTED_HEADLINE);
    expect(saved).toContain(HEADLINE_WITH_SPACE);
    expect(saved.split(DUPLICATE)).toHaveLength(2);
    expect(saved.indexOf(DUPLICATE)).toBeGreaterThan(saved.indexOf(BEFORE_RIGHT_COPY));
  });

  it('compares the saved version with the imported one', async () => {
    await page.getByTestId('nav-versions').click();
    await expectScreen(page, 'versions');
    await expect.poll(() => page.getByTestId('version-row').count()).toBe(2);
    await page.getByTestId('compare-view').waitFor();
    expect(await page.getByTestId('diff-del').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('diff-ins').count()).toBeGreaterThan(0);
    await expect(
      page.getByTestId('compare-view').getByText('2020年', { exact: false }).count(),
    ).resolves.toBeGreaterThan(0);
    await dismissToasts(page);
    await keepScreenshot(page, 'versions');

    // Change navigation: the position moves to the first change, then the second.
    const position = page.getByTestId('compare-position');
    const none = await position.textContent();
    await page.getByTestId('compare-next').click();
    await expect.poll(() => position.textContent()).not.toBe(none);
    const first = await position.textContent();
    await page.getByTestId('compare-next').click();
    await expect.poll(() => position.textContent()).not.toBe(first);
    // Inline: one column with the deletions and insertions in place.
    await page.getByTestId('compare-mode-inline').click();
    await expect.poll(() => page.getByTestId('compare-inline').count()).toBeGreaterThan(0);
    expect(
      await page.getByTestId('compare-inline').first().locator('del, ins').count(),
    ).toBeGreaterThan(0);
    await page.getByTestId('compare-mode-side').click();
    await expect.poll(() => page.getByTestId('compare-inline').count()).toBe(0);
  });

  it('restores the imported version: the findings come back', async () => {
    await page.locator('[data-testid="version-row"][data-number="1"]').click();
    await page.getByTestId('version-restore').click();
    await editAndAnalyse(page, () => page.getByTestId('versions-confirm-restore-confirm').click());
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    await expectGroupCount(page, 'broken-paragraph', 6);
    const versions = await listVersions(session, issueId);
    expect(versions.map((v) => v.origin)).toEqual(['imported', 'edited', 'restored']);
    expect(await versionText(session, issueId, versions[2].id)).toBe(
      await versionText(session, issueId, versions[0].id),
    );
  });

  it('exports the saved version as .docx with tracked changes and as .txt', async () => {
    const versions = await listVersions(session, issueId);
    const saved = versions[1];
    session.app.platform.setExportFolder(exportFolder);
    await page.getByTestId('menu-file').click();
    await page.getByTestId('menuitem-file.export').click();
    await page.getByTestId('export-dialog').waitFor();
    expect(await page.getByTestId('export-format-txt').isChecked()).toBe(true);
    expect(await page.getByTestId('export-format-docx').isChecked()).toBe(true);
    const options = page.getByTestId('export-version').locator('option');
    await expect.poll(() => options.count()).toBe(versions.length);
    await page.getByTestId('export-version').selectOption(saved.id);
    await dismissToasts(page);
    await keepScreenshot(page, 'export');
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-result').waitFor();
    const files = (await readdir(exportFolder)).sort();
    expect(files.map((f) => f.slice(f.lastIndexOf('.')))).toEqual(['.docx', '.txt']);
    expect(await page.getByTestId('export-file').allTextContents()).toEqual(
      expect.arrayContaining(files),
    );

    const text = await versionText(session, issueId, saved.id);
    const original = await versionText(session, issueId, versions[0].id);
    const txt = files.find((f) => f.endsWith('.txt')) ?? '';
    expect(await readFile(join(exportFolder, txt), 'utf8')).toBe(text);
    const docx = await readFile(join(exportFolder, files.find((f) => f.endsWith('.docx')) ?? ''));
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain(CORRECTED_HEADLINE);
    const xml = await readZipEntry(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:ins\b/);
    expect(xml).toMatch(/<w:del\b/);
    const tracked = readParagraphs(xml);
    expect(resolveRevisions(tracked, true)).toEqual(blocksOf(text));
    expect(resolveRevisions(tracked, false)).toEqual(blocksOf(original));
    await page.getByTestId('export-close').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
  });

  it('opens the settings and switches the interface language there and back', async () => {
    await page.getByTestId('menu-file').click();
    await page.getByTestId('menuitem-file.settings').click();
    await expectScreen(page, 'settings');
    await dismissToasts(page);
    await keepScreenshot(page, 'settings');
    const title = page.getByTestId('screen-settings').locator('h1');
    const zhTitle = await title.textContent();
    await page.getByTestId('settings-locale-en').check();
    await expect.poll(() => page.getByTestId('menu-file').textContent()).toBe('File');
    await expect.poll(() => title.textContent()).not.toBe(zhTitle);
    expect(await page.getByTestId('nav-versions').textContent()).toBe('Versions');
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    await keepScreenshot(page, 'library-en');
    await page.getByTestId('language-zh-CN').click();
    await expect.poll(() => page.getByTestId('menu-file').textContent()).toBe('文件');
    expect(await page.getByTestId('nav-versions').textContent()).toBe('版本');
    await keepScreenshot(page, 'library');
    expect(session.pageErrors).toEqual([]);
  });
});

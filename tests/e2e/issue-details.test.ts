/**
 * Issue details the editor owns (issue #10, item 6), in the real renderer: import reads the
 * masthead and the date line, F2 in the library edits title, publication, date and edition (a
 * wrong date is said and nothing is sent), every change is kept, version messages are worded in
 * the interface language, and exports are named <publication>-<date>-<title>-v<N>.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueDetailsEntry } from '../../src/shared/contract';
import { readZipEntry } from '../export/helpers';
import { contract, dismissToasts, expectScreen, listIssues, listVersions } from './flow';
import { appForSuite, type AppSession, keepScreenshot } from './harness';

const DRAFT = [
  '衡阳日报',
  '2020年3月5日 星期四 第3版',
  '',
  '我市确定今年脱贫攻坚工作目标',
  '',
  '本报讯（记者 许珂）3月4日，记者从市扶贫办获悉，我市将进一步强化“三落实”，确保全面打赢脱贫攻坚收官战。',
].join('\n');

describe('issue details', () => {
  let session: AppSession;
  let page: Page;
  let folder: string;
  let issueId: string;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-e2e-details-'));
    await writeFile(join(folder, '衡阳日报 word.txt'), DRAFT);
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const row = () => page.getByTestId('library-row').first();

  it('imports with the publication and the date the masthead prints', async () => {
    await page.getByTestId('library-empty').waitFor();
    session.app.platform.queueOpen([join(folder, '衡阳日报 word.txt')]);
    // A draft with nothing to decide opens in Proofread once it is in.
    await page.getByTestId('library-import').click();
    await page.getByTestId('screen-proofread').waitFor();
    [issueId] = (await listIssues(session)).map((i) => i.id);
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    await expect.poll(() => row().textContent()).toContain('衡阳日报');
    expect(await row().textContent()).toContain('2020-03-05');
    expect(await row().textContent()).toContain('我市确定今年脱贫攻坚工作目标');
    // The footer names the same import shortcut as the File menu.
    await page.getByTestId('menu-file').click();
    const menuKey = await page.getByTestId('menuitem-file.import').textContent();
    await page.keyboard.press('Escape');
    expect(menuKey).toContain('Ctrl+O');
    expect(await page.locator('.library__keys').textContent()).toContain('Ctrl+O');
  });

  it('edits the details with F2: a wrong date is said, a right one saved and kept', async () => {
    await row().click();
    await page.keyboard.press('F2');
    const dialog = page.getByTestId('details-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('details-publication').inputValue()).toBe('衡阳日报');
    expect(await page.getByTestId('details-edition').inputValue()).toBe('第3版');
    await page.getByTestId('details-date').fill('2020-02-30');
    await expect
      .poll(() => page.getByTestId('details-error').textContent())
      .toContain('“2020-02-30”不是日期');
    expect(await page.getByTestId('details-save').isDisabled()).toBe(true);

    await page.getByTestId('details-date').fill('2020-03-06');
    await page.getByTestId('details-title').fill('脱贫攻坚新目标');
    await page.getByTestId('details-title').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row().textContent()).toContain('脱贫攻坚新目标');
    expect(await row().textContent()).toContain('2020-03-06');

    const history = await contract<IssueDetailsEntry[]>(session, 'library.history', { issueId });
    expect(history.map((h) => [h.title, h.date])).toEqual([
      ['我市确定今年脱贫攻坚工作目标', '2020-03-05'],
      ['脱贫攻坚新目标', '2020-03-06'],
    ]);

    // Opened again, the dialog lists the earlier state.
    await row().click();
    await page.getByTestId('library-edit').click();
    await page.getByTestId('details-history').waitFor();
    await page.getByTestId('details-history').locator('summary').click();
    expect(await page.getByTestId('details-history').textContent()).toContain(
      '我市确定今年脱贫攻坚工作目标',
    );
    await dismissToasts(page);
    await keepScreenshot(page, 'issue-details');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('words version messages in the interface language', async () => {
    await row().dblclick();
    await expectScreen(page, 'proofread');
    await page.getByTestId('nav-versions').click();
    await expectScreen(page, 'versions');
    await expect
      .poll(() => page.getByTestId('timeline-message').first().textContent())
      .toBe('导入 衡阳日报 word.txt');
  });

  it('names exports <publication>-<date>-<title>-v<N>, signed as the versions are', async () => {
    // A typed correction, saved as version 2.
    await page.getByTestId('nav-proofread').click();
    await expectScreen(page, 'proofread');
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('完');
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-confirm').click();
    await page.getByTestId('save-dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await listVersions(session, issueId)).length).toBe(2);
    session.app.platform.setExportFolder(folder);
    await page.getByTestId('menu-file').click();
    await page.getByTestId('menuitem-file.export').click();
    await page.getByTestId('export-dialog').waitFor();
    await page.getByTestId('export-format-docx').check();
    // The head the dialog offers is version 2 once the app has learnt of the save.
    const saved = (await listVersions(session, issueId))[1]!;
    await expect.poll(() => page.getByTestId('export-version').inputValue()).toBe(saved.id);
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-result').waitFor();
    const files = (await readdir(folder)).filter((f) => f.includes('-v2'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(/^衡阳日报-2020-03-06-脱贫攻坚新目标-v2/);
    const docx = files.find((f) => f.endsWith('.docx')) ?? '';
    const xml = await readZipEntry(await readFile(join(folder, docx)), 'word/document.xml');
    const versions = await listVersions(session, issueId);
    expect(versions[1].author).not.toBe('');
    expect(xml).toContain(`w:author="${versions[1].author}"`);
    expect(session.pageErrors).toEqual([]);
  });
});

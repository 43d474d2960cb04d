/**
 * Editorial rules in the app: a replacement added in the Rules screen by keyboard, refused
 * with a sentence while it is incomplete, tried against the open issue with a preview of every
 * hit, then marked in the Proofread screen as a finding of kind `rule`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RulesView } from '../../src/shared/contract';
import {
  contract,
  dismissToasts,
  editAndAnalyse,
  expectGroupCount,
  focusedTestId,
  listIssues,
  shownNumber,
  waitForAnalysis,
} from './flow';
import { appForSuite, type AppSession, keepScreenshot, SAMPLE } from './harness';

/** The sample's 2020 name of the disease, and the name house style uses since 2023. */
const OLD_NAME = '新冠肺炎';
const NEW_NAME = '新冠病毒感染';
const OLD_NAME_COUNT = 7;

/** Waits until the app shows `screen`. */
async function expectAppScreen(page: Page, screen: string): Promise<void> {
  await expect.poll(() => page.getByTestId('app').getAttribute('data-screen')).toBe(screen);
  await page.getByTestId(`screen-${screen}`).waitFor({ state: 'visible' });
}

describe('editorial rules', () => {
  let session: AppSession;
  let page: Page;

  appForSuite((app) => ({ session, page } = app));

  it('opens the sample', async () => {
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await expectAppScreen(page, 'proofread');
    await waitForAnalysis(page);
    await expectGroupCount(page, 'rule', 0);
  });

  it('shows the rules by keyboard (Ctrl+4), the built-in formulations among them', async () => {
    await page.keyboard.press('Control+4');
    await expectAppScreen(page, 'rules');
    await expect.poll(() => focusedTestId(page)).toBe('rules-search');
    expect(await page.getByTestId('rules-empty').textContent()).toContain('还没有规则');
    await page.getByTestId('rules-tab-formulation').click();
    await expect.poll(() => page.getByTestId('rules-row').count()).toBeGreaterThan(40);
    expect(await page.getByTestId('rules-starter').isChecked()).toBe(true);
    await page.getByTestId('rules-search').fill('小康');
    await expect
      .poll(() => page.getByTestId('rules-row').allTextContents())
      .toContain('决胜全面建成小康社会内置党的十九大提法');
    await page.getByTestId('rules-search').fill('');
    await page.getByTestId('rules-tab-replacement').click();
  });

  it('refuses an incomplete rule with a sentence under its field', async () => {
    await page.keyboard.press('Alt+n');
    await expect.poll(() => focusedTestId(page)).toBe('rules-field-find');
    await page.keyboard.press('Control+Enter');
    const problem = page.locator('[data-testid="rules-problem"][data-field="find"]');
    await expect.poll(() => problem.textContent()).toBe('请填写“错误写法”。');
    expect(await page.getByTestId('rules-field-find').getAttribute('aria-invalid')).toBe('true');
    expect((await contract<RulesView>(session, 'rules.list', {})).list.replacements).toEqual([]);
    await page.keyboard.insertText(OLD_NAME);
  });

  it('tries the rule against the open issue: every hit with its context and change', async () => {
    await page.getByTestId('rules-field-replace').fill(NEW_NAME);
    await page.getByTestId('rules-field-note').fill('2023 年起统一称“新冠病毒感染”');
    await page.keyboard.press('Alt+t');
    const summary = page.getByTestId('rules-test-summary');
    await expect.poll(() => summary.getAttribute('data-count')).toBe(String(OLD_NAME_COUNT));
    expect(await summary.textContent()).toContain('《我市确定今年脱贫攻坚工作目标》');
    const hits = page.getByTestId('rules-test-hit');
    expect(await hits.count()).toBe(OLD_NAME_COUNT);
    expect(await hits.first().locator('del').textContent()).toBe(OLD_NAME);
    expect(await hits.first().locator('ins').textContent()).toBe(NEW_NAME);
    // Nothing is saved by trying.
    expect((await contract<RulesView>(session, 'rules.list', {})).list.replacements).toEqual([]);
  });

  it('adds the rule (Ctrl+Enter) and lists it', async () => {
    await page.getByTestId('rules-field-note').focus();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('rules-row').count()).toBe(1);
    expect(await page.getByTestId('rules-row').textContent()).toContain(`${OLD_NAME}→${NEW_NAME}`);
    await expect.poll(() => page.getByTestId('rules-form').getAttribute('data-mode')).toBe('edit');
    const stored = (await contract<RulesView>(session, 'rules.list', {})).list.replacements;
    expect(stored).toMatchObject([{ find: OLD_NAME, replace: NEW_NAME, scope: 'cjk' }]);
    expect(shownNumber(await page.getByTestId('rules-count').textContent())).toBe(1);
  });

  it('imports a CSV and exports the list through the file dialogs', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'galley-e2e-rules-'));
    const csv = join(folder, '本报词表.csv');
    await writeFile(
      csv,
      '\ufeffkind,find,replace,safe,note\r\n' +
        'replacement,己经,已经,true,OCR 常见混淆\r\n' +
        'replacement,末来,未来,true,OCR 常见混淆\r\n' +
        'replacement,其它,其他,false,本报用字\r\n' +
        'protected,许珂,,,本报记者\r\n',
    );
    session.app.platform.queueRulesFile(csv);
    await page.getByTestId('rules-import').click();
    await expect.poll(() => page.getByTestId('rules-row').count()).toBe(4);
    await expect
      .poll(async () => (await page.getByTestId('toast').allTextContents()).join())
      .toContain('新增 4 条');
    expect(shownNumber(await page.getByTestId('rules-count').textContent())).toBe(5);

    const exported = join(folder, 'rules-out');
    session.app.platform.queueRulesExportFile(exported);
    await page.getByTestId('rules-export-json').click();
    await expect
      .poll(() => readFile(`${exported}.json`, 'utf8').catch(() => ''))
      .toContain(NEW_NAME);
    const written = JSON.parse(await readFile(`${exported}.json`, 'utf8')) as RulesView['list'];
    expect(written.replacements.map((r) => r.find)).toEqual([OLD_NAME, '己经', '末来', '其它']);
    expect(written.protected.map((t) => t.term)).toEqual(['许珂']);
    await rm(folder, { recursive: true, force: true });

    // The screen as the README shows it: the list, the rule in the form, its test.
    await page.getByTestId('rules-row').first().click();
    await page.keyboard.press('Alt+t');
    await expect
      .poll(() => page.getByTestId('rules-test-summary').getAttribute('data-count'))
      .toBe(String(OLD_NAME_COUNT));
    await dismissToasts(page);
    await keepScreenshot(page, 'rules');
  });

  it('deletes a rule from the list by keyboard (End, Delete, Enter)', async () => {
    await page.getByTestId('rules-list').focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => page.locator('[data-testid="rules-row"][aria-selected="true"]').textContent())
      .toContain('其它');
    await page.keyboard.press('Delete');
    await page.getByTestId('rules-confirm-delete').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('rules-row').count()).toBe(3);
    const stored = (await contract<RulesView>(session, 'rules.list', {})).list.replacements;
    expect(stored.map((r) => r.find)).toEqual([OLD_NAME, '己经', '末来']);
    await expect.poll(() => focusedTestId(page)).toBe('rules-list');
  });

  it('marks the rule’s hits in the Proofread screen', async () => {
    await page.keyboard.press('Control+2');
    await expectAppScreen(page, 'proofread');
    await expectGroupCount(page, 'rule', OLD_NAME_COUNT);
    const item = page.locator('[data-testid="finding-item"][data-kind="rule"]').first();
    expect(await item.getByTestId('finding-context').textContent()).toContain('病毒感染');
    expect(session.pageErrors).toEqual([]);
  });

  it('opens the earlier issue beside a repeat and marks its paragraph as boilerplate', async () => {
    const sample = await readFile(SAMPLE, 'utf8');
    const repeated = sample.split('\n').find((line) => line.startsWith('本报讯 (记者 许珂)'));
    if (!repeated) throw new Error('the sample changed');
    const folder = await mkdtemp(join(tmpdir(), 'galley-e2e-rules-'));
    const draft = join(folder, 'hengyang-daily-2020-03-06.txt');
    await writeFile(
      draft,
      `市里召开春耕生产工作会议\n\n${repeated}\n\n会议要求各地抓紧抓实春耕备耕各项工作。\n`,
    );
    session.app.platform.queueOpen([draft]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await expectAppScreen(page, 'proofread');
    await waitForAnalysis(page);
    await expectGroupCount(page, 'archive-repeat', 1);

    const item = page.locator('[data-testid="finding-item"][data-kind="archive-repeat"]');
    await item.getByTestId('finding-archive-source').click();
    const panel = page.getByTestId('archive-panel');
    await panel.waitFor();
    await expect
      .poll(() => panel.getByTestId('archive-panel-title').textContent())
      .toBe('我市确定今年脱贫攻坚工作目标');
    expect(await panel.getByTestId('archive-panel-meta').textContent()).toContain('2020-03-05');
    const source = panel.locator('[data-testid="archive-panel-paragraph"][data-source="true"]');
    expect(await source.textContent()).toContain(repeated);
    await dismissToasts(page);
    await keepScreenshot(page, 'archive-repeat');

    await panel.getByTestId('archive-panel-mark').click();
    await expectGroupCount(page, 'archive-repeat', 0);
    await panel.waitFor({ state: 'detached' });
    const issueId = (await listIssues(session)).find((i) => i.date === '2020-03-06')?.id ?? '';
    const again = await session.app.services.issues.analyse(issueId);
    expect(again.findings.filter((f) => f.kind === 'archive-repeat')).toEqual([]);
    await rm(folder, { recursive: true, force: true });
    expect(session.pageErrors).toEqual([]);
  });
});

/**
 * A regex rule that runs too long in the app (issue #12): the static check lets `a(?=.*b)`
 * through (it is quadratic, not exponential), so only the budget can stop it. The editor types
 * a 300,000-character line; the analysis worker starts the rule, the page stops the worker once
 * the rule's budget is spent, names the rule in a message, switches it off in the workspace, and
 * the analysis still finishes with the other rules' findings.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RulesView } from '../../src/shared/contract';
import { contract, editAndAnalyse, expectGroupCount, expectScreen, waitForAnalysis } from './flow';
import { appForSuite, type AppSession } from './harness';

const SLOW = 'a(?=.*b)';

describe('a regex rule that runs too long in the app', () => {
  let session: AppSession;
  let page: Page;
  let folder: string;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-rule-budget-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('opens a short draft with the slow rule and a plain one: both run in time', async () => {
    for (const rule of [
      { find: SLOW, replace: 'c', regex: true, note: 'slow' },
      { find: '己经', replace: '已经', note: 'OCR' },
    ]) {
      await contract(session, 'rules.save', { kind: 'replacement', rule });
    }
    const draft = join(folder, 'draft.txt');
    await writeFile(draft, '他己经到达。\n\n短段落 a。\n');
    session.app.platform.queueOpen([draft]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    await expectGroupCount(page, 'rule', 1);
  });

  it('stops it on a long line, says so, and switches it off in the workspace', async () => {
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+End');
    await editAndAnalyse(page, () => page.keyboard.insertText(`\n\n${'a'.repeat(300_000)}`));
    const errors = page.locator('[data-testid="toast"][data-tone="error"]');
    await expect.poll(() => errors.allTextContents()).toEqual([expect.stringContaining(SLOW)]);
    expect((await errors.allTextContents())[0]).toMatch(/运行了 [\d.]+ 秒仍未结束，已停止并停用/);
    // The analysis finished without it: the plain rule's finding is still listed.
    await expectGroupCount(page, 'rule', 1);
    const view = await contract<RulesView>(session, 'rules.list', {});
    const slow = view.list.replacements.find((r) => r.find === SLOW);
    expect(slow?.disabled).toMatch(/^Stopped after \d+\.\d s/);
    expect(view.list.replacements.find((r) => r.find === '己经')?.disabled).toBeUndefined();
  });

  it('does not run it again: the next edit analyses quietly', async () => {
    await page.locator('[data-testid="toast"] button').first().click();
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+End');
    await editAndAnalyse(page, () => page.keyboard.insertText('a'));
    await expectGroupCount(page, 'rule', 1);
    expect(await page.locator('[data-testid="toast"][data-tone="error"]').count()).toBe(0);
  });
});

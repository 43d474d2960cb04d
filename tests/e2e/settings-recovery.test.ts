/**
 * Settings that reach the work (the author name on saved versions, a detector switched off) and
 * the working copy surviving a crash: the autosaved text is offered back after the page dies.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OpenedIssue, Settings } from '../../src/shared/contract';
import {
  contract,
  editAndAnalyse,
  expectScreen,
  groupCount,
  listIssues,
  listVersions,
  waitForAnalysis,
} from './flow';
import { appForSuite, type AppSession, SAMPLE } from './harness';

const TYPED = '（本版责任编辑：许珂）';
const TYPED_LATER = '（完）';

describe('settings and recovery', () => {
  let session: AppSession;
  let page: Page;
  let issueId = '';

  appForSuite((app) => ({ session, page } = app));

  it('stores the author name and a detector switched off (Ctrl+,)', async () => {
    await page.keyboard.press('Control+,');
    await expectScreen(page, 'settings');
    await page.getByTestId('settings-author').fill('许珂');
    await page.keyboard.press('Enter');
    // The switch is drawn over its checkbox: the editor clicks the switch's label.
    const punctuation = page.getByTestId('settings-detector-punctuation-width');
    await punctuation.locator('xpath=ancestor::label').click();
    await expect.poll(() => punctuation.isChecked()).toBe(false);
    await expect
      .poll(async () => (await contract<Settings>(session, 'settings.get', {})).disabledKinds)
      .toEqual(['punctuation-width']);
    expect((await contract<Settings>(session, 'settings.get', {})).author).toBe('许珂');
  });

  it('analyses without the detector switched off', async () => {
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.keyboard.press('Control+o'));
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    [issueId] = (await listIssues(session)).map((i) => i.id);
    expect(await groupCount(page, 'broken-paragraph')).toBe(6);
    expect(await groupCount(page, 'punctuation-width')).toBe(0);
  });

  it('offers the autosaved working copy back after the page dies', async () => {
    await page.getByTestId('editor-content').focus();
    // At the top, where the reopened editor shows it (only the visible lines are drawn).
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText(TYPED);
    await expect
      .poll(() => page.getByTestId('proofread-dirty').getAttribute('data-dirty'))
      .toBe('true');
    // The working copy reaches the workspace within an autosave period.
    await expect
      .poll(
        async () =>
          (await contract<OpenedIssue>(session, 'issue.open', { issueId })).recovered?.text ?? '',
        { timeout: 20_000 },
      )
      .toContain(TYPED);
    // Later typing goes as a patch on that copy, not as the whole text again.
    const patches: string[] = [];
    const spy = (request: Request) => {
      const body = request.postData() ?? '';
      if (body.includes('"patch"')) patches.push(body);
    };
    page.on('request', spy);
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(TYPED_LATER);
    await expect
      .poll(
        async () =>
          (await contract<OpenedIssue>(session, 'issue.open', { issueId })).recovered?.text ?? '',
        { timeout: 20_000 },
      )
      .toSatisfy((text: string) => text.startsWith(TYPED) && text.endsWith(TYPED_LATER));
    page.off('request', spy);
    expect(patches.length).toBeGreaterThan(0);
    expect(patches.every((body) => body.length < 1000)).toBe(true);

    // A crash: the page goes away without closing the issue.
    await page.reload();
    await page.getByTestId('screen-library').waitFor();
    await page.getByTestId('library-row').dblclick();
    await page.getByTestId('recovery-banner').waitFor();
    await editAndAnalyse(page, () => page.getByTestId('recovery-recover').click());
    await page.getByTestId('recovery-banner').waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        page.getByTestId('editor-content').locator('.cm-line', { hasText: TYPED }).count(),
      )
      .toBe(1);
  });

  it('saves the recovered text as a version by the author from the settings', async () => {
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-message').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await listVersions(session, issueId)).length).toBe(2);
    const [, saved] = await listVersions(session, issueId);
    expect(saved.author).toBe('许珂');
    const text = await contract<{ text: string }>(session, 'versions.read', {
      issueId,
      versionId: saved.id,
    });
    expect(text.text).toContain(TYPED);
    expect(session.pageErrors).toEqual([]);
  });
});

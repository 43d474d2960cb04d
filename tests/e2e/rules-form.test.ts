/**
 * The Rules form keeps what the editor types: after 新建规则 (mouse) or Alt+N, typing goes into
 * the new rule's first field at once, never into the search box, and Ctrl+Enter saves it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RulesView } from '../../src/shared/contract';
import { contract } from './flow';
import { appForSuite, type AppSession } from './harness';

describe('the Rules form takes the keyboard when a rule is started', () => {
  let session: AppSession;
  let page: Page;

  appForSuite((app) => ({ session, page } = app));

  it('types into the new rule straight after the button, and Ctrl+Enter saves it', async () => {
    await page.keyboard.press('Control+4');
    await page.getByTestId('rules-search').waitFor();
    await page.getByTestId('rules-new').click();
    // No wait for the focus: an editor types at once.
    await page.keyboard.insertText('末来');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('未来');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('rules-row').count()).toBe(1);
    expect(await page.getByTestId('rules-search').inputValue()).toBe('');
    const stored = (await contract<RulesView>(session, 'rules.list', {})).list.replacements;
    expect(stored).toMatchObject([{ find: '末来', replace: '未来' }]);
  });

  it('does the same after Alt+N', async () => {
    await page.getByTestId('rules-search').focus();
    await page.keyboard.press('Alt+n');
    await page.keyboard.insertText('在坚持');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('再坚持');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('rules-row').count()).toBe(2);
    expect(await page.getByTestId('rules-search').inputValue()).toBe('');
    expect(session.pageErrors).toEqual([]);
  });
});

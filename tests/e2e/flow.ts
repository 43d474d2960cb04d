/**
 * Steps the end-to-end tests share: reading what the screens show (by data-testid), waiting for
 * the analysis to settle, and asking the workspace (through the same contract the renderer uses)
 * what it now holds. Waits are on states, never on time.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FindingKind } from '../../src/core/finding';
import type { IssueSummary, VersionInfo } from '../../src/shared/contract';
import type { AppSession } from './harness';

/** Calls a contract channel on the session's services and unwraps the result. */
export async function contract<T>(
  session: AppSession,
  channel: string,
  payload: unknown,
): Promise<T> {
  const result = await session.app.services.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message.en}`);
  return result.value as T;
}

/** The issues of the workspace (trash excluded). */
export function listIssues(session: AppSession): Promise<IssueSummary[]> {
  return contract<IssueSummary[]>(session, 'library.list', {});
}

/** The issue's versions, oldest first. */
export async function listVersions(session: AppSession, issueId: string): Promise<VersionInfo[]> {
  const versions = await contract<VersionInfo[]>(session, 'versions.list', { issueId });
  return [...versions].sort((a, b) => a.number - b.number);
}

/** The stored text of a version. */
export async function versionText(
  session: AppSession,
  issueId: string,
  versionId: string,
): Promise<string> {
  const read = await contract<{ text: string }>(session, 'versions.read', { issueId, versionId });
  return read.text;
}

/** A number as the screen shows it ("5,213" → 5213); NaN when there is none. */
export function shownNumber(text: string | null): number {
  const digits = (text ?? '').replace(/[^\d]/g, '');
  return digits === '' ? Number.NaN : Number(digits);
}

/** The number in the element with `testId` (the status bar's counts). */
export async function testIdNumber(page: Page, testId: string): Promise<number> {
  return shownNumber(await page.getByTestId(testId).first().textContent());
}

/** How many open findings of `kind` the findings panel lists (0 when it has no such group). */
export async function groupCount(page: Page, kind: FindingKind): Promise<number> {
  const group = page.locator(`[data-testid="finding-group"][data-kind="${kind}"]`);
  if ((await group.count()) === 0) return 0;
  return shownNumber(await group.getByTestId('finding-group-count').textContent());
}

/** Waits until the Proofread screen shows an issue whose analysis has finished. */
export async function waitForAnalysis(page: Page): Promise<void> {
  await page.getByTestId('editor-content').waitFor();
  await page.getByTestId('findings-panel').waitFor();
  await page.getByTestId('status-analysing').waitFor({ state: 'detached' });
}

/** Waits until the panel lists `count` findings of `kind` (the analysis re-runs after edits). */
export async function expectGroupCount(page: Page, kind: FindingKind, count: number) {
  await expect.poll(() => groupCount(page, kind), { timeout: 20_000 }).toBe(count);
}

/** Waits until the screen with `testId` shows (and the app says it is the current one). */
export async function expectScreen(
  page: Page,
  screen: 'library' | 'proofread' | 'versions' | 'settings',
) {
  await expect.poll(() => page.getByTestId('app').getAttribute('data-screen')).toBe(screen);
  await page.getByTestId(`screen-${screen}`).waitFor({ state: 'visible' });
}

/**
 * Fails on any error toast showing, then closes the toasts (so screenshots show the screen, not
 * the last message). Closed in the page in one go: a toast may expire between two steps.
 */
export async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByTestId('toast');
  const errors = await page.locator('[data-testid="toast"][data-tone="error"]').allTextContents();
  expect(errors).toEqual([]);
  await toasts.locator('button').evaluateAll((buttons) => {
    for (const button of buttons) (button as unknown as { click(): void }).click();
  });
  await expect.poll(() => toasts.count()).toBe(0);
}

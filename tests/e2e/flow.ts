/**
 * Steps the end-to-end tests share: reading what the screens show (by data-testid), waiting for
 * the analysis to settle, and asking the workspace (through the same contract the renderer uses)
 * what it now holds. Waits are on states, never on time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FindingKind } from '../../src/core/finding';
import type { IssueSummary, VersionInfo } from '../../src/shared/contract';
import { SAMPLE, type AppSession } from './harness';

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
  // Read in one go in the page: a group may vanish between two separate reads.
  const shown = await page.evaluate((selector) => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): Text | null } })
      .document;
    return doc.querySelector(selector)?.textContent ?? null;
  }, `[data-testid="finding-group"][data-kind="${kind}"] [data-testid="finding-group-count"]`);
  return shown === null ? 0 : shownNumber(shown);
}
interface Text {
  readonly textContent: string | null;
}

const PROOFREAD = '[data-testid="screen-proofread"]';

/**
 * Which findings the Proofread screen shows (`data-findings-round`: the session and how many
 * sets of findings have landed in it, the workspace's on open being the first) and whether they
 * are the current text's (`data-findings-current`: no analysis runs or waits). Null rounds: no
 * issue is open.
 */
function findingsState(page: Page): Promise<{ round: string | null; current: boolean }> {
  return page.evaluate((selector) => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): Item | null } })
      .document;
    const screen = doc.querySelector(selector);
    return {
      round: screen?.getAttribute('data-findings-round') ?? null,
      current: screen?.getAttribute('data-findings-current') === 'true',
    };
  }, PROOFREAD);
}

/** Resolves once the screen shows findings of a round other than `before` and they are current. */
function newRoundShown(page: Page, before: string | null): Promise<unknown> {
  return page.waitForFunction(
    ([selector, previous]) => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): Item | null } })
        .document;
      const screen = doc.querySelector(selector ?? '');
      const round = screen?.getAttribute('data-findings-round') ?? null;
      return (
        round !== null &&
        round !== previous &&
        screen?.getAttribute('data-findings-current') === 'true'
      );
    },
    [PROOFREAD, before] as const,
    { polling: 'raf' },
  );
}

/**
 * Waits until the Proofread screen shows an issue whose findings are those of its current text
 * (the workspace's as opened, or the analysis after the last edit).
 */
export async function waitForAnalysis(page: Page): Promise<void> {
  await page.getByTestId('editor-content').waitFor();
  await page.getByTestId('findings-panel').waitFor();
  await page.waitForFunction(
    (selector) => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): Item | null } })
        .document;
      return doc.querySelector(selector)?.getAttribute('data-findings-current') === 'true';
    },
    PROOFREAD,
    { polling: 'raf' },
  );
}

/** How many analyses the page has finished (see ANALYSIS_PROBE in harness.ts). */
export function analysesDone(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { galleyAnalyses: number }).galleyAnalyses);
}

/**
 * Runs `edit` (a step that changes the text, or opens an issue), then waits until the findings
 * that follow it show: the analysis after an edit (until then the findings shown are the old
 * ones mapped through the edit, and their ids are about to change), or those an issue opens with.
 */
export async function editAndAnalyse(page: Page, edit: () => Promise<unknown>): Promise<void> {
  const before = (await findingsState(page)).round;
  await edit();
  await newRoundShown(page, before);
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

/** The data-testid of the focused element (or of its nearest ancestor that has one). */
export function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { activeElement: Focusable | null } })
      .document;
    return doc.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
  });
}
interface Focusable {
  closest(selector: string): { getAttribute(name: string): string | null } | null;
}

/** Presses `key` until the focus is on the element with `testId` (at most `max` presses). */
export async function pressUntilFocused(page: Page, key: string, testId: string, max = 40) {
  for (let i = 0; i < max && (await focusedTestId(page)) !== testId; i++) {
    await page.keyboard.press(key);
  }
  expect(await focusedTestId(page)).toBe(testId);
}

const ACTIVE_ITEM = '[data-testid="finding-item"][aria-current="true"]';

/** The finding the panel marks as active: its id, kind and confidence; null when none. */
export async function activeFinding(
  page: Page,
): Promise<{ id: string; kind: string; confidence: string } | null> {
  return page.evaluate((selector) => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): Item | null } })
      .document;
    const item = doc.querySelector(selector);
    if (!item) return null;
    return {
      id: item.getAttribute('data-finding-id') ?? '',
      kind: item.getAttribute('data-kind') ?? '',
      confidence: item.getAttribute('data-confidence') ?? '',
    };
  }, ACTIVE_ITEM);
}
interface Item {
  getAttribute(name: string): string | null;
}

/** Resolves once the panel's active finding is no longer `previous` (null: none). */
function activeChanged(page: Page, previous: string | null): Promise<unknown> {
  return page.waitForFunction(
    ([selector, before]) => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): Item | null } })
        .document;
      return (
        (doc.querySelector(selector ?? '')?.getAttribute('data-finding-id') ?? null) !== before
      );
    },
    [ACTIVE_ITEM, previous] as const,
    { polling: 'raf' },
  );
}

/**
 * Presses F8 (next finding) until the active finding is of `kind` (and `confidence`), waiting
 * after each press for the active finding to change.
 */
export async function nextFindingOf(page: Page, kind: FindingKind, confidence?: string) {
  for (let i = 0; i < 400; i++) {
    const now = await activeFinding(page);
    if (now && now.kind === kind && (confidence === undefined || now.confidence === confidence)) {
      return;
    }
    await page.keyboard.press('F8');
    await activeChanged(page, now?.id ?? null);
  }
  throw new Error(`no ${kind} finding reached with F8`);
}

/**
 * Imports `file` with the library's import button (the scripted dialog picks it) and waits until
 * it is open in Proofread with its findings shown.
 */
export async function importAndOpen(session: AppSession, file: string): Promise<void> {
  const { page } = session;
  session.app.platform.queueOpen([file]);
  await page.getByTestId('nav-library').click();
  await expectScreen(page, 'library');
  await editAndAnalyse(page, () => page.getByTestId('library-import').click());
  await expectScreen(page, 'proofread');
  await waitForAnalysis(page);
}

/**
 * Imports the sample, then the same text again as a GBK file written to `folder` (as a second
 * issue, so its paragraphs are archive repeats of the first), and leaves the second one open.
 */
export async function importSampleTwice(session: AppSession, folder: string): Promise<void> {
  await importAndOpen(session, SAMPLE);
  const gbk = join(folder, 'hengyang-gbk.txt');
  await writeFile(gbk, iconv.encode(await readFile(SAMPLE, 'utf8'), 'gbk'));
  await importAndOpen(session, gbk);
}

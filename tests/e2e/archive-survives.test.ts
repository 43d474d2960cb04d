/**
 * Archive repeats that survive editing: the sample imported twice (the second time as a GBK
 * .txt), the second copy's 重稿 findings stay while the editor accepts every other kind in
 * turn, punctuation first, and the workspace finds them again in the saved version.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingKind } from '../../src/core/finding';
import type { OpenedIssue } from '../../src/shared/contract';
import { decodeFindings } from '../../src/shared/findings-codec';
import {
  contract,
  dismissToasts,
  editAndAnalyse,
  expectGroupCount,
  groupCount,
  importSampleTwice,
  listIssues,
} from './flow';
import { appForSuite, type AppSession } from './harness';

/** The kinds accepted in turn, punctuation first as an editor would. */
const KINDS: readonly FindingKind[] = [
  'punctuation-width',
  'stray-space',
  'broken-paragraph',
  'repeated-phrase',
];

describe('archive repeats while the other findings are accepted', () => {
  let session: AppSession;
  let page: Page;
  let folder: string;
  let repeats = 0;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-e2e-archive-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('opens the second copy with its repeats', async () => {
    await importSampleTwice(session, folder);
    repeats = await groupCount(page, 'archive-repeat');
    expect(repeats).toBeGreaterThan(0);
    // The message names the earlier issue by publication and date, never by its id.
    const message = await page
      .locator('[data-testid="finding-item"][data-kind="archive-repeat"] .finding__message')
      .first()
      .textContent();
    expect(message).toContain('已见于 hengyang daily 2020-03-05 期');
    for (const issue of await listIssues(session)) expect(message).not.toContain(issue.id);
  });

  for (const kind of KINDS) {
    it(`keeps them after every ${kind} finding is accepted`, async () => {
      expect(await groupCount(page, kind)).toBeGreaterThan(0);
      const group = page.locator(`[data-testid="finding-group"][data-kind="${kind}"]`);
      await group.getByTestId('finding-group-accept-all').click();
      const dialog = page.getByTestId('batch-dialog');
      await editAndAnalyse(page, async () => {
        // A one-paragraph batch runs at once; the others ask first.
        await page.waitForFunction(
          () => {
            const doc = (
              globalThis as unknown as { document: { querySelector(s: string): object | null } }
            ).document;
            return (
              doc.querySelector('[data-testid="batch-dialog"], [data-testid="toast"]') !== null
            );
          },
          undefined,
          { polling: 'raf' },
        );
        if (await dialog.count()) await dialog.getByTestId('batch-confirm').click();
      });
      await expectGroupCount(page, kind, 0);
      expect(await groupCount(page, 'archive-repeat')).toBe(repeats);
      await dismissToasts(page);
    });
  }

  it('finds them again in the saved version', async () => {
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-confirm').click();
    await page.getByTestId('save-dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('proofread-dirty').getAttribute('data-dirty'))
      .toBe('false');
    // The workspace's own analysis of the saved head (what the issue opens with next time).
    const all = await Promise.all(
      (await listIssues(session)).map((i) =>
        contract<OpenedIssue>(session, 'issue.open', { issueId: i.id }),
      ),
    );
    const saved = all.filter((o) => o.head.versionId !== o.original.versionId);
    expect(saved).toHaveLength(1);
    const opened = saved[0];
    const found = decodeFindings(opened.findings).filter((f) => f.kind === 'archive-repeat');
    expect(found.length).toBeGreaterThan(0);
    expect(session.pageErrors).toEqual([]);
  });
});

/**
 * A stale index in the app (issue #12): a backup brings back yesterday's index.json; when the
 * app opens the workspace it rebuilds the index from the version records, and the editor is
 * told so in the interface language (the CLI says it on stderr), with the saved work listed.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/main/workspace/index';
import { issueFields, versionInput } from '../workspace/helpers';
import { listVersions } from './flow';
import { launchChromium, openApp, type AppSession } from './harness';

describe('a workspace whose index was restored from yesterday', () => {
  let browser: Browser;
  let session: AppSession;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-e2e-stale-'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('is rebuilt on open, and the app says so with every version listed', async () => {
    const ws = join(folder, 'ws');
    const first = await openWorkspace(ws);
    const { issue } = await first.createIssue(
      issueFields({ title: '昨天的稿' }),
      versionInput('一', { origin: 'imported' }),
    );
    await first.close();
    await copyFile(join(ws, 'index.json'), join(folder, 'yesterday.json'));
    const today = await openWorkspace(ws);
    await today.addVersion(issue.id, versionInput('二'));
    await today.close();
    await copyFile(join(folder, 'yesterday.json'), join(ws, 'index.json'));
    await rm(join(ws, 'index.json.good'), { force: true });

    session = await openApp(browser, { workspace: ws });
    const notice = session.page.locator('[data-testid="toast"][data-tone="info"]');
    await expect
      .poll(() => notice.allTextContents())
      .toEqual([expect.stringContaining('工作区索引比版本记录旧')]);
    const text = (await notice.allTextContents())[0];
    expect(text).toContain('所有版本号保持不变');
    expect(text).toContain('1 个版本已重新列出');
    expect(text).toMatch(/旧索引保存在 .+/);
    expect((await listVersions(session, issue.id)).map((v) => v.number)).toEqual([1, 2]);
  });
});

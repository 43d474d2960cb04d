/**
 * A Word file that sets every line of the sample as its own paragraph (issue #10, item 8): the
 * scrambled banner's frame "在指引下 ——新时代新作为新篇章" stands alone, so the reading-order
 * finding only warns; accepting it writes nothing into the headline (it used to propose
 * "在——新时代新作为新篇章指引下"). The .txt of the same sample still gets the right reordering.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, docxParts, documentXml } from '../fixtures/import/zip-builder';
import { editAndAnalyse, expectScreen, waitForAnalysis } from './flow';
import { appForSuite, type AppSession, SAMPLE } from './harness';

const FRAME_LINE = '在指引下 ——新时代新作为新篇章';
const item = (page: Page) =>
  page.locator('[data-testid="finding-item"][data-kind="reading-order"]');
const lineWith = (page: Page, text: string) =>
  page.getByTestId('editor-content').locator('.cm-line', { hasText: text });

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('reading order in a Word file with one line per paragraph', () => {
  let session: AppSession;
  let page: Page;
  let folder: string;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-e2e-docx-order-'));
    const lines = (await readFile(SAMPLE, 'utf8')).split(/\r?\n/).filter((l) => l.trim() !== '');
    await writeFile(
      join(folder, 'sample-lines.docx'),
      buildZip(docxParts(documentXml(lines.map(escapeXml)))),
    );
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function importFile(file: string) {
    session.app.platform.queueOpen([file]);
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    await editAndAnalyse(page, () => page.getByTestId('library-import').click());
    if ((await page.getByTestId('screen-proofread').count()) === 0) {
      await page.getByTestId('library-open').click();
    }
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
  }

  it('warns about the frame but proposes no reordering across Word paragraphs', async () => {
    await importFile(join(folder, 'sample-lines.docx'));
    await expect.poll(() => item(page).count()).toBe(1);
    const shown = await item(page).textContent();
    expect(shown).toContain('缺少宾语');
    expect(shown).not.toContain('在——');
    await item(page).getByTestId('finding-context').click();
    // A warning changes no text: accepting it only settles it.
    await item(page).getByTestId('finding-accept').click();
    await expect.poll(() => item(page).count()).toBe(0);
    expect(await lineWith(page, FRAME_LINE).count()).toBe(1);
    expect(await lineWith(page, '在——新时代').count()).toBe(0);
  });

  it('still proposes the right reordering for the .txt', async () => {
    await importFile(SAMPLE);
    await expect.poll(() => item(page).count()).toBe(1);
    expect(await item(page).textContent()).toContain(
      '在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章',
    );
    expect(session.pageErrors).toEqual([]);
  });
});

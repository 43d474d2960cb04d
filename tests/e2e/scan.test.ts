/**
 * The page scan beside the text, in Chromium over the bridge: the Kant page (PAGE-XML with its
 * JPEG-in-TIFF scan found by the name the file gives) and the Alice page (hOCR with its PNG).
 * Ctrl+Shift+P shows the scan; the word at the cursor is framed and followed; a click on a word
 * of the scan puts the cursor on it; the find panel's hits are framed; zoom in and back.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryWord } from '../../src/core/geometry';
import type { PageView } from '../../src/shared/contract';
import { removeFolder, tempFolder } from '../workspace/helpers';
import { OCR, PAGES, layOut } from '../pages/helpers';
import { importBytes } from '../../src/main/import/index';
import { contract, dismissToasts, expectScreen, focusedTestId } from './flow';
import { appForSuite, type AppSession, keepScreenshot } from './harness';

type Word = GeometryWord;

/** The cursor frame's text offset, or null when no word is framed. */
async function cursorStart(page: Page): Promise<number | null> {
  const frame = page.getByTestId('scan-frame-cursor');
  if ((await frame.count()) === 0) return null;
  return Number(await frame.first().getAttribute('data-start'));
}

/**
 * The cursor frame's word once it has stopped moving: the pane follows the cursor a frame later,
 * so right after a click and a key the frame may still show the click's word.
 */
async function settledCursor(page: Page): Promise<number | null> {
  let last = await cursorStart(page);
  for (let tries = 0; tries < 40; tries++) {
    await page.waitForTimeout(100);
    const now = await cursorStart(page);
    if (now !== null && now === last) return now;
    last = now;
  }
  return last;
}

/** Clicks the middle of `word`'s box on the scan. */
async function clickWord(page: Page, word: Word, width: number): Promise<void> {
  const surface = await page.locator('.scan-view__page').boundingBox();
  if (!surface || !word.box) throw new Error('no scan on screen');
  const scale = surface.width / width;
  const [x0, y0, x1, y1] = word.box;
  await page.mouse.click(surface.x + ((x0 + x1) / 2) * scale, surface.y + ((y0 + y1) / 2) * scale);
}

describe('the scan beside the text', () => {
  let session: AppSession;
  let page: Page;
  let drafts: string;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    drafts = await tempFolder('galley-e2e-scans-');
  });
  afterAll(async () => {
    await removeFolder(drafts);
  });

  async function importAndShow(path: string): Promise<{ issueId: string; view: PageView }> {
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    session.app.platform.queueOpen([path]);
    await page.getByTestId('library-import').click();
    // The import decodes the scan (a TIFF for the Kant page) before the issue opens.
    await page.getByTestId('screen-proofread').waitFor({ state: 'visible' });
    await expectScreen(page, 'proofread');
    await dismissToasts(page);
    const issues = await contract<{ id: string; sourceName: string }[]>(
      session,
      'library.list',
      {},
    );
    const issueId = issues.find((i) => path.endsWith(i.sourceName))!.id;
    const view = (await contract<PageView>(session, 'pages.view', { issueId }))!;
    // The pane stays open from issue to issue; while the new issue loads neither its header nor
    // its panes may be there yet, so the shortcut is pressed only once the header says the scan
    // is hidden (pressing it on a count of panes taken mid-load could hide an open pane).
    await expect
      .poll(async () => {
        const toggle = page.getByTestId('toggle-scan');
        if (
          (await toggle.count()) === 1 &&
          (await toggle.getAttribute('aria-pressed')) === 'false'
        ) {
          await page.getByTestId('editor-content').click();
          await page.keyboard.press('Control+Shift+P');
        }
        const pane = page.getByTestId('scan-pane');
        return (await pane.count()) === 1 ? pane.getAttribute('data-scan') : 'absent';
      })
      .toBe('shown');
    await expect
      .poll(() =>
        page
          .getByTestId('scan-image')
          .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBe(view.scan!.width);
    await expect.poll(() => page.locator('.scan-view__page').count()).toBe(1);
    return { issueId, view };
  }

  it('opens the Kant page with its scan; the cursor word is framed and followed', async () => {
    const path = await layOut(drafts, 'page');
    const { view } = await importAndShow(path);
    expect(view.scan).toMatchObject({ type: 'image/jpeg', width: 1457, height: 2084 });
    await page.getByTestId('editor-content').locator('.cm-line', { hasText: 'gewiegelt' }).click();
    await page.keyboard.press('Home');
    await expect.poll(() => cursorStart(page)).not.toBeNull();
    const first = (await settledCursor(page))!;
    const word = view.geometry.words.find((w) => w.start === first)!;
    const rect = page.getByTestId('scan-frame-cursor');
    expect(Number(await rect.getAttribute('x'))).toBe(word.box![0]);
    // Moving through the text moves the frame to the next line's first word.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => cursorStart(page)).not.toBe(first);
    const now = await settledCursor(page);
    const next = view.geometry.words.find((w) => w.start === now)!;
    expect(next.box![1]).toBeGreaterThan(word.box![1]);
    await keepScreenshot(page, 'scan-kant');
    expect(session.pageErrors).toEqual([]);
  });

  it('a click on a word of the scan puts the cursor on it', async () => {
    const { view } = await importAndShow(await layOut(drafts, 'page'));
    const target = view.geometry.words.filter((w) => w.box && w.end - w.start > 5)[40];
    await clickWord(page, target, view.geometry.pages[0].width!);
    await expect.poll(() => cursorStart(page)).toBe(target.start);
    const focused = await focusedTestId(page);
    expect(focused).toBe('editor-content');
  });

  it('opens the Alice page; a search frames every hit; zoom in and back to the width', async () => {
    const { issueId, view } = await importAndShow(await layOut(drafts, 'hocr'));
    expect(view.scan).toMatchObject({ type: 'image/png', width: 2488, height: 3507 });
    await page.getByTestId('editor-content').click();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Alice');
    await expect.poll(() => page.getByTestId('scan-frame-hit').count()).toBeGreaterThan(0);
    const versions = await contract<{ id: string }[]>(session, 'versions.list', { issueId });
    const text = await contract<{ text: string }>(session, 'versions.read', {
      issueId,
      versionId: versions[0].id,
    });
    const hits = text.text.match(/Alice/g)!.length;
    expect(await page.getByTestId('scan-frame-hit').count()).toBe(hits);
    await keepScreenshot(page, 'scan-alice');
    await page.getByTestId('scan-zoom-in').click();
    await expect.poll(() => page.getByTestId('scan-zoom').textContent()).toBe('150%');
    const wide = await page
      .getByTestId('scan-scroller')
      .evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(wide).toBe(true);
    await page.getByTestId('scan-fit').click();
    await expect.poll(() => page.getByTestId('scan-zoom').textContent()).toBe('100%');
    expect(session.pageErrors).toEqual([]);
  });

  it("lists the OCR's unsure words, frames one on the scan, and confirms it without an edit", async () => {
    const { issueId } = await importAndShow(await layOut(drafts, 'hocrChoices'));
    const group = page.locator('[data-testid="finding-group"][data-kind="low-confidence"]');
    await expect.poll(() => group.count()).toBe(1);
    const items = group.getByTestId('finding-item');
    const before = await items.count();
    expect(before).toBeGreaterThan(2);
    const first = items.first();
    const checked = (await first.locator('.finding__checked').textContent())!;
    await first.locator('.finding__main').click();
    await expect.poll(() => page.getByTestId('scan-frame-finding').count()).toBe(1);
    await first.getByTestId('finding-accept').click();
    await expect.poll(() => items.count()).toBe(before - 1);
    // A confirmation is a decision, not an edit: the text is still the imported one.
    expect(await page.getByTestId('proofread-dirty').getAttribute('data-dirty')).toBe('false');
    const versions = await contract<{ id: string }[]>(session, 'versions.list', { issueId });
    const imported = await contract<{ text: string }>(session, 'versions.read', {
      issueId,
      versionId: versions[0].id,
    });
    expect(imported.text).toContain(checked);
    expect(session.pageErrors).toEqual([]);
  });

  it("a scan picked with the pane's button is shown; the export dialog writes the hOCR back", async () => {
    // A folder of its own: the earlier tests laid the Alice scan beside their copy.
    const alone = join(drafts, 'no-scan');
    await mkdir(alone);
    const path = await layOut(alone, 'hocr', false);
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    session.app.platform.queueOpen([path]);
    await page.getByTestId('library-import').click();
    await page.getByTestId('screen-proofread').waitFor({ state: 'visible' });
    await dismissToasts(page);
    // The scan's button appears once the issue is open, and says whether the pane is shown (the
    // earlier tests may have left it so): asked before the pane could render, the pane's absence
    // said nothing, and a loaded machine toggled a pane on its way in off again.
    const toggle = page.getByTestId('toggle-scan');
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') {
      await page.getByTestId('editor-content').click();
      await page.keyboard.press('Control+Shift+P');
    }
    await expect.poll(() => page.getByTestId('scan-pane').getAttribute('data-scan')).toBe('none');
    session.app.platform.queueScan(join(OCR, PAGES.hocr.image));
    await page.getByTestId('scan-choose').click();
    await expect.poll(() => page.getByTestId('scan-pane').getAttribute('data-scan')).toBe('shown');

    const out = await tempFolder('galley-e2e-hocr-out-');
    try {
      session.app.platform.setExportFolder(out);
      await page.getByTestId('editor-content').click();
      await page.keyboard.press('Control+e');
      await page.getByTestId('export-dialog').waitFor();
      await expect.poll(() => page.getByTestId('export-format-hocr').count()).toBe(1);
      expect(await page.getByTestId('export-format-alto').count()).toBe(0);
      expect(await page.getByTestId('export-format-page').count()).toBe(0);
      for (const format of ['txt', 'docx']) {
        await page.getByTestId(`export-format-${format}`).uncheck();
      }
      await page.getByTestId('export-format-hocr').check();
      await page.getByTestId('export-run').click();
      await page.getByTestId('export-result').waitFor();
      const [written] = await readdir(out);
      expect(written).toMatch(/-v1\.hocr$/);
      const issues = await contract<{ id: string; sourceName: string }[]>(
        session,
        'library.list',
        {},
      );
      const issueId = issues.find((i) => i.sourceName === 'tess.hocr')!.id;
      const versions = await contract<{ id: string }[]>(session, 'versions.list', { issueId });
      const text = await contract<{ text: string }>(session, 'versions.read', {
        issueId,
        versionId: versions[0].id,
      });
      expect((await importBytes(await readFile(join(out, written)), written)).text).toBe(text.text);
      await page.getByTestId('export-close').click();
    } finally {
      await removeFolder(out);
    }
    expect(session.pageErrors).toEqual([]);
  });
});

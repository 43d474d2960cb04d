/**
 * Exports that read as the version reads, opened in Chromium as a reader opens them: the HTML
 * page prints each byline and dateline once, at the head of its lead paragraph; the correction
 * report has a readable kind column, one row a line, the app's kind names, and a hand edit
 * made after rejecting a suggestion listed once as 手工修改.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dismissToasts,
  editAndAnalyse,
  expectScreen,
  groupCount,
  listIssues,
  listVersions,
  versionText,
  waitForAnalysis,
} from './flow';
import { appForSuite, type AppSession, keepScreenshot, SAMPLE } from './harness';

interface Cell {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

describe('exports as a reader opens them', () => {
  let session: AppSession;
  let page: Page;
  let folder: string;
  let files: string[] = [];

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'galley-e2e-exports-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('proofreads: every safe fix, the reordering rejected, the headline mended by hand', async () => {
    session.app.platform.queueOpen([SAMPLE]);
    await editAndAnalyse(page, () => page.getByTestId('library-import').click());
    await expectScreen(page, 'proofread');
    await waitForAnalysis(page);
    await page.getByTestId('findings-accept-safe').click();
    await editAndAnalyse(page, () => page.getByTestId('batch-confirm').click());
    const order = page.locator('[data-testid="finding-item"][data-kind="reading-order"]');
    const orders = await groupCount(page, 'reading-order');
    expect(orders).toBeGreaterThan(0);
    await order.first().getByTestId('finding-reject').click();
    await expect.poll(() => groupCount(page, 'reading-order')).toBe(orders - 1);
    // By hand: find 指引下 in the headline and type over it.
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill('在指引下');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/1/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await editAndAnalyse(page, () => page.keyboard.insertText('在其指引之下'));
    await page.keyboard.press('Control+s');
    await page.getByTestId('save-confirm').click();
    await page.getByTestId('save-dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('proofread-dirty').getAttribute('data-dirty'))
      .toBe('false');
    await expect.poll(async () => (await listIssues(session))[0].versionCount).toBe(2);
    await dismissToasts(page);
  });

  it('exports the page and the report from the export dialog', async () => {
    session.app.platform.setExportFolder(folder);
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-dialog').waitFor();
    const options = page.getByTestId('export-version').locator('option');
    await expect.poll(() => options.count()).toBe(2);
    const [issue] = await listIssues(session);
    const head = (await listVersions(session, issue.id)).at(-1);
    await page.getByTestId('export-version').selectOption(head?.id ?? '');
    for (const format of ['txt', 'docx'])
      await page.getByTestId(`export-format-${format}`).uncheck();
    for (const format of ['html', 'report-html']) {
      await page.getByTestId(`export-format-${format}`).check();
    }
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-result').waitFor();
    files = (await readdir(folder)).sort();
    expect(files).toHaveLength(2);
    await page.getByTestId('export-close').click();
  });

  it('the page prints each byline once, at the head of its lead paragraph', async () => {
    const [issue] = await listIssues(session);
    const head = (await listVersions(session, issue.id)).at(-1);
    const text = await versionText(session, issue.id, head?.id ?? '');
    const reader = await session.context.newPage();
    const html = files.find((f) => !f.endsWith('-report.html')) ?? '';
    await reader.goto(pathToFileURL(join(folder, html)).href);
    const shown = await reader.evaluate(
      () =>
        (globalThis as unknown as { document: { body: { innerText: string } } }).document.body
          .innerText,
    );
    const times = (s: string, part: string) => s.split(part).length - 1;
    for (const byline of ['本报讯（记者 许珂）', '新华社北京3月4日电']) {
      expect(times(shown, byline)).toBe(times(text, byline));
    }
    // The lead is in body type; only the byline at its head is small and grey.
    const sizes = await reader.evaluate(() => {
      const g = globalThis as unknown as {
        document: { querySelector(s: string): object | null };
        getComputedStyle(e: object): { fontSize: string };
      };
      const lead = g.document.querySelector('p.lead');
      const byline = g.document.querySelector('p.lead .byline');
      return lead && byline
        ? [g.getComputedStyle(lead).fontSize, g.getComputedStyle(byline).fontSize]
        : null;
    });
    expect(sizes).toEqual(['17px', '14px']);
    await reader.close();
  });

  it('the report reads: a kind column as wide as its names, one row a line, 手工修改 once', async () => {
    const reportFile = files.find((f) => f.endsWith('-report.html')) ?? '';
    const reader = await session.context.newPage();
    await reader.setViewportSize({ width: 1280, height: 800 });
    await reader.goto(pathToFileURL(join(folder, reportFile)).href);
    const rows = await reader.evaluate(() => {
      const g = globalThis as unknown as {
        document: { querySelectorAll(s: string): Iterable<RowEl> };
      };
      interface RowEl {
        querySelectorAll(s: string): Iterable<CellEl>;
      }
      interface CellEl {
        textContent: string | null;
        getBoundingClientRect(): { width: number; height: number };
      }
      return [...g.document.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => ({
          text: td.textContent ?? '',
          width: td.getBoundingClientRect().width,
          height: td.getBoundingClientRect().height,
        })),
      );
    });
    const kinds = rows.map((r: Cell[]) => r[1].text);
    expect(kinds.filter((k) => k === '手工修改')).toHaveLength(1);
    expect(kinds).not.toContain('标题语序');
    expect(kinds).toContain('断段');
    expect(kinds).not.toContain('断段合并');
    // 标点全半角 fits on one line: the column is wider than five characters of the body font.
    expect(Math.min(...rows.map((r: Cell[]) => r[1].width))).toBeGreaterThan(5 * 15);
    // One row a line: every row as tall as the first (no cell wraps).
    const heights = rows.map((r: Cell[]) => r[0].height);
    expect(Math.max(...heights)).toBeLessThanOrEqual(Math.min(...heights) + 1);
    expect(Math.max(...heights)).toBeLessThan(40);
    await keepScreenshot(reader, 'report');
    await reader.close();
    expect(session.pageErrors).toEqual([]);
  });

  it('prints a proof sheet (校样): corrections marked in the text and numbered in the margin', async () => {
    const before = new Set(await readdir(folder));
    await page.keyboard.press('Control+e');
    await page.getByTestId('export-dialog').waitFor();
    const [issue] = await listIssues(session);
    const head = (await listVersions(session, issue.id)).at(-1);
    await page.getByTestId('export-version').selectOption(head?.id ?? '');
    for (const format of ['txt', 'docx', 'html', 'report-html']) {
      await page.getByTestId(`export-format-${format}`).uncheck();
    }
    await page.getByTestId('export-format-proof-html').check();
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-result').waitFor();
    const proof = (await readdir(folder)).find((f) => !before.has(f)) ?? '';
    expect(proof).toMatch(/-proof\.html$/);
    await page.getByTestId('export-close').click();

    const reader = await session.context.newPage();
    await reader.setViewportSize({ width: 900, height: 1200 });
    await reader.goto(pathToFileURL(join(folder, proof)).href);
    const notes = reader.getByTestId('proof-note');
    // As many numbered notes in the margin as numbered marks in the text, the report's count on top.
    const marks = await reader.locator('sup.n').count();
    expect(await notes.count()).toBe(marks);
    expect(marks).toBeGreaterThan(200);
    expect(await reader.getByTestId('proof-summary').textContent()).toMatch(/共 \d+ 处修改/);
    expect(await notes.first().textContent()).toMatch(/^①/);
    // A mended paragraph break shows as a struck ¶, in the text and in its note.
    expect(await reader.locator('p.text del', { hasText: '¶' }).count()).toBeGreaterThan(0);
    await keepScreenshot(reader, 'proof-sheet');
    // Printed as Electron's printToPDF prints it: A4 pages.
    const pdf = await reader.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
    await reader.close();

    // File › 打印校样 (Ctrl+P): the same page printed through the contract; on the desktop
    // Electron's printToPDF prints it, here Chromium's page.pdf().
    session.app.platform.setPrinter(async (html) => {
      const printer = await session.context.newPage();
      await printer.setContent(html);
      const bytes = await printer.pdf({ format: 'A4', printBackground: true });
      await printer.close();
      return bytes;
    });
    const listed = new Set(await readdir(folder));
    await page.getByTestId('editor-content').focus();
    await page.keyboard.press('Control+p');
    await expect
      .poll(() => page.getByTestId('toast').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(/校样已存为 .*-proof\.pdf/));
    const printed = (await readdir(folder)).filter((f) => !listed.has(f));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/-v\d+-proof\.pdf$/);
    const bytes = await readFile(join(folder, printed[0]));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(session.pageErrors).toEqual([]);
  });
});

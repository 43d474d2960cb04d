/**
 * The misreadings as series, in Chromium over the bridge: an English draft where the OCR read
 * "the" as "tho" four times and as "tbe" twice. The series list shows "tho → the · 4 ×" first;
 * accepting the series goes through the batch preview and changes exactly its places; opening a
 * series lists its places to decide one by one; "this word is correct" makes the form a
 * protected term of the workspace, after which it is flagged neither here nor on the next open.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OCR } from '../pages/helpers';
import { removeFolder, tempFolder } from '../workspace/helpers';
import { contract, dismissToasts, expectScreen } from './flow';
import { appForSuite, type AppSession, keepScreenshot } from './harness';

const DRAFT =
  'The Harbour Report\n\nTho ship came into tho harbour at noon and tho crew went ashore.\n\n' +
  'Later tho captain said that tho storm had passed and the harbour was calm.\n\n' +
  'A reporter askcd the captain about tbe cargo and tbe weather.\n';

/** The editor's text, line by line (the draft is short: every line is drawn). */
const editorText = (page: Page): Promise<string> =>
  page
    .getByTestId('editor-content')
    .locator('.cm-line')
    .evaluateAll((lines) => lines.map((line) => line.textContent ?? '').join('\n'));

const seriesOf = (page: Page, from: string): Locator =>
  page.locator(`[data-testid="series"][data-from="${from}"]`);

describe('misreadings as series', () => {
  let session: AppSession;
  let page: Page;
  let folder: string;
  let issueId: string;

  appForSuite((app) => ({ session, page } = app));

  beforeAll(async () => {
    folder = await tempFolder('galley-e2e-series-');
  });
  afterAll(async () => {
    await removeFolder(folder);
  });

  it('lists the series, biggest first, with their counts', async () => {
    const path = join(folder, 'harbour.txt');
    await writeFile(path, DRAFT);
    session.app.platform.queueOpen([path]);
    await page.getByTestId('library-import').click();
    await page.getByTestId('screen-proofread').waitFor({ state: 'visible' });
    await expectScreen(page, 'proofread');
    await dismissToasts(page);
    issueId = (await contract<{ id: string }[]>(session, 'library.list', {}))[0].id;
    const list = page.getByTestId('misreading-series');
    await list.waitFor();
    const rows = list.getByTestId('series');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-from')))).toEqual([
      'tho',
      'tbe',
      'Tho',
      'askcd',
    ]);
    expect(await seriesOf(page, 'tho').getAttribute('data-count')).toBe('4');
    expect(await seriesOf(page, 'tho').getByTestId('series-count').textContent()).toMatch(/4/);
    // A series opens to its places, each with its context and its own accept and reject.
    await seriesOf(page, 'tbe').getByTestId('series-toggle').click();
    await expect.poll(() => seriesOf(page, 'tbe').getByTestId('finding-item').count()).toBe(2);
    await keepScreenshot(page, 'misreading-series');
  });

  it('accepts a whole series through the batch preview, and only its places', async () => {
    await seriesOf(page, 'tho').getByTestId('series-accept').click();
    const dialog = page.getByTestId('batch-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('tho → the');
    expect(await dialog.getByTestId('batch-summary').textContent()).toMatch(/4/);
    await dialog.getByTestId('batch-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => seriesOf(page, 'tho').count()).toBe(0);
    const text = await editorText(page);
    expect(text.match(/\btho\b/g)).toBeNull();
    expect(text).toContain('Tho ship');
    expect(text.match(/\btbe\b/g)).toHaveLength(2);
  });

  it('decides one place of a series on its own', async () => {
    const places = seriesOf(page, 'tbe').getByTestId('finding-item');
    await expect.poll(() => places.count()).toBe(2);
    await places.first().getByTestId('finding-accept').click();
    await expect.poll(() => seriesOf(page, 'tbe').getAttribute('data-count')).toBe('1');
    expect((await editorText(page)).match(/\btbe\b/g)).toHaveLength(1);
  });

  it('"this word is correct" protects the form: not flagged now, nor after reopening', async () => {
    await seriesOf(page, 'askcd').getByTestId('series-correct').click();
    await expect
      .poll(() => page.getByTestId('toast').allTextContents())
      .toContainEqual(expect.stringContaining('askcd'));
    // The workspace's rules changed: the worker analyses again (its first run loads the engine).
    await expect.poll(() => seriesOf(page, 'askcd').count(), { timeout: 30_000 }).toBe(0);
    const rules = await contract<{ list: { protected: { term: string }[] } }>(
      session,
      'rules.list',
      {},
    );
    expect(rules.list.protected.map((p) => p.term)).toContain('askcd');
    const opened = await contract<{ findings: unknown }>(session, 'issue.open', { issueId });
    expect(JSON.stringify(opened.findings)).not.toContain('askcd');
    expect(session.pageErrors).toEqual([]);
  });

  it('ranks by the OCR word confidence where the file has it (the 1811 ALTO page)', async () => {
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    session.app.platform.queueOpen([join(OCR, 'alto/0002364_18110127_0001.xml')]);
    await page.getByTestId('library-import').click();
    await page.getByTestId('screen-proofread').waitFor({ state: 'visible' });
    await dismissToasts(page);
    const rows = page.getByTestId('misreading-series').getByTestId('series');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(3);
    // Every place of this file has a word confidence; each series shows its lowest.
    await expect.poll(() => page.getByTestId('series-lowest').count()).toBe(await rows.count());
    const ranked = await rows.evaluateAll((els) =>
      els.map((e) => ({
        count: Number(e.getAttribute('data-count')),
        lowest: Number(
          /(\d+)%/.exec(e.querySelector('[data-testid="series-lowest"]')?.textContent ?? '')?.[1],
        ),
      })),
    );
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1], ranked[i]];
      expect(a.count > b.count || (a.count === b.count && a.lowest <= b.lowest)).toBe(true);
    }
    // Within a series, the least sure place first, each with its confidence.
    const first = rows.first();
    await first.getByTestId('series-toggle').click();
    const notes = await first
      .getByTestId('finding-note')
      .evaluateAll((els) => els.map((e) => Number(/(\d+)%/.exec(e.textContent ?? '')?.[1])));
    expect(notes.length).toBe(ranked[0].count);
    expect(notes).toEqual([...notes].sort((x, y) => x - y));
    expect(notes[0]).toBe(ranked[0].lowest);
    expect(session.pageErrors).toEqual([]);
  });

  it('reads Chinese in the worker with the language model: 京欹舞 proposed, 目己 witnessed by its phrase', async () => {
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    const path = join(folder, 'chinese.txt');
    await writeFile(path, '演出在南京欹舞剧院举行。她更注意目己的肤质。\n');
    session.app.platform.queueOpen([path]);
    await page.getByTestId('library-import').click();
    await page.getByTestId('screen-proofread').waitFor({ state: 'visible' });
    await dismissToasts(page);
    // The table is fetched by the analysis worker from the renderer's own origin.
    // Its form is the character with its neighbours, the three that read so rarely together.
    await expect.poll(() => seriesOf(page, '京欹舞').count(), { timeout: 30_000 }).toBe(1);
    expect(await seriesOf(page, '京欹舞').textContent()).toContain('京歌舞');
    // The word bigrams, fetched the same way, witness the lexicon's 目己 → 自己: it is applied
    // automatically, as on the main side, and says why.
    const witnessed = seriesOf(page, '目己');
    await witnessed.getByTestId('series-toggle').click();
    const place = witnessed.getByTestId('finding-item');
    expect(await place.getAttribute('data-confidence')).toBe('safe');
    expect(await place.textContent()).toContain(
      '“她更注意自己的肤质”连读远比“她更注意目己的肤质”常见',
    );
    expect(session.pageErrors).toEqual([]);
  });

  it('reads an English word misread as another by its neighbours, with the bigrams the worker fetches', async () => {
    await page.getByTestId('nav-library').click();
    await expectScreen(page, 'library');
    const path = join(folder, 'policy.txt');
    await writeFile(
      path,
      'It was a matter of endeavouring to hold oar own there by a policy which served.\n',
    );
    session.app.platform.queueOpen([path]);
    await page.getByTestId('library-import').click();
    await page.getByTestId('screen-proofread').waitFor({ state: 'visible' });
    await dismissToasts(page);
    await expect.poll(() => seriesOf(page, 'oar').count(), { timeout: 30_000 }).toBe(1);
    const series = seriesOf(page, 'oar');
    expect(await series.textContent()).toContain('our');
    await series.getByTestId('series-toggle').click();
    const place = series.getByTestId('finding-item');
    expect(await place.getAttribute('data-confidence')).toBe('safe');
    expect(await place.textContent()).toContain('hold … own');
    expect(session.pageErrors).toEqual([]);
  });
});

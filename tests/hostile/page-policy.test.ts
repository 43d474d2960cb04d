/**
 * Every HTML page Galley writes (export --format html, report-html, diff --html) carries a
 * strict Content-Security-Policy, and Chromium enforces it: a script or a remote image slipped
 * into a written page (as if an escape were ever missed) neither runs nor loads, while the
 * page's own inline stylesheet still applies.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../src/core/export/index';
import { parsePage } from '../compare/helpers';
import { launchChromium } from '../e2e/harness';
import { galley, removeFolder, SAMPLE, tempFolder } from '../workspace/helpers';

let root: string;
let ws: string;
let issue: string;
let browser: Browser | undefined;

beforeAll(async () => {
  root = await tempFolder('galley-csp-');
  ws = join(root, 'ws');
  const run = await galley(['import', SAMPLE, '--workspace', ws, '--json']);
  issue = (JSON.parse(run.stdout) as { imported: { issue: { id: string } }[] }).imported[0].issue
    .id;
  expect((await galley(['clean', issue, '--workspace', ws])).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await removeFolder(root);
});

async function writtenPages(): Promise<Record<string, string>> {
  const pages: Record<string, string> = {};
  for (const format of ['html', 'report-html']) {
    const out = join(root, `${format}.html`);
    const run = await galley(['export', issue, '--format', format, '-o', out, '--workspace', ws]);
    expect(run.code, run.stderr).toBe(0);
    pages[format] = out;
  }
  const diff = join(root, 'diff.html');
  const run = await galley(['diff', issue, '1', '2', '--html', diff, '--workspace', ws]);
  expect(run.code, run.stderr).toBe(0);
  pages.diff = diff;
  return pages;
}

describe('the HTML Galley writes', () => {
  it('carries the policy in a meta tag inside <head>, before anything else loads', async () => {
    for (const [name, path] of Object.entries(await writtenPages())) {
      const html = await readFile(path, 'utf8');
      const page = parsePage(html);
      expect(page.errors, name).toEqual([]);
      const policies = page
        .all('meta')
        .filter((m) => m.attr('http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(
        policies.map((m) => m.attr('content')),
        name,
      ).toEqual([PAGE_CSP]);
      expect(html.indexOf('Content-Security-Policy'), name).toBeLessThan(html.indexOf('<style>'));
    }
  }, 120_000);

  it('is enforced by Chromium: an injected script does not run, a remote image does not load', async () => {
    // A server the injected image would load from: it counts every request it gets.
    let hits = 0;
    const server: Server = createServer((_, response) => {
      hits++;
      response.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    browser = await launchChromium();
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const [name, path] of Object.entries(await writtenPages())) {
      const html = await readFile(path, 'utf8');
      const hostile = html.replace(
        '</body>',
        `<script>document.title = "PWNED"</script><img src="http://127.0.0.1:${port}/x.png"></body>`,
      );
      const injected = join(root, `${name}-injected.html`);
      await writeFile(injected, hostile);
      await page.goto(pathToFileURL(injected).href, { waitUntil: 'load' });
      expect(await page.title(), name).not.toBe('PWNED');
      expect(hits, name).toBe(0);
      // The page's own stylesheet still applies (its body font is not the browser default).
      const margin = await page.$eval(
        'body',
        (body) => body.ownerDocument.defaultView?.getComputedStyle(body).margin,
      );
      expect(margin, name).not.toBe('8px');
    }
    await context.close();
    server.close();
  }, 120_000);
});

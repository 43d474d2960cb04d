/**
 * `npm run dev` in a real Chromium: Vite's dev server serves the renderer with the development
 * CSP that electron.vite.config.ts writes into the page, and React starts (the refresh preamble
 * Vite injects inline is allowed by its hash). Any other inline script stays blocked.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type UserConfig, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../electron.vite.config';
import { launchChromium } from '../e2e/harness';

let server: ViteDevServer;
let browser: Browser;
let cacheDir: string;

beforeAll(async () => {
  // A private dependency cache: node_modules is shared with other checkouts.
  cacheDir = await mkdtemp(join(tmpdir(), 'galley-vite-dev-'));
  const renderer = (config as { renderer: UserConfig }).renderer;
  server = await createServer({
    configFile: false,
    root: renderer.root,
    plugins: renderer.plugins,
    cacheDir,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(cacheDir, { recursive: true, force: true });
});

describe('the renderer on the dev server', () => {
  it('starts React under the development CSP, which blocks other inline scripts', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|preamble/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const url = server.resolvedUrls?.local[0];
    expect(url).toBeDefined();
    await page.goto(url!);
    await page.waitForFunction(
      "(document.getElementById('root')?.childElementCount ?? 0) > 0",
      undefined,
      { timeout: 120_000 },
    );
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain(`connect-src 'self' ws://${new URL(url!).host}`);
    expect(problems).toEqual([]);

    const injected = await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.galleyInjected = true;';
      document.head.append(script);
      return window.galleyInjected ?? false;
    })()`);
    expect(injected).toBe(false);
    await page.close();
  }, 180_000);
});

/**
 * The end-to-end harness: Debian's Chromium driven by playwright-core, the built renderer served
 * by the HTTP test bridge in front of the real main-side services, and a fresh temp workspace.
 * One browser per test file (`launchChromium` in `beforeAll`), one app per workspace.
 *
 * The renderer must be built first (`npm test` builds it before vitest runs); tests fail with a
 * clear sentence when it is not. `GALLEY_RENDERER_DIR` points at another build (for a developer
 * who builds into a private folder); `GALLEY_CHROMIUM` at another Chromium binary.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startWebApp, type WebApp } from '../../src/bridge/start';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The reference draft (CI puts `shared/` beside the clone). */
export const SAMPLE = resolve(REPO_ROOT, '../shared/samples/hengyang-daily-2020-03-05.txt');

/** Where tests keep what they produce; screenshots go to `screenshots/` inside it. */
export const TEST_OUTPUT = resolve(REPO_ROOT, 'test-output');

/** The committed copies of the screenshots, shown by the README. */
export const DOCS_SCREENSHOTS = resolve(REPO_ROOT, 'docs/screenshots');

/** Debian's Chromium (installed by `.ci/run`). */
export const CHROMIUM = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a headless Chromium in a container: no sandbox, no GPU, no network chatter. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The window every test uses, so screenshots are the same size on every machine. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Counts, in the page, the replies of the analysis worker (`globalThis.galleyAnalyses`), so a
 * test can wait for the analysis that follows an edit instead of guessing how long it takes.
 * Each reply is counted two timer turns after it arrives: by then the app has applied the
 * findings and refreshed what the screen shows. Watching changes nothing the app does.
 */
const ANALYSIS_PROBE = `(() => {
  globalThis.galleyAnalyses = 0;
  const Base = globalThis.Worker;
  if (!Base) return;
  globalThis.Worker = class extends Base {
    constructor(url, options) {
      super(url, options);
      if (options && options.name === 'galley-analysis') {
        this.addEventListener('message', () =>
          setTimeout(() => setTimeout(() => { globalThis.galleyAnalyses += 1; })),
        );
      }
    }
  };
})();`;

/** The built renderer folder; throws a sentence saying how to build it when it is missing. */
export function rendererDir(): string {
  const dir = resolve(process.env.GALLEY_RENDERER_DIR ?? join(REPO_ROOT, 'out/renderer'));
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${join(dir, 'index.html')} is missing): run ` +
        '`npx electron-vite build` (npm test does it before vitest) and run the tests again.',
    );
  }
  return dir;
}

/** Launches Chromium; `env` replaces the browser's environment (e.g. another FONTCONFIG_FILE). */
export async function launchChromium(env?: Record<string, string>): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
    ...(env && { env }),
  });
}

/** A running app: services behind the bridge, and one page showing the renderer. */
export interface AppSession {
  readonly app: WebApp;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The workspace folder (a fresh temp folder unless one was given). */
  readonly workspace: string;
  /** Errors the page threw or logged, for tests to assert there were none. */
  readonly pageErrors: string[];
  /** Closes the page and the services, and removes the workspace if the session made it. */
  close(): Promise<void>;
}

/** Chromium and the app opened for the tests of one describe block. */
export interface SuiteApp {
  readonly browser: Browser;
  readonly session: AppSession;
  readonly page: Page;
}

/**
 * Starts Chromium and opens the app (a fresh workspace) before the first test of the describe
 * block it is called in, hands them to `opened` (the block's own variables), and closes both
 * after its last test.
 */
export function appForSuite(opened: (app: SuiteApp) => void): void {
  let browser: Browser | undefined;
  let session: AppSession | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    session = await openApp(browser);
    opened({ browser, session, page: session.page });
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });
}

/**
 * Starts the services on a workspace and opens the renderer in a new browser context; resolves
 * once the app's root element is showing.
 */
export async function openApp(
  browser: Browser,
  options: { workspace?: string; locale?: string } = {},
): Promise<AppSession> {
  const ownWorkspace = options.workspace === undefined;
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'galley-e2e-')));
  const app = await startWebApp({ workspace, rendererDir: rendererDir() });
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: options.locale ?? 'zh-CN',
    acceptDownloads: false,
  });
  // Fail a step that cannot happen in 15 s instead of Playwright's default 30 s.
  context.setDefaultTimeout(15_000);
  await context.addInitScript(ANALYSIS_PROBE);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    // The bridge serves no favicon, and a browser always asks for one.
    if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
    pageErrors.push(`${message.text()} (${message.location().url})`);
  });
  await page.goto(app.bridge.url);
  await page.getByTestId('app').waitFor();
  return {
    app,
    context,
    page,
    workspace,
    pageErrors,
    close: async () => {
      await context.close();
      await app.close();
      if (ownWorkspace) await rm(workspace, { recursive: true, force: true });
    },
  };
}

/**
 * Keeps a screenshot of the page as `test-output/screenshots/<name>.png`; with
 * `UPDATE_SCREENSHOTS=1` also as the committed copy `docs/screenshots/<name>.png`.
 * Returns the test-output path.
 */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  const folder = join(TEST_OUTPUT, 'screenshots');
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(DOCS_SCREENSHOTS, { recursive: true });
    await copyFile(file, join(DOCS_SCREENSHOTS, `${name}.png`));
  }
  return file;
}

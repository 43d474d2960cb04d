/**
 * `npm run bench:ui`: the proofreading UI's speed in Debian's Chromium, beside a bare CodeMirror
 * page, in one run, on a 1 MB issue generated from the sample's text (bench/issue.ts):
 *
 * - opening: from the double-click on the issue in the library to the first paint with its text
 *   shown, the analysis finished and its findings marked; beside it, from a click to the first
 *   paint of the same text in a bare CodeMirror page. Both fetch the text over local HTTP.
 *   Each run loads a fresh page; the median of BENCH_UI_RUNS (default 5) runs is reported.
 * - typing: from each keystroke's event time stamp to the paint after it, BENCH_UI_KEYS (default
 *   60) keystrokes in the middle of the issue, in bursts of ten at a typist's pace with pauses
 *   that let the analysis run again; median and 95th percentile.
 * - memory: the page's JS heap after a forced GC, and the renderer process's private memory.
 * - a batch: accepting every punctuation-width finding of the issue (its preview confirmed),
 *   from the click on the dialog's confirm button to the paint of the summary that follows.
 *
 * Needs the renderer built (`npm run build`) and Chromium at /usr/bin/chromium. Prints markdown
 * tables; writes test-output/bench-ui.json. Reports, never asserts.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebApp, type WebApp } from '../src/bridge/start';
import type { ChosenFile, IssueSummary } from '../src/shared/contract';
import { formatSection, log, markdownTable, type BenchRow } from './harness';
import { generateIssue } from './issue';
import { buildBaseline, serveBaseline } from './ui-baseline';
import { benchScan } from './ui-scan';
import { busiestDelta, rendererCpu } from './ui-cpu';
import { pageMemory, type PageMemory } from './ui-memory';
import {
  installKeyProbe,
  keySamples,
  moreKeySamplesThan,
  timeOpen,
  type OpenProbe,
} from './ui-page';

const RUNS = Math.max(1, Number(process.env.BENCH_UI_RUNS ?? 5));
const KEYS = Math.max(10, Number(process.env.BENCH_UI_KEYS ?? 60));
/** 1 MB = 10^6 bytes of UTF-8, as the other benches count. */
const ISSUE_BYTES = 1_000_000;
/** A typist's pace between keystrokes, and the pause after every ten (the analysis runs then). */
const KEY_GAP_MS = 120;
const BURST_PAUSE_MS = 700;
const CHROMIUM = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1280, height: 800 };

/** The app is open when its editor shows finding marks and the analysis indicator is gone. */
const APP_OPEN: Omit<OpenProbe, 'trigger'> = {
  event: 'dblclick',
  ready: [
    '[data-testid="screen-proofread"]:not([hidden]) [data-testid="editor-content"] .cm-line',
    '[data-testid="editor-content"] :is(.cm-finding, .cm-finding-marker)',
  ],
  absent: ['[data-testid="status-analysing"]'],
  timeoutMs: 60_000,
  milestones: { text: ['[data-testid="editor-content"] .cm-line'] },
};
const BARE_OPEN: OpenProbe = {
  trigger: '#open',
  event: 'click',
  ready: ['body[data-opened] [data-testid="editor-content"] .cm-line'],
  absent: [],
  timeoutMs: 60_000,
};

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x: number) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
const mb = (bytes: number | null) =>
  bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function call<T>(app: WebApp, channel: string, payload: unknown): Promise<T> {
  const result = await app.services.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message.en}`);
  return result.value as T;
}

/** Imports `file` into the app's workspace as the editor would (dialog answer, then import). */
async function importIssue(app: WebApp, file: string): Promise<IssueSummary> {
  app.platform.queueOpen([file]);
  const [chosen] = await call<ChosenFile[]>(app, 'library.chooseFiles', {});
  return call<IssueSummary>(app, 'library.importChosen', { token: chosen.token });
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // tsx keeps function names with an `__name` helper that page.evaluate'd code must find too.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function openApp(browser: Browser, app: WebApp, issueId: string) {
  const page = await freshPage(browser, app.bridge.url);
  const row = `[data-testid="library-row"][data-issue-id="${issueId}"]`;
  await page.locator(row).waitFor();
  const cpu = await rendererCpu(browser);
  const timing = await page.evaluate(timeOpen, { ...APP_OPEN, trigger: row });
  const cpuMillis = busiestDelta(cpu, await rendererCpu(browser));
  const findings = Number(
    ((await page.getByTestId('status-findings').textContent()) ?? '').replace(/\D/g, ''),
  );
  return {
    page,
    millis: timing.millis,
    textMillis: timing.milestones.text ?? NaN,
    cpuMillis,
    findings,
  };
}

async function openBare(browser: Browser, url: string) {
  const page = await freshPage(browser, url);
  await page.locator('#open').waitFor();
  const cpu = await rendererCpu(browser);
  const { millis } = await page.evaluate(timeOpen, BARE_OPEN);
  return { page, millis, cpuMillis: busiestDelta(cpu, await rendererCpu(browser)) };
}

/** Clicks into the middle of the visible text, then types KEYS letters; returns the samples. */
async function typeInto(page: Page): Promise<number[]> {
  await page.evaluate(installKeyProbe);
  const lines = page.locator('[data-testid="editor-content"] .cm-line');
  const line = lines.nth(Math.floor((await lines.count()) / 2));
  await line.click();
  await page.keyboard.press('End');
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press('x');
    await page.waitForFunction(moreKeySamplesThan, i, { polling: 'raf' });
    await sleep(i % 10 === 9 ? BURST_PAUSE_MS : KEY_GAP_MS);
  }
  return page.evaluate(keySamples);
}

/**
 * Accepts every punctuation-width finding (the group's accept-all, then the preview's confirm);
 * returns how many and the time from the confirm click to the paint after the summary shows,
 * and whether the progress bar showed meanwhile.
 */
async function timeBatch(
  page: Page,
): Promise<{ count: number; millis: number; progress: boolean }> {
  const group = page.locator('[data-testid="finding-group"][data-kind="punctuation-width"]');
  const count = Number(
    ((await group.getByTestId('finding-group-count').textContent()) ?? '').replace(/\D/g, ''),
  );
  await group.getByTestId('finding-group-accept-all').click();
  await page.getByTestId('batch-confirm').waitFor();
  const timing = await page.evaluate(
    () =>
      new Promise<{ millis: number; progress: boolean }>((resolve) => {
        const g = globalThis as unknown as BatchGlobals;
        let progress = false;
        const start = g.performance.now();
        const observer = new g.MutationObserver(() => {
          if (g.document.querySelector('[data-testid="batch-progress"]')) progress = true;
          const toast = [...g.document.querySelectorAll('[data-testid="toast"]')].some((t) =>
            (t.textContent ?? '').includes('Ctrl+Z'),
          );
          if (!toast) return;
          observer.disconnect();
          g.requestAnimationFrame(() =>
            g.setTimeout(() => resolve({ millis: g.performance.now() - start, progress })),
          );
        });
        observer.observe(g.document.body, { childList: true, subtree: true });
        g.document.querySelector('[data-testid="batch-confirm"]')?.click();
      }),
  );
  return { count, ...timing };
}
interface BatchGlobals {
  performance: { now(): number };
  document: {
    body: object;
    querySelector(s: string): { click(): void } | null;
    querySelectorAll(s: string): Iterable<{ textContent: string | null }>;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: object, options: { childList: boolean; subtree: boolean }): void;
    disconnect(): void;
  };
  requestAnimationFrame(callback: () => void): void;
  setTimeout(callback: () => void): void;
}

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

function rendererDir(): string {
  const dir = resolve(process.env.GALLEY_RENDERER_DIR ?? 'out/renderer');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`The renderer is not built (${dir}): run \`npm run build\` first.`);
  }
  return dir;
}

async function main(): Promise<void> {
  const renderer = rendererDir();
  const folder = await mkdtemp(join(tmpdir(), 'galley-bench-ui-'));
  const text = generateIssue(ISSUE_BYTES);
  const file = join(folder, 'bench-issue-1mb.txt');
  await writeFile(file, text);
  log(`issue: ${Buffer.byteLength(text)} bytes, ${text.length} UTF-16 units`);
  await buildBaseline(join(folder, 'bare'));
  const baseline = await serveBaseline(join(folder, 'bare'), text);
  const app = await startWebApp({ workspace: join(folder, 'workspace'), rendererDir: renderer });
  const appBrowser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const bareBrowser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const issue = await importIssue(app, file);
    log(`imported: ${issue.openFindings} findings`);
    const appRuns: number[] = [];
    const bareRuns: number[] = [];
    const textRuns: number[] = [];
    const appCpu: number[] = [];
    const bareCpu: number[] = [];
    let findings = 0;
    // One untimed open of each first (caches, JIT), then alternate so both share the noise.
    await closePage((await openApp(appBrowser, app, issue.id)).page);
    await closePage((await openBare(bareBrowser, baseline.url)).page);
    let appPage: Page | null = null;
    let barePage: Page | null = null;
    for (let run = 0; run < RUNS; run++) {
      const last = run === RUNS - 1;
      const bare = await openBare(bareBrowser, baseline.url);
      bareRuns.push(bare.millis);
      bareCpu.push(bare.cpuMillis);
      if (last) barePage = bare.page;
      else await closePage(bare.page);
      const opened = await openApp(appBrowser, app, issue.id);
      appRuns.push(opened.millis);
      textRuns.push(opened.textMillis);
      appCpu.push(opened.cpuMillis);
      findings = opened.findings;
      if (last) appPage = opened.page;
      else await closePage(opened.page);
      log(
        `open run ${run + 1}: app ${ms(opened.millis)} (text at ${ms(opened.textMillis)}), bare ${ms(bare.millis)}`,
      );
    }
    if (!appPage || !barePage) throw new Error('no page left open');
    const appMemory = await pageMemory(appBrowser, appPage);
    const bareMemory = await pageMemory(bareBrowser, barePage);
    log('typing…');
    const appKeys = await typeInto(appPage);
    const bareKeys = await typeInto(barePage);
    log('batch…');
    const batchPage = (await openApp(appBrowser, app, issue.id)).page;
    const batch = await timeBatch(batchPage);
    await closePage(batchPage);
    await report({
      text,
      findings,
      appRuns,
      textRuns,
      bareRuns,
      appCpu,
      bareCpu,
      appKeys,
      bareKeys,
      appMemory,
      bareMemory,
      batch,
    });
  } finally {
    await appBrowser.close();
    await bareBrowser.close();
    await app.close();
    await baseline.close();
    await rm(folder, { recursive: true, force: true });
  }
}

interface Figures {
  readonly text: string;
  readonly findings: number;
  readonly appRuns: number[];
  /** When the app first showed the text (before the findings were marked). */
  readonly textRuns: number[];
  readonly bareRuns: number[];
  /** Renderer CPU time of each open (app, bare), ms. */
  readonly appCpu: number[];
  readonly bareCpu: number[];
  readonly appKeys: number[];
  readonly bareKeys: number[];
  readonly appMemory: PageMemory;
  readonly bareMemory: PageMemory;
  readonly batch: { count: number; millis: number; progress: boolean };
}

async function report(f: Figures): Promise<void> {
  const open = median(f.appRuns);
  const bare = median(f.bareRuns);
  const key = median(f.appKeys);
  const rows: BenchRow[] = [
    {
      task: `open the 1 MB issue, ${f.findings} findings marked (median of ${RUNS})`,
      galley: ms(open),
      baseline: `${ms(bare)} bare CodeMirror (×${(open / bare).toFixed(2)})`,
      target: '≤ 2× bare and < 1 s',
      met: open <= 2 * bare && open < 1000,
    },
    {
      task: '… renderer CPU time of that open (median; the page and its workers)',
      galley: ms(median(f.appCpu)),
      baseline: `${ms(median(f.bareCpu))} bare (×${(median(f.appCpu) / median(f.bareCpu)).toFixed(2)})`,
      target: '',
    },
    {
      task: '… of which: until its text first shows (findings not yet marked)',
      galley: ms(median(f.textRuns)),
      baseline: '',
      target: '',
    },
    {
      task: `keystroke to paint, median of ${f.appKeys.length} (p95)`,
      galley: `${ms(key)} (${ms(percentile(f.appKeys, 95))})`,
      baseline: `${ms(median(f.bareKeys))} (${ms(percentile(f.bareKeys, 95))}) bare`,
      target: '< 16 ms',
      met: key < 16,
    },
    {
      task: `accept ${f.batch.count} punctuation-width findings at once, confirm to summary painted`,
      galley: ms(f.batch.millis),
      baseline: f.batch.progress ? 'progress bar shown meanwhile' : 'no progress bar',
      target: '< 1 s',
      met: f.batch.millis < 1000,
    },
    {
      task: 'renderer memory with the issue open: JS heap after GC',
      galley: mb(f.appMemory.jsHeapUsed),
      baseline: `${mb(f.bareMemory.jsHeapUsed)} bare`,
      target: '',
    },
    {
      task: 'renderer process private memory (all threads)',
      galley: mb(f.appMemory.rendererPrivate),
      baseline: `${mb(f.bareMemory.rendererPrivate)} bare`,
      target: '',
    },
  ];
  const load = loadavg()[0].toFixed(1);
  process.stdout.write(
    `## UI speed (Chromium, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${load})\n\n`,
  );
  process.stdout.write(`${formatSection('Proofread screen vs bare CodeMirror', rows)}\n`);
  process.stdout.write(
    `${markdownTable(
      ['open run', ...f.appRuns.map((_, i) => String(i + 1))],
      [
        ['galley', ...f.appRuns.map(ms)],
        ['galley, text shown', ...f.textRuns.map(ms)],
        ['bare', ...f.bareRuns.map(ms)],
        ['galley, renderer CPU', ...f.appCpu.map(ms)],
        ['bare, renderer CPU', ...f.bareCpu.map(ms)],
      ],
    )}\n\n`,
  );
  const json = {
    date: new Date().toISOString(),
    chromium: CHROMIUM,
    cpus: cpus().length,
    loadAverage: loadavg(),
    issue: { bytes: Buffer.byteLength(f.text), utf16: f.text.length, findings: f.findings },
    open: {
      galleyMs: f.appRuns,
      galleyTextMs: f.textRuns,
      bareMs: f.bareRuns,
      medianGalleyMs: open,
      medianBareMs: bare,
    },
    keystroke: {
      galleyMs: f.appKeys,
      bareMs: f.bareKeys,
      medianGalleyMs: key,
      medianBareMs: median(f.bareKeys),
    },
    memory: { galley: f.appMemory, bare: f.bareMemory },
    batch: f.batch,
    rows,
  };
  // The page scan beside the text (bench/ui-scan.ts), in a browser of its own.
  const scanBrowser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const scanFolder = await mkdtemp(join(tmpdir(), 'galley-bench-scan-'));
  try {
    const scan = await benchScan(scanBrowser, scanFolder, rendererDir(), RUNS);
    process.stdout.write(`${formatSection('Page scan', scan.rows)}\n`);
    Object.assign(json, { scan: scan.figures });
  } finally {
    await scanBrowser.close();
    await rm(scanFolder, { recursive: true, force: true });
  }
  await mkdir('test-output', { recursive: true });
  await writeFile('test-output/bench-ui.json', `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write('Wrote test-output/bench-ui.json\n');
}

await main();

/**
 * The built desktop shell, loaded as Electron would load it: out/main/index.js runs in a child
 * Node process (Node's own module loader, so a bundle that Node cannot link fails here) with
 * `electron` replaced by a recording stub, and its lifecycle is driven from `ready` to
 * `will-quit`. This is what proves `npm start` opens the window where Electron's binary cannot
 * be downloaded.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSED_ON_DESKTOP, DESKTOP_CHANNELS } from '../../src/shared/channels';
import { MAX_TEXT_CHARS } from '../../src/shared/limits';
import { openWorkspace } from '../../src/main/workspace/index';
import { APP_PAGE_URL, CONTENT_SECURITY_POLICY } from '../../src/main/electron/trust';
import { bareImports, BUILT, ensureBuilt, OUT, REPO_ROOT } from './build';

const run = promisify(execFile);

interface Report {
  error?: string;
  loaded?: boolean;
  externals: { specifier: string; ok: boolean; error?: string }[];
  beforeReady: { calls: string[]; privilegedSchemes: { scheme: string; privileges: object }[] };
  exitCode?: number;
  errorBoxes?: { title: string; content: string }[];
  window: {
    count: number;
    options: { show: boolean; icon?: string; webPreferences: Record<string, unknown> };
    preload: string;
    loads: { url?: string; file?: string }[];
    shownBeforeReady: boolean;
    shownWhenReady: boolean;
  };
  webRequestHooks: number;
  applicationMenu: { template: { role?: string }[] } | null;
  protocols: string[];
  page: { status: number; type: string; csp: string; body: string };
  assets: { url: string; status: number; type: string }[];
  escapes: { url: string; status: number }[];
  channels: string[];
  answers: Record<string, { ok: boolean; value?: unknown; error?: { code: string } }>;
  guards: {
    evilLink: { action: string };
    allowedLink: { action: string };
    openedExternal: string[];
    permission: boolean;
    navigationPrevented: boolean;
  };
  failedLoad: { shown: boolean; last: { url: string } };
  abortedLoad: { shown: boolean; loads: number };
  quit: string[];
}

let home: string;
let externals: string[];

/** Runs the built main process for `platform` in a child Node with the stub; its report. */
async function runMain(platform: string, env: Record<string, string> = {}): Promise<Report> {
  const { stdout } = await run(process.execPath, [join(REPO_ROOT, 'tests/shell/run-main.mjs')], {
    cwd: REPO_ROOT,
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      GALLEY_WORKSPACE: '',
      GALLEY_SHELL_OUT: OUT,
      GALLEY_SHELL_PLATFORM: platform,
      GALLEY_SHELL_MAX_TEXT: String(MAX_TEXT_CHARS),
      GALLEY_SHELL_EXTERNALS: JSON.stringify(externals),
      ...env,
    },
  });
  return JSON.parse(stdout) as Report;
}

beforeAll(async () => {
  ensureBuilt();
  home = await mkdtemp(join(tmpdir(), 'galley-shell-'));
  externals = bareImports(await readFile(BUILT.main, 'utf8')).filter(
    (s) => s !== 'electron' && !builtinModules.includes(s),
  );
}, 300_000);

afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('the built main process (out/main/index.js)', () => {
  let linux: Report;

  beforeAll(async () => {
    linux = await runMain('linux');
  }, 180_000);

  it('loads in Node, with every external package it imports', async () => {
    expect(linux.error).toBeUndefined();
    expect(linux.loaded).toBe(true);
    expect(externals.length).toBeGreaterThan(5);
    expect(linux.externals.filter((e) => !e.ok)).toEqual([]);
    // The installer ships `dependencies` only: every external import must be one of them.
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const packageOf = (s: string) =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/');
    expect(externals.filter((s) => !(packageOf(s) in pkg.dependencies))).toEqual([]);
    // Electron's Node (22) refuses the old `assert` form of import attributes.
    expect(await readFile(BUILT.main, 'utf8')).not.toMatch(/^import[^;]*\bassert\s*\{/m);
  });

  it('declares the app scheme privileged before ready, once per profile', () => {
    expect(linux.beforeReady.calls).toEqual([
      'app.requestSingleInstanceLock',
      'protocol.registerSchemesAsPrivileged',
    ]);
    expect(linux.beforeReady.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as object,
      },
    ]);
  });

  it('opens one hardened window, shown when ready, on the app scheme', async () => {
    expect(linux.window.count).toBe(1);
    expect(linux.window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(linux.window.preload).toBe(BUILT.preload);
    expect(linux.window.loads).toEqual([{ url: APP_PAGE_URL }]);
    expect(linux.window.shownBeforeReady).toBe(false);
    expect(linux.window.shownWhenReady).toBe(true);
    expect(linux.window.options.icon).toBe(join(REPO_ROOT, 'resources/icon.png'));
    expect((await stat(join(REPO_ROOT, 'resources/icon.png'))).isFile()).toBe(true);
  });

  it('serves out/renderer through app:// with the CSP header equal to the meta tag', async () => {
    expect(linux.protocols).toEqual(['app']);
    expect(linux.webRequestHooks).toBe(0);
    expect(linux.page.status).toBe(200);
    expect(linux.page.body).toBe(await readFile(BUILT.page, 'utf8'));
    expect(linux.page.csp).toBe(CONTENT_SECURITY_POLICY);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(linux.page.body);
    expect(meta?.[1]).toBe(linux.page.csp);
    // The page's scripts and styles exist in the build and come with their types.
    expect(linux.assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of linux.assets) {
      expect(asset.status, asset.url).toBe(200);
      expect(asset.type, asset.url).toMatch(/^(text\/javascript|text\/css)/);
    }
    for (const escape of linux.escapes) expect(escape.status, escape.url).toBe(404);
  });

  it('answers exactly the channels the renderer calls, from its own page only', () => {
    expect([...linux.channels].sort()).toEqual([...DESKTOP_CHANNELS].sort());
    for (const closed of CLOSED_ON_DESKTOP) expect(linux.channels).not.toContain(closed);
    expect(linux.answers.settings).toMatchObject({ ok: true, value: { locale: 'zh-CN' } });
    expect(linux.answers.library).toEqual({ ok: true, value: [] });
    expect(linux.answers.untrusted.error?.code).toBe('untrusted-sender');
    expect(linux.answers.noFrame.error?.code).toBe('untrusted-sender');
    expect(linux.answers.tooLarge.error?.code).toBe('too-large');
  });

  it('denies new windows, navigation and permissions; links out only to allowed hosts', () => {
    expect(linux.guards.evilLink).toEqual({ action: 'deny' });
    expect(linux.guards.allowedLink).toEqual({ action: 'deny' });
    expect(linux.guards.openedExternal).toEqual(['https://www.w3.org/TR/clreq/']);
    expect(linux.guards.permission).toBe(false);
    expect(linux.guards.navigationPrevented).toBe(true);
  });

  it('shows an error page when the renderer cannot load, not an invisible window', () => {
    expect(linux.failedLoad.shown).toBe(true);
    const page = decodeURIComponent(linux.failedLoad.last.url);
    expect(page).toMatch(/^data:text\/html/);
    expect(page).toContain('校样台无法打开界面');
    expect(page).toContain('Galley cannot show its window');
    expect(page).toContain('ERR_FILE_NOT_FOUND');
    expect(linux.abortedLoad.shown).toBe(false);
  });

  it('uses the default workspace shared with the CLI and drains it on quit', async () => {
    expect(linux.quit).toEqual(['app.quit', 'app.quit', 'app.quitted']);
    const folder = join(home, '.galley/workspace');
    expect(await readdir(folder)).toContain('archive');
    // The lock is released: the workspace opens for writing at once.
    const workspace = await openWorkspace(folder, { mode: 'write' });
    await workspace.close();
  });

  it('has no native menu bar on Linux (the in-app MenuBar is the only one)', () => {
    expect(linux.applicationMenu).toBeNull();
  });
});

describe('the built main process on other systems', () => {
  it('has no native menu bar on Windows', async () => {
    const windows = await runMain('win32');
    expect(windows.error).toBeUndefined();
    expect(windows.applicationMenu).toBeNull();
    expect(windows.window.options.icon).toBeUndefined();
  }, 120_000);

  it('has the macOS app menu (About, Hide, Quit with Cmd+Q) first', async () => {
    const mac = await runMain('darwin');
    expect(mac.error).toBeUndefined();
    expect(mac.applicationMenu?.template.map((m) => m.role)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'windowMenu',
    ]);
  }, 120_000);

  it('explains a workspace it cannot open and exits', async () => {
    const notAFolder = join(home, 'not-a-folder');
    await writeFile(notAFolder, 'x');
    const report = await runMain('linux', { GALLEY_WORKSPACE: notAFolder });
    expect(report.error).toBeUndefined();
    expect(report.exitCode).toBe(1);
    expect(report.errorBoxes?.[0].content).toMatch(/无法打开工作区 \/ Cannot open the workspace/);
  }, 120_000);
});

/**
 * Loads the built main bundle (out/main/index.js) in plain Node with `electron` replaced by the
 * recording stub, drives the app's lifecycle and prints what happened as one JSON document on
 * stdout. tests/shell/main-bundle.test.ts runs it in a child process (Node's own module loader,
 * not vitest's) and checks the report.
 *
 * Environment: GALLEY_SHELL_OUT (the build folder), GALLEY_SHELL_PLATFORM (process.platform to
 * pretend), GALLEY_SHELL_EXTERNALS (JSON list of bare specifiers the bundle imports), and the
 * app's own HOME / GALLEY_WORKSPACE.
 */
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);

const out = process.env.GALLEY_SHELL_OUT;
const platform = process.env.GALLEY_SHELL_PLATFORM;
const report = {};

/** Waits until `test()` is true (the app works asynchronously), or fails after 30 s. */
async function until(what, test) {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > 30_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function answer(response) {
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body:
      response.status === 200 && /html/.test(response.headers.get('content-type') ?? '')
        ? await response.text()
        : undefined,
  };
}

try {
  // Every external package the bundle imports, loaded the way Node loads them.
  report.externals = [];
  for (const specifier of JSON.parse(process.env.GALLEY_SHELL_EXTERNALS ?? '[]')) {
    try {
      await import(specifier);
      report.externals.push({ specifier, ok: true });
    } catch (error) {
      report.externals.push({ specifier, ok: false, error: String(error) });
    }
  }

  // Pretend the platform only now: native packages (sharp) load their binary for the real one.
  if (platform) Object.defineProperty(process, 'platform', { value: platform });
  const electron = await import('electron');
  const { recorded } = electron;
  await import(pathToFileURL(join(out, 'main/index.js')).href);
  report.loaded = true;
  report.beforeReady = {
    calls: recorded.calls.map(([name]) => name),
    privilegedSchemes: recorded.privilegedSchemes,
    windows: recorded.windows.length,
  };

  electron.emitReady();
  const exited = () => recorded.exitCode !== undefined;
  await until('a window that loads', () => exited() || recorded.windows[0]?.loads.length > 0);
  if (exited()) {
    report.exitCode = recorded.exitCode;
    report.errorBoxes = recorded.errorBoxes;
  } else {
    const window = recorded.windows[0];
    const { preload, ...webPreferences } = window.options.webPreferences;
    report.window = {
      count: recorded.windows.length,
      options: { ...window.options, webPreferences },
      preload,
      loads: [...window.loads],
      shownBeforeReady: window.shown,
    };
    window.emit('ready-to-show');
    report.window.shownWhenReady = window.shown;
    report.webRequestHooks = recorded.calls.filter(
      ([n]) => n === 'webRequest.onHeadersReceived',
    ).length;
    report.applicationMenu = recorded.applicationMenu === null ? null : recorded.applicationMenu;

    // The renderer through the registered protocol handler.
    report.protocols = [...recorded.protocols.keys()];
    const handler = recorded.protocols.get('app');
    if (handler) {
      const page = await answer(await handler(new Request(window.loads[0].url)));
      report.page = page;
      const refs = [...(page.body ?? '').matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      report.assets = [];
      for (const ref of refs) {
        const url = new URL(ref, window.loads[0].url).href;
        const response = await handler(new Request(url));
        report.assets.push({
          url,
          status: response.status,
          type: response.headers.get('content-type'),
        });
      }
      report.escapes = [];
      for (const url of [
        'app://galley/../package.json',
        'app://galley/%2e%2e/package.json',
        'app://galley/assets/%2e%2e%2f%2e%2e%2fpackage.json',
        'app://galley/..%5c..%5cpackage.json',
        'app://other/index.html',
        'app://galley/assets/',
      ]) {
        report.escapes.push({ url, status: (await handler(new Request(url))).status });
      }
    }

    // The contract through the registered ipcMain handlers.
    report.channels = [...recorded.handlers.keys()];
    const trusted = { senderFrame: { url: window.loads[0].url } };
    const invoke = (channel, payload, event = trusted) =>
      recorded.handlers.get(channel)?.(event, payload);
    report.answers = {
      settings: await invoke('settings.get', {}),
      library: await invoke('library.list', {}),
      untrusted: await invoke(
        'library.list',
        {},
        { senderFrame: { url: 'https://evil.example/' } },
      ),
      noFrame: await invoke('library.list', {}, {}),
    };
    const tooLarge = await invoke('issue.save', {
      issueId: 'x',
      text: 'x'.repeat(Number(process.env.GALLEY_SHELL_MAX_TEXT) + 1),
    });
    report.answers.tooLarge = tooLarge;

    // Guards on every web contents.
    const contents = window.webContents;
    report.guards = {
      evilLink: contents.windowOpenHandler?.({ url: 'https://evil.example/' }),
      allowedLink: contents.windowOpenHandler?.({ url: 'https://www.w3.org/TR/clreq/' }),
      openedExternal: [...recorded.openedExternal],
      permission: await new Promise((resolve) =>
        recorded.permissionRequestHandler?.(contents, 'media', resolve),
      ),
    };
    let navigationPrevented = false;
    contents.emit(
      'will-navigate',
      { preventDefault: () => (navigationPrevented = true) },
      'https://evil.example/',
    );
    report.guards.navigationPrevented = navigationPrevented;

    // A page that cannot load shows an error page, visibly.
    window.shown = false;
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', window.loads[0].url, true);
    report.failedLoad = { shown: window.shown, last: window.loads.at(-1) };
    window.shown = false;
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', window.loads[0].url, true);
    report.abortedLoad = { shown: window.shown, loads: window.loads.length };

    // Quitting drains the workspace before the app really quits.
    const before = recorded.calls.length;
    electron.app.quit();
    await until('the drained quit', () =>
      recorded.calls.slice(before).some(([n]) => n === 'app.quitted'),
    );
    report.quit = recorded.calls.slice(before).map(([name]) => name);
  }
} catch (error) {
  report.error =
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
}
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);

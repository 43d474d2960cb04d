/**
 * All window hardening in one place: sandboxed, context-isolated renderer without Node, no
 * navigation, no new windows, no permissions, links out only to the allowed hosts through the
 * system browser. The CSP comes with the page itself (the `app://` protocol's header and the
 * meta tag), not from a webRequest hook, which would not reach custom-protocol pages.
 */
import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../app/platform';
import { failedLoadPage, isFatalLoadFailure } from './failed-load';
import { isNavigationAllowed, isPermissionGranted } from './trust';

/** Applies session-wide guards once: permission denial and the guards on every web contents. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * A new hardened window with the given preload script, shown once its page is ready, or with
 * an error page when the page cannot load (never left invisible).
 */
export function createSecureWindow(preload: string, icon?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Galley 校样台',
    ...(icon && { icon }),
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click (auxclick) could open links in new windows; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-fail-load', (_event, errorCode, description, url, isMainFrame) => {
    // The error page itself never fails into a loop.
    if (!isFatalLoadFailure(errorCode, isMainFrame) || url.startsWith('data:')) return;
    void window.loadURL(failedLoadPage(errorCode, description, url));
    window.show();
  });
  return window;
}

/**
 * Prints a page Galley wrote (the proof sheet) to PDF in a hidden window with no preload, no
 * script and no network: the page is loaded from a data URL and closed once printed. A4.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}

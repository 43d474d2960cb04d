/**
 * All window hardening in one place: sandboxed, context-isolated renderer without Node, a strict
 * CSP header, no navigation, no new windows, no permissions, links out only as https through
 * the system browser.
 */
import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../app/platform';
import { CONTENT_SECURITY_POLICY, isNavigationAllowed, isPermissionGranted } from './trust';

/** Applies session-wide guards once: CSP header and permission denial. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
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

/** A new hardened window with the given preload script. */
export function createSecureWindow(preload: string): BrowserWindow {
  return new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Galley 校样台',
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
}

/**
 * The rules of trust for Electron windows, as pure functions (no electron import) so that tests
 * check them directly: which frames may call the contract, where a window may navigate, which
 * permission requests are granted (none).
 */

/** The privileged scheme the packaged renderer is served from (`app://galley/index.html`). */
export const APP_SCHEME = 'app';

/** The one host of `APP_SCHEME`: every renderer file is `app://galley/<path in out/renderer>`. */
export const APP_HOST = 'galley';

/** The renderer page's URL when served from `out/renderer`. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where the app's renderer is loaded from: the app scheme, or the dev server in development. */
export interface RendererOrigin {
  /** `APP_PAGE_URL`, when the renderer is served from out/renderer. */
  readonly appUrl?: string;
  /** http://localhost:PORT of electron-vite's dev server, in development only. */
  readonly devServerUrl?: string;
}

/** True when `frameUrl` is the app's own renderer page (a message from it may be handled). */
export function isTrustedSender(frameUrl: string | undefined, origin: RendererOrigin): boolean {
  if (!frameUrl) return false;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (origin.appUrl && url.protocol === `${APP_SCHEME}:`) {
    const expected = new URL(origin.appUrl);
    return url.host === expected.host && url.pathname === expected.pathname;
  }
  if (origin.devServerUrl && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return url.origin === new URL(origin.devServerUrl).origin;
  }
  return false;
}

/** In-app navigation is never allowed: the renderer is a single page. */
export function isNavigationAllowed(targetUrl: string, currentUrl: string): boolean {
  try {
    const target = new URL(targetUrl);
    const current = new URL(currentUrl);
    // Only a same-document change (a hash change of the very same page) passes.
    return (
      // protocol + host, not origin: a custom scheme's origin is "null" for every host.
      target.protocol === current.protocol &&
      target.host === current.host &&
      target.pathname === current.pathname &&
      target.search === current.search
    );
  } catch {
    return false;
  }
}

/**
 * The Content-Security-Policy of the packaged renderer: the `app://` protocol sends it as a
 * response header and out/renderer/index.html carries the same text in its meta tag (a test
 * compares them). 'self' is app://galley, so a compromised page can fetch nothing but the
 * renderer's own files. No `frame-ancestors`: a meta tag cannot carry it, and no page can frame
 * the app (navigation and webviews are blocked).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy in development (`npm run dev`), where Vite's dev server serves the renderer: the
 * packaged policy, plus the inline scripts Vite injects (the React refresh preamble), allowed by
 * their sha256 hashes and nothing more, and the dev server's websocket for hot reload.
 */
export function devContentSecurityPolicy(
  devServerUrl: string,
  inlineScriptHashes: readonly string[],
): string {
  const server = new URL(devServerUrl);
  const socket = `${server.protocol === 'https:' ? 'wss' : 'ws'}://${server.host}`;
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      if (directive.startsWith('script-src ')) {
        return [directive, ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)].join(' ');
      }
      if (directive.startsWith('connect-src ')) return `${directive} ${socket}`;
      return directive;
    })
    .join('; ');
}

/** Permission requests (camera, notifications, geolocation…): the app needs none. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

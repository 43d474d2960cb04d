/**
 * The rules of trust for Electron windows, as pure functions (no electron import) so that tests
 * check them directly: which frames may call the contract, where a window may navigate, which
 * permission requests are granted (none).
 */

/** Where the app's renderer is loaded from: the packaged file, or the dev server in development. */
export interface RendererOrigin {
  /** file:// URL of out/renderer/index.html, when loaded from disk. */
  readonly fileUrl?: string;
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
  if (origin.fileUrl && url.protocol === 'file:') {
    const expected = new URL(origin.fileUrl);
    return url.pathname === expected.pathname;
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
      target.origin === current.origin &&
      target.pathname === current.pathname &&
      target.search === current.search
    );
  } catch {
    return false;
  }
}

/** The Content-Security-Policy of every window (also in index.html as a meta tag). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Permission requests (camera, notifications, geolocation…): the app needs none. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

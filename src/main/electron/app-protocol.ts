/**
 * The `app://` protocol the packaged renderer is served from. A `file://` page would have every
 * local file as its origin; `app://galley` has only the built renderer folder, and each answer
 * carries the strict CSP header (webRequest headers do not reach `file://` pages).
 */
import { protocol } from 'electron';
import { rendererResponse } from './renderer-files';
import { APP_SCHEME } from './trust';

/**
 * Declares the scheme standard and secure (so 'self', module scripts and workers work as on
 * https). Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Answers `app://galley/…` from `rendererDir` (out/renderer) and nothing else. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}

/**
 * The answers of the `app://` protocol, without Electron (tests call it directly): a file of the
 * built renderer folder with the strict CSP header, or 404. Nothing outside that folder is ever
 * read: `..`, encoded separators, other hosts and other schemes all get 404.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './trust';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers on every answer: the policy, no MIME sniffing, no referrer. */
function headers(type: string): Record<string, string> {
  return {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
}

/**
 * The file of `root` (the built out/renderer folder) that `url` names, as an absolute path, or
 * undefined when the URL is not `app://galley/…` or leaves the folder.
 */
export function rendererFilePath(root: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  if (path === '/' || path === '') path = '/index.html';
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return file;
}

/** The answer to a request for `url`: the renderer file with its type and the CSP, or 404. */
export async function rendererResponse(root: string, url: string): Promise<Response> {
  const file = rendererFilePath(root, url);
  if (!file) return notFound();
  // stat and readFile only: in the installed app the folder is inside app.asar, which Electron's
  // fs reads (not every fs function is asar-aware).
  try {
    if (!(await stat(file)).isFile()) return notFound();
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: headers(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'),
    });
  } catch {
    return notFound();
  }
}

/**
 * The HTTP test bridge: serves the built renderer and carries the contract over HTTP to the same
 * main-side dispatch that Electron's ipcMain uses. For development and tests only; never part of
 * the packaged app. Bound to 127.0.0.1 and guarded by a random per-run token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Dispatch } from '../main/ipc/dispatch';
import { CHANNELS } from '../shared/contract';

export interface BridgeOptions {
  /** The built renderer folder (out/renderer). */
  readonly rendererDir: string;
  readonly dispatch: Dispatch;
  /** Extra test-only routes (e.g. setting the next dialog answer), under /__bridge/test/. */
  readonly testRoutes?: Readonly<Record<string, (body: unknown) => Promise<unknown> | unknown>>;
  readonly port?: number;
}

export interface Bridge {
  /** The page to open, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Body size the bridge accepts (a 200 MB draft in base64, plus room). */
const MAX_BODY = 300 * 1024 * 1024;

/** The script that gives the page `window.galley`, calling the bridge instead of ipcRenderer. */
function clientScript(): string {
  return `(() => {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token') || sessionStorage.getItem('galley-token') || '';
  sessionStorage.setItem('galley-token', token);
  const channels = ${JSON.stringify(CHANNELS)};
  const api = {};
  for (const channel of channels) {
    const [ns, method] = channel.split('.');
    api[ns] = api[ns] || {};
    api[ns][method] = async (payload) => {
      try {
        const res = await fetch('/__bridge/rpc', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-galley-token': token },
          body: JSON.stringify({ channel, payload: payload ?? {} }),
        });
        return await res.json();
      } catch (e) {
        return { ok: false, error: { code: 'bridge', message: { 'zh-CN': '无法连接到后台服务。', en: 'Cannot reach the background service.' } } };
      }
    };
  }
  Object.freeze(api);
  Object.defineProperty(window, 'galley', { value: api, writable: false });
})();
`;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(24).toString('hex');
  const root = normalize(options.rendererDir);
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, 'text/plain', 'error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding guard: only our own host name.
    if (req.headers.host !== new URL(origin).host) return send(res, 403, 'text/plain', 'forbidden');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/__bridge/')) {
      if (url.pathname === '/__bridge/client.js')
        return send(res, 200, TYPES['.js'], clientScript());
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
      if (!sameToken(String(req.headers['x-galley-token'] ?? ''), token)) {
        return send(res, 403, 'text/plain', 'forbidden');
      }
      const body = (await readBody(req)) as { channel?: unknown; payload?: unknown };
      if (url.pathname === '/__bridge/rpc') {
        const result = await options.dispatch(body.channel, body.payload);
        return send(res, 200, TYPES['.json'], JSON.stringify(result));
      }
      const route = url.pathname.slice('/__bridge/test/'.length);
      const testRoute = url.pathname.startsWith('/__bridge/test/')
        ? options.testRoutes?.[route]
        : undefined;
      if (testRoute)
        return send(res, 200, TYPES['.json'], JSON.stringify((await testRoute(body)) ?? null));
      return send(res, 404, 'text/plain', 'not found');
    }
    const relative =
      url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep))
      return send(res, 403, 'text/plain', 'forbidden');
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return send(res, 404, 'text/plain', 'not found');
    let body: string | Buffer = await readFile(file);
    if (relative === 'index.html') {
      body = body
        .toString('utf8')
        .replace('<script', '<script src="/__bridge/client.js"></script>\n    <script');
    }
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

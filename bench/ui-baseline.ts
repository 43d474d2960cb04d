/**
 * The UI bench's baseline page: bench/ui-fixtures/bare-codemirror built with vite into a temp
 * folder and served on 127.0.0.1 with the bench's text at /issue.txt.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const FIXTURE = fileURLToPath(new URL('./ui-fixtures/bare-codemirror', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds the bare CodeMirror page into `outDir` (production build, as the app's renderer). */
export async function buildBaseline(outDir: string): Promise<void> {
  await build({
    root: FIXTURE,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export interface BaselineServer {
  /** The page to open. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the built page from `dir`, and `text` at /issue.txt, as the bridge serves the app. */
export async function serveBaseline(dir: string, text: string): Promise<BaselineServer> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/issue.txt') return send(200, TYPES['.txt'], text);
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) return send(403, 'text/plain', 'forbidden');
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

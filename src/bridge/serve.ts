/**
 * `npm run dev:web`: serves the built renderer (run `npm run build` first) in a plain browser,
 * over the HTTP test bridge, on a workspace folder (GALLEY_WORKSPACE, or a new temp folder).
 * Development and tests only.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebApp } from './start';

const rendererDir = resolve('out/renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run build` first.');
  process.exit(1);
}
const workspace =
  process.env.GALLEY_WORKSPACE?.trim() || (await mkdtemp(join(tmpdir(), 'galley-dev-workspace-')));
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
const app = await startWebApp({ workspace, rendererDir, port });
console.log(`Galley (web bridge) on ${app.bridge.url}`);
console.log(`Workspace: ${workspace}`);
console.log(`Token: ${app.bridge.token}`);
console.log(
  'Dialogs are scripted: POST /__bridge/test/dialog-open {"paths":[…]} with header x-galley-token.',
);

const stop = () => void app.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

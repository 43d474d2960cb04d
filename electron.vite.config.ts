import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from './src/main/electron/trust';

const root = dirname(fileURLToPath(import.meta.url));

const runtimeDependencies = new Set(
  Object.keys(
    (
      JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      }
    ).dependencies ?? {},
  ),
);

/**
 * What the main bundle leaves to Node at run time, besides Electron and Node's built-ins (which
 * electron-vite externalizes itself): the packages of `dependencies`, which the installer ships,
 * except their JSON files. Bundlers drop the `with { type: 'json' }` attribute from an external
 * import, and Node (Electron's too) refuses a JSON import without it, so JSON data is inlined
 * into the bundle instead. Everything else (our sources, devDependencies) is bundled.
 * `tests/shell` loads the built bundle in Node to prove it.
 */
export const mainExternals: RegExp[] = [...runtimeDependencies].map(
  (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:/(?!.*\\.json$).*)?$`),
);

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/**
 * The renderer's CSP meta tag. A build checks that index.html carries exactly the policy the
 * `app://` protocol sends as a header; the dev server replaces it with the development policy,
 * which allows the inline scripts Vite injects (the React refresh preamble) by their sha256
 * hashes and the dev server's websocket, and nothing more.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'galley:content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const meta = CSP_META.exec(html);
        if (!meta)
          throw new Error('src/renderer/index.html has no Content-Security-Policy meta tag');
        if (!context.server) {
          if (meta[2] !== CONTENT_SECURITY_POLICY) {
            throw new Error(
              'The CSP meta tag of src/renderer/index.html differs from CONTENT_SECURITY_POLICY ' +
                '(src/main/electron/trust.ts): make them the same text.',
            );
          }
          return html;
        }
        const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
          .map((script) => script[1])
          .filter((code) => code.trim() !== '')
          .map((code) => createHash('sha256').update(code).digest('base64'));
        const server =
          context.server.resolvedUrls?.local[0] ??
          `http://localhost:${context.server.config.server.port ?? 5173}`;
        return html.replace(CSP_META, `$1${devContentSecurityPolicy(server, hashes)}$3`);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/main/index.ts') },
        external: mainExternals,
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module: bundle it as CommonJS.
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
});

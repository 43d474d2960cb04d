/**
 * The built preload (out/preload/index.cjs), run as Electron runs a sandboxed preload: a
 * CommonJS script whose `require` gives only `electron` (contextBridge, ipcRenderer) and a few
 * Node-free modules. It must expose the renderer's channels on `window.galley`, nothing else,
 * and refuse an oversized payload before it reaches IPC.
 */
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_CHANNELS, splitChannel } from '../../src/shared/channels';
import { MAX_DROPPED_FILE_BASE64, MAX_TEXT_CHARS, TOO_LARGE } from '../../src/shared/limits';
import { BUILT, ensureBuilt } from './build';

/** What a sandboxed preload's `require` can load (Electron's documentation, "sandbox"). */
const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);

interface Loaded {
  key: string;
  api: Record<string, Record<string, (payload?: unknown) => Promise<unknown>>>;
  invoked: { channel: string; payload: unknown }[];
  required: string[];
}

async function loadPreload(): Promise<Loaded> {
  const code = await readFile(BUILT.preload, 'utf8');
  const loaded: Loaded = { key: '', api: {}, invoked: [], required: [] };
  const electron = {
    contextBridge: {
      exposeInMainWorld(key: string, api: Loaded['api']) {
        loaded.key = key;
        loaded.api = api;
      },
    },
    ipcRenderer: {
      invoke(channel: string, payload: unknown) {
        loaded.invoked.push({ channel, payload });
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };
  const require = (name: string) => {
    loaded.required.push(name);
    if (!SANDBOX_MODULES.has(name)) throw new Error(`a sandboxed preload cannot require ${name}`);
    if (name === 'electron') return electron;
    return {};
  };
  const module = { exports: {} };
  runInNewContext(`(function (require, module, exports) {${code}\n})`, { Promise })(
    require,
    module,
    module.exports,
  );
  return loaded;
}

describe('the built preload (out/preload/index.cjs)', () => {
  let preload: Loaded;

  beforeAll(async () => {
    ensureBuilt();
    preload = await loadPreload();
  }, 300_000);

  it('runs in the sandbox and exposes window.galley with the renderer channels only', () => {
    expect(preload.required).toEqual(['electron']);
    expect(preload.key).toBe('galley');
    const exposed = Object.entries(preload.api).flatMap(([namespace, methods]) =>
      Object.keys(methods).map((method) => `${namespace}.${method}`),
    );
    expect(exposed.sort()).toEqual([...DESKTOP_CHANNELS].sort());
  });

  it('passes a call to its own channel with the payload', async () => {
    const [namespace, method] = splitChannel('library.list');
    await preload.api[namespace][method]({ includeTrashed: true });
    await preload.api.settings.get();
    expect(preload.invoked).toEqual([
      { channel: 'library.list', payload: { includeTrashed: true } },
      { channel: 'settings.get', payload: {} },
    ]);
  });

  it('refuses an oversized payload with a sentence before IPC', async () => {
    preload.invoked.length = 0;
    const atCap = 'a'.repeat(MAX_TEXT_CHARS);
    await preload.api.issue.save({ issueId: 'i', text: atCap });
    expect(preload.invoked).toHaveLength(1);
    const dropped = 'A'.repeat(MAX_DROPPED_FILE_BASE64 + 2 * 1024 * 1024);
    expect(await preload.api.library.importBytes({ name: 'big.docx', base64: dropped })).toEqual({
      ok: false,
      error: TOO_LARGE,
    });
    expect(preload.invoked).toHaveLength(1);
  });
});

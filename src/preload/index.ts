/**
 * Preload: exposes the contract's named functions on `window.galley` (one per channel the
 * renderer calls, grouped by namespace), never ipcRenderer itself. A payload over the caps of
 * src/shared/limits.ts is refused here, before Electron serializes it.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_CHANNELS, splitChannel } from '../shared/channels';
import { MAX_PAYLOAD_CHARS, payloadChars, TOO_LARGE } from '../shared/limits';

const api: Record<string, Record<string, (payload?: unknown) => Promise<unknown>>> = {};
for (const channel of DESKTOP_CHANNELS) {
  const [namespace, method] = splitChannel(channel);
  api[namespace] ??= {};
  api[namespace][method] = (payload?: unknown) => {
    if (payloadChars(payload) > MAX_PAYLOAD_CHARS) {
      return Promise.resolve({ ok: false, error: TOO_LARGE });
    }
    return ipcRenderer.invoke(channel, payload ?? {});
  };
}

contextBridge.exposeInMainWorld('galley', api);

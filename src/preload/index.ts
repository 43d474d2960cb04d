/**
 * Preload: exposes the contract's named functions on `window.galley` (one per channel, grouped
 * by namespace), never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, splitChannel } from '../shared/channels';

const api: Record<string, Record<string, (payload?: unknown) => Promise<unknown>>> = {};
for (const channel of CHANNELS) {
  const [namespace, method] = splitChannel(channel);
  api[namespace] ??= {};
  api[namespace][method] = (payload?: unknown) => ipcRenderer.invoke(channel, payload ?? {});
}

contextBridge.exposeInMainWorld('galley', api);

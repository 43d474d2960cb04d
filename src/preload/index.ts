/** Preload: exposes the contract's named functions on `window.galley`, nothing more. */
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('galley', {});

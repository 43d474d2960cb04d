import type { GalleyApi } from '../shared/contract';

declare global {
  interface Window {
    /** The contract's functions, exposed by the preload (or by the HTTP test bridge). */
    readonly galley: GalleyApi;
  }
}

export {};

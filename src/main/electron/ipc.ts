/**
 * The contract on Electron's ipcMain: one handler per channel the renderer calls
 * (DESKTOP_CHANNELS), each checking that the message comes from the app's own renderer frame
 * before dispatching.
 */
import { ipcMain } from 'electron';
import { DESKTOP_CHANNELS } from '../../shared/channels';
import type { Dispatch } from '../ipc/dispatch';
import { isTrustedSender, type RendererOrigin } from './trust';

export function registerIpc(dispatch: Dispatch, origin: RendererOrigin): void {
  for (const channel of DESKTOP_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, origin)) {
        return {
          ok: false,
          error: {
            code: 'untrusted-sender',
            message: {
              'zh-CN': '拒绝来自未知页面的请求。',
              en: 'Request from an unknown page refused.',
            },
          },
        };
      }
      return dispatch(channel, payload);
    });
  }
}

/** The Platform on Electron: native dialogs and the system browser. */
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { Platform } from '../app/platform';

const DRAFT_EXTENSIONS = ['txt', 'text', 'docx', 'xml', 'alto', 'page', 'hocr', 'html', 'htm'];

export function electronPlatform(window: () => BrowserWindow | undefined): Platform {
  return {
    appVersion: app.getVersion(),
    async chooseDraftFiles() {
      const win = window();
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Drafts (txt, docx, ALTO, PAGE, hOCR)', extensions: DRAFT_EXTENSIONS },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseExportFolder() {
      const win = window();
      const options: Electron.OpenDialogOptions = {
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async openExternal(url) {
      await shell.openExternal(url);
    },
  };
}

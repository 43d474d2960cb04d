/** The Platform on Electron: native dialogs and the system browser. */
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { Platform } from '../app/platform';
import { printHtmlToPdf } from './secure-window';

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
    async chooseScanFile() {
      const win = window();
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [
          {
            name: 'Page scans (TIFF, PNG, JPEG)',
            extensions: ['tif', 'tiff', 'png', 'jpg', 'jpeg'],
          },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseRulesFile() {
      const win = window();
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [
          { name: 'Rule lists (CSV, JSON)', extensions: ['csv', 'json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async chooseRulesExportFile(format) {
      const win = window();
      const options: Electron.SaveDialogOptions = {
        defaultPath: `galley-rules.${format}`,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    printToPdf: printHtmlToPdf,
    async openExternal(url) {
      await shell.openExternal(url);
    },
  };
}

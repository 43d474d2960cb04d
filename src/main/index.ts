/**
 * Electron entry point. Thin: one instance, the workspace in userData, the hardened window and
 * the contract on ipcMain. Every rule lives in src/core or the services.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServices, type AppServices } from './app/container';
import { registerIpc } from './electron/ipc';
import { electronPlatform } from './electron/platform';
import { createSecureWindow, hardenSession } from './electron/secure-window';
import type { RendererOrigin } from './electron/trust';

let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;

const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const origin: RendererOrigin = devServerUrl
  ? { devServerUrl }
  : { fileUrl: pathToFileURL(rendererFile).href };

function showWindow(): void {
  mainWindow = createSecureWindow(join(import.meta.dirname, '../preload/index.cjs'));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadFile(rendererFile);
}

async function start(): Promise<void> {
  hardenSession();
  // The app menu keeps the standard edit roles; the app's own commands live in its menu bar.
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([{ role: 'fileMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]),
  );
  const workspace = process.env.GALLEY_WORKSPACE ?? join(app.getPath('userData'), 'workspace');
  try {
    services = await startServices(
      workspace,
      electronPlatform(() => mainWindow),
    );
  } catch (error) {
    dialog.showErrorBox(
      'Galley 校样台',
      `无法打开工作区 / Cannot open the workspace:\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.exit(1);
    return;
  }
  registerIpc(services.dispatch, origin);
  showWindow();
}

// One instance per user profile; the workspace lock guards the folder itself.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  void app.whenReady().then(start);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && services) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (!services) return;
    event.preventDefault();
    const closing = services;
    services = undefined;
    void closing.close().finally(() => app.quit());
  });
}

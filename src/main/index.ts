/**
 * Electron entry point. Thin: one instance, the shared default workspace, the renderer served
 * from `app://galley`, the hardened window and the contract on ipcMain. Every rule lives in
 * src/core or the services.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { startServices, type AppServices } from './app/container';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { registerIpc } from './electron/ipc';
import { applicationMenuTemplate } from './electron/menu';
import { electronPlatform } from './electron/platform';
import { createSecureWindow, hardenSession } from './electron/secure-window';
import { APP_PAGE_URL, type RendererOrigin } from './electron/trust';
import { defaultWorkspaceFolder } from './workspace/index';

let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;

const rendererDir = join(import.meta.dirname, '../renderer');
const preloadFile = join(import.meta.dirname, '../preload/index.cjs');
const iconFile = join(import.meta.dirname, '../../resources/icon.png');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const origin: RendererOrigin = devServerUrl ? { devServerUrl } : { appUrl: APP_PAGE_URL };

function showWindow(): void {
  mainWindow = createSecureWindow(preloadFile, process.platform === 'linux' ? iconFile : undefined);
  mainWindow.on('closed', () => (mainWindow = undefined));
  void mainWindow.loadURL(devServerUrl ?? APP_PAGE_URL);
}

async function start(): Promise<void> {
  hardenSession();
  if (!devServerUrl) serveRenderer(rendererDir);
  const menu = applicationMenuTemplate(process.platform);
  Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  try {
    services = await startServices(
      defaultWorkspaceFolder(),
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
  registerAppScheme();
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

/**
 * A recording stand-in for the `electron` module, for loading the built main bundle in plain
 * Node (tests/shell/run-main.mjs). It implements only what the shell calls, records every call
 * in `recorded`, and lets the test fire the app's lifecycle events. It is not Electron: what it
 * proves is that the bundle loads, wires the lifecycle and answers through its handlers.
 */
import { EventEmitter } from 'node:events';

/** Everything the main process did, in order, for the test to read. */
export const recorded = {
  /** [name, ...serializable args] of each call, in order. */
  calls: [],
  windows: [],
  /** channel → the handler given to ipcMain.handle */
  handlers: new Map(),
  /** scheme → the handler given to protocol.handle */
  protocols: new Map(),
  privilegedSchemes: [],
  applicationMenu: undefined,
  permissionRequestHandler: undefined,
  openedExternal: [],
  errorBoxes: [],
  exitCode: undefined,
  quitCount: 0,
};

function record(name, ...args) {
  recorded.calls.push([name, ...args]);
}

let markReady;
const ready = new Promise((resolve) => (markReady = resolve));

class App extends EventEmitter {
  isPackaged = false;
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    return ready;
  }
  getPath(name) {
    record('app.getPath', name);
    return process.env.GALLEY_TEST_USER_DATA ?? '/nonexistent/userData';
  }
  getVersion() {
    return '0.0.0-test';
  }
  getName() {
    return 'Galley';
  }
  quit() {
    record('app.quit');
    recorded.quitCount += 1;
    // Electron emits will-quit on quit; a listener may prevent it (to drain first).
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) record('app.quitted');
  }
  exit(code) {
    record('app.exit', code);
    recorded.exitCode = code;
  }
}

/** The `app` object. */
export const app = new App();

/** Fires `ready` (what Electron does once it has started). */
export function emitReady() {
  app.emit('ready');
  markReady();
}

class WebContents extends EventEmitter {
  windowOpenHandler = undefined;
  url = '';
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
}

/** BrowserWindow: records its options, loads, shows. */
export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return recorded.windows.filter((w) => !w.destroyed);
  }
  constructor(options) {
    super();
    this.options = options;
    this.loads = [];
    this.shown = false;
    this.destroyed = false;
    this.webContents = new WebContents();
    recorded.windows.push(this);
    record('BrowserWindow', options);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.loads.push({ url });
    this.webContents.url = url;
    record('loadURL', url);
    return Promise.resolve();
  }
  loadFile(file) {
    this.loads.push({ file });
    record('loadFile', file);
    return Promise.resolve();
  }
  show() {
    this.shown = true;
    record('show');
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
}

/** ipcMain: only handle() is used by the shell. */
export const ipcMain = {
  handle(channel, handler) {
    if (recorded.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    recorded.handlers.set(channel, handler);
  },
};

/** protocol: privileged schemes (before ready) and handlers (after). */
export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record('protocol.registerSchemesAsPrivileged', schemes);
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    record('protocol.handle', scheme);
    recorded.protocols.set(scheme, handler);
  },
};

/** session.defaultSession: permission handlers and webRequest (recorded). */
export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      recorded.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived() {
        record('webRequest.onHeadersReceived');
      },
    },
  },
};

/** Menu: the template is kept as the menu. */
export const Menu = {
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu');
    recorded.applicationMenu = menu;
  },
};

/** dialog: every dialog is cancelled; error boxes are recorded. */
export const dialog = {
  async showOpenDialog() {
    return { canceled: true, filePaths: [] };
  },
  async showSaveDialog() {
    return { canceled: true };
  },
  showErrorBox(title, content) {
    record('dialog.showErrorBox', title, content);
    recorded.errorBoxes.push({ title, content });
  },
};

/** shell: links are recorded, never opened. */
export const shell = {
  async openExternal(url) {
    recorded.openedExternal.push(url);
  },
};

/** What the sandboxed preload gets: contextBridge and ipcRenderer (recorded). */
export const contextBridge = {
  exposeInMainWorld(key, api) {
    record('contextBridge.exposeInMainWorld', key);
    recorded.exposed = { key, api };
  },
};
export const ipcRenderer = {
  invoke(channel, payload) {
    record('ipcRenderer.invoke', channel);
    return Promise.resolve({ ok: true, value: { channel, payload } });
  },
};

export const nativeImage = { createFromPath: (path) => ({ path }) };

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  Menu,
  dialog,
  shell,
  contextBridge,
  ipcRenderer,
  nativeImage,
};

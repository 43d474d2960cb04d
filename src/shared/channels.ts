/**
 * The contract's channel names, with no dependency at all, so the sandboxed preload can bundle
 * them. `contract.ts` checks that its request schemas cover exactly these.
 */
export const CHANNELS = [
  'app.info',
  'library.list',
  'library.chooseFiles',
  'library.importChosen',
  'library.importBytes',
  'library.trash',
  'library.untrash',
  'library.recovery',
  'library.edit',
  'library.history',
  'library.search',
  'issue.open',
  'issue.decide',
  'issue.autosave',
  'issue.discardAutosave',
  'issue.save',
  'versions.list',
  'versions.read',
  'versions.restore',
  'versions.compare',
  'versions.markRound',
  'export.run',
  'export.proofPdf',
  'settings.get',
  'settings.set',
  'shell.openExternal',
  'rules.list',
  'rules.save',
  'rules.delete',
  'rules.setStarter',
  'rules.test',
  'rules.import',
  'rules.export',
  'rules.stop',
  'archive.source',
  'archive.markBoilerplate',
  'archive.boilerplate',
  'archive.unmarkBoilerplate',
  'pages.view',
  'pages.scan',
  'pages.attachScan',
  'pages.chooseScan',
] as const;

export type Channel = (typeof CHANNELS)[number];

/**
 * Channels the app's renderer has no caller for. The desktop preload does not expose them and
 * Electron's ipcMain does not answer them (the CLI, the HTTP test bridge and the tests still
 * reach them through dispatch). Give a channel a caller in src/renderer, then remove it here;
 * tests/shell/channels.test.ts checks both directions.
 */
export const CLOSED_ON_DESKTOP: readonly Channel[] = [
  'app.info',
  'shell.openExternal',
  'archive.boilerplate',
  'archive.unmarkBoilerplate',
];

/** The channels the desktop preload exposes and ipcMain answers. */
export const DESKTOP_CHANNELS: readonly Channel[] = CHANNELS.filter(
  (channel) => !CLOSED_ON_DESKTOP.includes(channel),
);

/** Splits `library.importChosen` into its namespace and method. */
export function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

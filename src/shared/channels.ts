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
  'issue.open',
  'issue.decide',
  'issue.autosave',
  'issue.discardAutosave',
  'issue.save',
  'versions.list',
  'versions.read',
  'versions.restore',
  'versions.compare',
  'export.run',
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
  'archive.source',
  'archive.markBoilerplate',
  'archive.boilerplate',
  'archive.unmarkBoilerplate',
  'pages.view',
  'pages.scan',
  'pages.attachScan',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Splits `library.importChosen` into its namespace and method. */
export function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

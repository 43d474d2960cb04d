/**
 * The native application menu. On macOS the first menu is the app menu (About, Hide, Quit with
 * Cmd+Q), then the standard File, Edit and Window roles, which the system expects for copy,
 * paste and window commands. On Windows and Linux there is no native menu bar: the in-app
 * MenuBar is the only one, so Alt and F10 have one owner.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** The template for `platform`, or null for no native menu. */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [{ role: 'appMenu' }, { role: 'fileMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
}

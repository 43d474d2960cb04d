/** The commands the app shell itself handles: switching screens, import, export, settings, language. */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../core/finding';
import { currentLocale } from '../i18n';
import { useCommand } from '../keyboard/hooks';
import type { ScreenId } from './screens';

/** What the shell does for its commands. */
export interface AppCommandActions {
  readonly show: (screen: ScreenId) => void;
  readonly requestImport: () => void;
  /** Opens the export dialog; absent while no issue is open. */
  readonly openExport?: () => void;
  readonly setLocale: (locale: Locale) => void;
  /** Text size: bigger (1), smaller (-1), default (0). */
  readonly zoom: (step: 1 | -1 | 0) => void;
  /** Opens the sheet of every shortcut (F1). */
  readonly showShortcuts: () => void;
  /** Prints the proof sheet to PDF; absent while no issue is open. */
  readonly printProof?: () => void;
}

/** Registers the shell's commands (screens, import, export, settings, language). */
export function useAppCommands(actions: AppCommandActions) {
  const { show, requestImport, openExport, setLocale, zoom, showShortcuts } = actions;
  const { i18n } = useTranslation();
  useCommand('view.library', () => show('library'));
  useCommand('view.proofread', () => show('proofread'));
  useCommand('view.versions', () => show('versions'));
  useCommand('view.rules', () => show('rules'));
  useCommand('file.settings', () => show('settings'));
  useCommand('file.import', requestImport);
  useCommand('file.export', () => openExport?.(), openExport !== undefined);
  useCommand('view.zoomIn', () => zoom(1));
  useCommand('view.zoomOut', () => zoom(-1));
  useCommand('view.zoomReset', () => zoom(0));
  useCommand('help.shortcuts', showShortcuts);
  useCommand('file.print', () => actions.printProof?.(), actions.printProof !== undefined);
  useCommand('view.language', () => setLocale(currentLocale(i18n) === 'zh-CN' ? 'en' : 'zh-CN'));
}

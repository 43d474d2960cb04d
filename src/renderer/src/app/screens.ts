/**
 * The screens the app routes between, and the props of the screens built in their own folders
 * (library, versions, export, settings). Keep these props minimal: a screen reaches the API, the
 * toasts and the command registry through `app/services.tsx` (`useApi`, `useCall`,
 * `useServices`), registers its shortcuts with `keyboard/hooks.ts` (`useCommand`), shows long
 * work with `components/Progress.tsx`, and takes its strings from its own i18n namespace
 * (`useTranslation('library')`, files `i18n/{zh-CN,en}/library.ts`).
 */
import type { Settings } from '../../../shared/contract';

/** The main screens; the export dialog opens over whichever is showing. */
export type ScreenId = 'library' | 'proofread' | 'versions' | 'rules' | 'settings';

/** Every main screen, in tab order. */
export const SCREENS: readonly ScreenId[] = [
  'library',
  'proofread',
  'versions',
  'rules',
  'settings',
];

/** Props of `screens/library/LibraryScreen.tsx`. Its root carries data-testid="screen-library". */
export interface LibraryScreenProps {
  /** Shows an issue in the Proofread screen (after a click, Enter, or a finished import). */
  readonly onOpenIssue: (issueId: string) => void;
  /**
   * Counts the editor's requests to import (File › Import…, Ctrl+O, from any screen). Each time
   * it changes to a value above 0, start an import: `library.chooseFiles`, then
   * `library.importChosen` for each file, with progress. 0 means "no request yet".
   */
  readonly importRequest: number;
  /** The issue open in the Proofread screen, or null; the library may highlight it. */
  readonly currentIssueId: string | null;
}

/** Props of `screens/versions/VersionsScreen.tsx`. Root: data-testid="screen-versions". */
export interface VersionsScreenProps {
  /** The issue whose timeline is shown; null when no issue is open (show a hint instead). */
  readonly issueId: string | null;
  /**
   * Call after `versions.restore` succeeded: the app reloads the issue in Proofread (its head
   * is now the restored text) and shows that screen.
   */
  readonly onRestored: (issueId: string) => void;
}

/** Props of `screens/export/ExportDialog.tsx`, a modal. Root: data-testid="export-dialog". */
export interface ExportDialogProps {
  readonly issueId: string;
  /** The version to preselect: the head the editor is proofreading, or null for the latest. */
  readonly versionId: string | null;
  /** Closes the dialog (after an export, Cancel or Escape). */
  readonly onClose: () => void;
}

/** Props of `screens/settings/SettingsScreen.tsx`. Root: data-testid="screen-settings". */
export interface SettingsScreenProps {
  /** The settings as loaded at start-up (and after every change). */
  readonly settings: Settings;
  /**
   * Call with the stored settings returned by `settings.set`: the app switches the interface
   * language and re-analyses the open issue with the detectors that are on.
   */
  readonly onChanged: (settings: Settings) => void;
}

/** Props of `screens/rules/RulesScreen.tsx`. Root: data-testid="screen-rules". */
export interface RulesScreenProps {
  /** The issue open in Proofread (rules are tried against its latest version), or null. */
  readonly issueId: string | null;
  /** Call after the rule lists changed (saved, deleted, imported): the open issue is re-analysed. */
  readonly onRulesChanged: () => void;
}

/**
 * The app: which screen shows, which issue is open, and the export dialog. Everything else lives
 * in the screens. The Proofread screen stays mounted while another screen shows, so its editor,
 * undo history and unsaved edits survive a look at the library or the versions.
 */
import { useCallback, useState } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MenuBar } from '../components/MenuBar';
import { ScreenTabs } from '../components/ScreenTabs';
import { ArchiveSourceProvider } from '../screens/archive/archive-source';
import { ExportDialog } from '../screens/export/ExportDialog';
import { ShortcutSheet } from '../components/ShortcutSheet';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { ProofreadScreen } from '../screens/proofread/ProofreadScreen';
import { RulesScreen } from '../screens/rules/RulesScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { VersionsScreen } from '../screens/versions/VersionsScreen';
import { MENUS } from './menus';
import type { ScreenId } from './screens';
import { useAppCommands } from './use-app-commands';
import { useRecoveryNotice } from './use-recovery-notice';
import { usePrintProof } from './use-print-proof';
import { useAppSettings } from './use-settings';

/** The open issue; `load` changes whenever it must be read again from the workspace. */
interface OpenIssue {
  readonly id: string;
  readonly load: number;
}

/** The whole app: menu bar, the current screen, the export dialog. */
export function App() {
  const { settings, setLocale, adopt, zoom } = useAppSettings();
  const [shortcuts, setShortcuts] = useState(false);
  useRecoveryNotice();
  const [screen, setScreen] = useState<ScreenId>('library');
  const [issue, setIssue] = useState<OpenIssue | null>(null);
  const [head, setHead] = useState<string | null>(null);
  const [importRequest, setImportRequest] = useState(0);
  const [exporting, setExporting] = useState(false);
  // Counts changes to the workspace's rules and boilerplate marks (the open issue's analysis
  // depends on them); shown on the root for tests as data-editorial.
  const [editorial, setEditorial] = useState(0);
  const editorialChanged = useCallback(() => setEditorial((n) => n + 1), []);

  const openIssue = useCallback((id: string) => {
    setIssue((current) => (current?.id === id ? current : { id, load: (current?.load ?? 0) + 1 }));
    setScreen('proofread');
  }, []);
  const reloadIssue = useCallback((id: string) => {
    setIssue((current) => ({ id, load: (current?.load ?? 0) + 1 }));
    setScreen('proofread');
  }, []);
  const requestImport = useCallback(() => {
    setScreen('library');
    setImportRequest((n) => n + 1);
  }, []);

  const printProof = usePrintProof(issue?.id ?? null, head);
  useAppCommands({
    show: setScreen,
    requestImport,
    openExport: issue ? () => setExporting(true) : undefined,
    setLocale,
    zoom,
    showShortcuts: () => setShortcuts(true),
    printProof,
  });

  return (
    <div className="app" data-testid="app" data-screen={screen} data-editorial={editorial}>
      <MenuBar menus={MENUS}>
        <ScreenTabs current={screen} onSelect={setScreen} />
        <LanguageSwitch onChange={setLocale} />
      </MenuBar>
      <main className="app__main">
        <ArchiveSourceProvider issueId={issue?.id ?? null} onMarked={editorialChanged}>
          <ProofreadScreen
            issueId={issue?.id ?? null}
            load={issue?.load ?? 0}
            active={screen === 'proofread'}
            disabledKinds={settings.disabledKinds}
            editorial={editorial}
            onHeadChanged={setHead}
            onShowLibrary={() => setScreen('library')}
          />
        </ArchiveSourceProvider>
        {screen === 'library' && (
          <LibraryScreen
            onOpenIssue={openIssue}
            importRequest={importRequest}
            currentIssueId={issue?.id ?? null}
          />
        )}
        {screen === 'versions' && (
          <VersionsScreen issueId={issue?.id ?? null} onRestored={reloadIssue} />
        )}
        {screen === 'rules' && (
          <RulesScreen issueId={issue?.id ?? null} onRulesChanged={editorialChanged} />
        )}
        {screen === 'settings' && <SettingsScreen settings={settings} onChanged={adopt} />}
      </main>
      {shortcuts && <ShortcutSheet onClose={() => setShortcuts(false)} />}
      {exporting && issue && (
        <ExportDialog issueId={issue.id} versionId={head} onClose={() => setExporting(false)} />
      )}
    </div>
  );
}

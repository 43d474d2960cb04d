/** Tabs for the main screens, beside the menus; each tooltip shows the screen's shortcut. */
import { useTranslation } from 'react-i18next';
import type { ScreenId } from '../app/screens';
import type { CommandId } from '../keyboard/commands';
import { useCommandTitle } from '../keyboard/hooks';

const TABS: readonly { screen: ScreenId; command: CommandId }[] = [
  { screen: 'library', command: 'view.library' },
  { screen: 'proofread', command: 'view.proofread' },
  { screen: 'versions', command: 'view.versions' },
  { screen: 'rules', command: 'view.rules' },
];

/** Props of the screen tabs. */
export interface ScreenTabsProps {
  readonly current: ScreenId;
  readonly onSelect: (screen: ScreenId) => void;
}

/** One tab per main screen; the current one is selected. */
export function ScreenTabs({ current, onSelect }: ScreenTabsProps) {
  const { t } = useTranslation();
  const title = useCommandTitle();
  return (
    <div className="tabs" role="tablist" aria-label={t('menu.view')}>
      {TABS.map(({ screen, command }) => (
        <button
          key={screen}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={screen === current}
          title={title(command)}
          data-testid={`nav-${screen}`}
          onClick={() => onSelect(screen)}
        >
          {t(`screen.${screen}`)}
        </button>
      ))}
    </div>
  );
}

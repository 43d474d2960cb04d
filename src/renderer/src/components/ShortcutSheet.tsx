/**
 * F1: every shortcut on one sheet — the menus' commands with all their bindings on this platform,
 * then the keys each screen adds of its own. Escape closes it.
 */
import { useTranslation } from 'react-i18next';
import { MENUS } from '../app/menus';
import { bindingsOf, type CommandId } from '../keyboard/commands';
import { formatBinding, IS_MAC } from '../keyboard/keys';
import { Dialog } from './Dialog';

/** Keys a screen handles itself (not app commands): the keys as shown, and the string's key. */
const LOCAL_KEYS: readonly {
  readonly screen: 'library' | 'proofread' | 'versions' | 'rules' | 'dialogs';
  readonly keys: readonly string[];
}[] = [
  { screen: 'library', keys: ['/', 'F2', 'Enter', 'Delete', IS_MAC ? '⌘I' : 'Ctrl+I'] },
  { screen: 'proofread', keys: ['↑ ↓', 'Tab'] },
  { screen: 'versions', keys: ['↑ ↓', 'A', 'B', 'Enter', 'R'] },
  { screen: 'rules', keys: ['Alt+N', IS_MAC ? '⌘Enter' : 'Ctrl+Enter'] },
  { screen: 'dialogs', keys: ['Enter', 'Esc'] },
];

/** The sheet of every shortcut (data-testid="shortcut-sheet"). */
export function ShortcutSheet({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const keysOf = (id: CommandId) =>
    bindingsOf(id, IS_MAC)
      .map((b) => formatBinding(b))
      .join(' / ');
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcut-sheet">
      <div className="shortcut-sheet" tabIndex={0}>
        {MENUS.map((menu) => (
          <section key={menu.id} className="shortcut-sheet__group">
            <h3>{t(`menu.${menu.id}`)}</h3>
            <dl>
              {menu.items
                .filter((item): item is CommandId => item !== '-' && keysOf(item) !== '')
                .map((id) => (
                  <div key={id} className="shortcut-sheet__row" data-testid="shortcut-row">
                    <dt>{t(`command.${id}`)}</dt>
                    <dd className="is-mono">{keysOf(id)}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
        {LOCAL_KEYS.map(({ screen, keys }) => {
          const labels: readonly string[] = t(`shortcuts.local.${screen}.keys`, {
            returnObjects: true,
          });
          return (
            <section key={screen} className="shortcut-sheet__group">
              <h3>{t(`shortcuts.local.${screen}.title`)}</h3>
              <dl>
                {keys.map((key, i) => (
                  <div key={key} className="shortcut-sheet__row" data-testid="shortcut-row">
                    <dt>{labels[i]}</dt>
                    <dd className="is-mono">{key}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" data-testid="shortcut-close" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
    </Dialog>
  );
}

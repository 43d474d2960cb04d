/**
 * The in-page menu bar (File, Edit, View, Findings). Every item names its command and shows its
 * shortcut; items no mounted screen handles are greyed out. Keyboard: F10 or Alt focuses the bar,
 * ←/→ move between menus, ↓/Enter opens one, Escape closes it.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuModel } from '../app/menus';
import { useServices } from '../app/services';
import { MenuDropdown } from './MenuDropdown';

/** Props of the menu bar. */
export interface MenuBarProps {
  readonly menus: readonly MenuModel[];
  /** Shown at the right end of the bar (screen tabs, language switch). */
  readonly children?: ReactNode;
}

/** The menu bar with its menus and, at its end, `children`. */
export function MenuBar({ menus, children }: MenuBarProps) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const [open, setOpen] = useState<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const nav = useRef<HTMLElement>(null);
  /** Where the focus was before it entered the bar; it goes back there when the bar is left. */
  const returnTo = useRef<HTMLElement | null>(null);

  const remember = () => {
    const current = document.activeElement;
    if (current instanceof HTMLElement && !nav.current?.contains(current))
      returnTo.current = current;
  };
  const leave = () => {
    setOpen(null);
    const target = returnTo.current;
    if (target?.isConnected) target.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  };

  useEffect(() => {
    let altAlone = false;
    const down = (e: globalThis.KeyboardEvent) => {
      altAlone = e.key === 'Alt' && !e.ctrlKey && !e.shiftKey && !e.metaKey;
      if (e.key === 'F10' && !e.shiftKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        remember();
        buttons.current[0]?.focus();
      }
    };
    const up = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Alt' && altAlone) {
        e.preventDefault();
        remember();
        buttons.current[0]?.focus();
      }
      altAlone = false;
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);

  const move = (from: number, delta: number, keepOpen: boolean) => {
    const next = (from + delta + menus.length) % menus.length;
    buttons.current[next]?.focus();
    if (keepOpen) setOpen(next);
  };

  const onButtonKey = (index: number) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowRight') move(index, 1, open !== null);
    else if (e.key === 'ArrowLeft') move(index, -1, open !== null);
    else if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') setOpen(index);
    else if (e.key === 'Escape') leave();
    else return;
    e.preventDefault();
  };

  const close = (then: 'button' | 'return' | 'stay') => {
    const index = open;
    if (then === 'return') return leave();
    setOpen(null);
    if (then === 'button' && index !== null) buttons.current[index]?.focus();
  };

  return (
    <nav ref={nav} className="menubar" aria-label={t('menu.label')} data-testid="menubar">
      <span className="menubar__brand">{t('app.title')}</span>
      <ul className="menubar__menus" role="menubar">
        {menus.map((menu, index) => (
          <li key={menu.id} className="menubar__menu" role="none">
            <button
              ref={(el) => {
                buttons.current[index] = el;
              }}
              type="button"
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={open === index}
              className={`menubar__button${open === index ? ' menubar__button--open' : ''}`}
              data-testid={`menu-${menu.id}`}
              onMouseDown={remember}
              onClick={() => setOpen(open === index ? null : index)}
              onMouseEnter={() => open !== null && setOpen(index)}
              onKeyDown={onButtonKey(index)}
            >
              {t(`menu.${menu.id}`)}
            </button>
            {open === index && (
              <MenuDropdown
                menu={menu}
                commands={commands}
                onClose={close}
                onMove={(delta) => move(index, delta, true)}
              />
            )}
          </li>
        ))}
      </ul>
      <div className="menubar__end">{children}</div>
    </nav>
  );
}

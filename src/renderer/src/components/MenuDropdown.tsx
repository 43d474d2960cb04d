/** One open menu: its items with shortcuts; ↑/↓ move, Enter runs, Escape closes, ←/→ switch menus. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuModel } from '../app/menus';
import type { CommandId } from '../keyboard/commands';
import type { CommandRegistry } from '../keyboard/registry';

/** Props of one open menu. */
export interface MenuDropdownProps {
  readonly menu: MenuModel;
  readonly commands: CommandRegistry;
  /**
   * Closes the menu, then puts the focus on its button (`button`), back where it was before the
   * menu bar (`return`), or leaves it (`stay`, a click elsewhere).
   */
  readonly onClose: (then: 'button' | 'return' | 'stay') => void;
  /** Opens the neighbouring menu (-1 left, +1 right). */
  readonly onMove: (delta: number) => void;
}

/** The open menu `menu`, focused on its first enabled item. */
export function MenuDropdown({ menu, commands, onClose, onMove }: MenuDropdownProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLUListElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const outside = (e: MouseEvent) => {
      const root = ref.current?.parentElement;
      if (root && !root.contains(e.target as Node)) close.current('stay');
    };
    window.addEventListener('mousedown', outside);
    return () => window.removeEventListener('mousedown', outside);
  }, []);

  const run = (id: CommandId) => {
    onClose('return');
    // Let the menu close (and focus settle) before the command moves focus somewhere else.
    requestAnimationFrame(() => commands.run(id));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [
      ...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'ArrowRight') onMove(1);
    else if (e.key === 'ArrowLeft') onMove(-1);
    else if (e.key === 'Escape') onClose('button');
    else if (e.key === 'Tab') onClose('return');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <ul
      ref={ref}
      className="menu"
      role="menu"
      aria-label={t(`menu.${menu.id}`)}
      data-testid={`menu-${menu.id}-items`}
      onKeyDown={onKeyDown}
    >
      {menu.items.map((item, i) =>
        item === '-' ? (
          <li key={`sep-${i}`} role="separator" className="menu__separator" />
        ) : (
          <li key={item} role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={!commands.has(item)}
              data-testid={`menuitem-${item}`}
              onClick={() => run(item)}
            >
              <span className="menu__label">{t(`command.${item}`)}</span>
              <kbd className="menu__keys">{commands.shortcut(item)}</kbd>
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

/**
 * Key bindings in CodeMirror's notation ("Mod-s", "Shift-F8", "Alt-Enter", "Mod-Shift-z"):
 * canonical form, the binding a keyboard event stands for, and how a binding is shown.
 * `Mod` is Cmd on macOS and Ctrl elsewhere.
 */

/** True on macOS, where `Mod` means Cmd and shortcuts show as symbols. */
export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iP(hone|[ao]d)/.test(navigator.platform);

/** The parts of a KeyboardEvent a binding depends on. */
export interface KeyEventLike {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
}

const MODIFIER_ORDER = ['Alt', 'Ctrl', 'Meta', 'Shift'] as const;

/** A binding in canonical form: `Mod` resolved, modifiers in a fixed order, key lowercased. */
export function canonicalBinding(binding: string, mac = IS_MAC): string {
  const parts = binding.split(/-(?!$)/);
  const key = parts.pop() ?? '';
  const mods = new Set<string>();
  for (const part of parts) {
    if (part === 'Mod') mods.add(mac ? 'Meta' : 'Ctrl');
    else if (part === 'Cmd') mods.add('Meta');
    else if (part === 'Control') mods.add('Ctrl');
    else mods.add(part);
  }
  const name = key.length === 1 ? key.toLowerCase() : key;
  return [...MODIFIER_ORDER.filter((m) => mods.has(m)), name].join('-');
}

function keyName(event: KeyEventLike): string | null {
  const { key, code } = event;
  if (key === 'Control' || key === 'Shift' || key === 'Alt' || key === 'Meta') return null;
  if (key.length === 1 && /^[a-z0-9]$/i.test(key) && !event.altKey) return key.toLowerCase();
  // Shift or Alt changed the character (Shift-1 is "!"): fall back to the physical key.
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (key.length === 1) return key.toLowerCase();
  return key;
}

/** The canonical binding `event` stands for, or null for a bare modifier key. */
export function bindingOfEvent(event: KeyEventLike): string | null {
  const name = keyName(event);
  if (name === null) return null;
  const mods = [
    event.altKey && 'Alt',
    event.ctrlKey && 'Ctrl',
    event.metaKey && 'Meta',
    event.shiftKey && 'Shift',
  ].filter(Boolean);
  return [...mods, name].join('-');
}

const MAC_SYMBOLS: Record<string, string> = { Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Meta: '⌘' };
const KEY_LABELS: Record<string, string> = {
  Enter: 'Enter',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

/** How a binding is shown in menus and tooltips: "Ctrl+Shift+Z" (or "⇧⌘Z" on macOS). */
export function formatBinding(binding: string, mac = IS_MAC): string {
  const parts = canonicalBinding(binding, mac).split(/-(?!$)/);
  const key = parts.pop() ?? '';
  const label = KEY_LABELS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (mac) return parts.map((m) => MAC_SYMBOLS[m] ?? m).join('') + label;
  return [...parts, label].join('+');
}

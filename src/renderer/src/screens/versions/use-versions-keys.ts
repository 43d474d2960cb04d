/**
 * The versions screen's own keys, wherever the focus is on that screen (not in a field or a
 * dialog): Alt+↓ / N next change, Alt+↑ / P previous change, I switches side by side / inline.
 */
import { useEffect, useRef } from 'react';
import { IS_MAC } from '../../keyboard/keys';

export const NEXT_KEY_LABEL = IS_MAC ? '⌥↓' : 'Alt+↓';
export const PREVIOUS_KEY_LABEL = IS_MAC ? '⌥↑' : 'Alt+↑';

export interface VersionsKeyActions {
  readonly step: (direction: 1 | -1) => void;
  readonly toggleMode: () => void;
}

function inFieldOrDialog(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.closest('[role="dialog"]') !== null ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  );
}

export function useVersionsKeys(actions: VersionsKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || inFieldOrDialog(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      const { step, toggleMode } = latest.current;
      if (event.altKey && event.key === 'ArrowDown') step(1);
      else if (event.altKey && event.key === 'ArrowUp') step(-1);
      else if (event.altKey) return;
      else if (event.code === 'KeyN') step(1);
      else if (event.code === 'KeyP') step(-1);
      else if (event.code === 'KeyI') toggleMode();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

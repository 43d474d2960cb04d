/**
 * On entering a screen, the keyboard lands in its main control (the library's table, the
 * versions timeline, the first setting), so an editor can go on without the mouse. Done once,
 * when the control first exists, and only if the focus is not already inside the screen.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useEntryFocus(
  root: RefObject<HTMLElement | null>,
  selector: string,
  ready: boolean,
): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !ready || !root.current) return;
    done.current = true;
    if (root.current.contains(document.activeElement)) return;
    if (document.querySelector('[aria-modal="true"]')) return;
    root.current.querySelector<HTMLElement>(selector)?.focus();
  }, [root, selector, ready]);
}

/**
 * The Rules screen's own keys while it shows: "/" jumps to the search box (outside text
 * fields), Alt+N starts a new rule, Alt+T tries the rule in the form. Dialogs keep their keys.
 */
import { useEffect, useRef } from 'react';

/** What the keys do. */
export interface RulesKeyActions {
  readonly focusSearch: () => void;
  readonly newRule: () => void;
  readonly testRule: () => void;
}

function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Listens for the screen's keys while the calling component is mounted. */
export function useRulesKeys(actions: RulesKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const plainAlt = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (plainAlt && event.code === 'KeyN') latest.current.newRule();
      else if (plainAlt && event.code === 'KeyT') latest.current.testRule();
      else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !inField(event.target)) {
        latest.current.focusSearch();
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * The library's own keys, wherever the focus is on that screen: "/" jumps to the search box,
 * F2 edits the selected issue's details and Ctrl+I (⌘I) imports. Ctrl+O is the app-wide File › Import command and reaches the library
 * through its `importRequest` prop. Keys typed into a field or a dialog are left alone.
 */
import { useEffect, useRef } from 'react';
import { IS_MAC } from '../../keyboard/keys';

function inFieldOrDialog(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[role="dialog"]')) return true;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  );
}

export interface LibraryKeyActions {
  readonly focusSearch: () => void;
  readonly importFiles: () => void;
  /** F2: edit the selected issue's details. */
  readonly editDetails: () => void;
}

/** The binding shown for the library's own import key. */
export const IMPORT_KEY_LABEL = IS_MAC ? '⌘I' : 'Ctrl+I';

export function useLibraryKeys(actions: LibraryKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const mod = IS_MAC ? event.metaKey : event.ctrlKey;
      if (mod && !event.altKey && !event.shiftKey && event.code === 'KeyI') {
        event.preventDefault();
        latest.current.importFiles();
      } else if (event.key === 'F2' && !mod && !event.altKey && !inFieldOrDialog(event.target)) {
        event.preventDefault();
        latest.current.editDetails();
      } else if (event.key === '/' && !mod && !event.altKey && !inFieldOrDialog(event.target)) {
        event.preventDefault();
        latest.current.focusSearch();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Files dragged over the window while the library shows: an overlay while they hover, and the
 * dropped files handed to `onDrop`. Listening on the window (not one element) means a drop
 * anywhere imports, and the browser never navigates to a dropped file.
 */
import { useEffect, useRef, useState } from 'react';

/** What is being dragged over the window: files (their count when the browser tells), or null. */
export interface DragState {
  /** Items being dragged; 0 when the browser does not say before the drop. */
  readonly count: number;
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function useFileDrop(onDrop: (files: File[]) => void, enabled = true): DragState | null {
  const [drag, setDrag] = useState<DragState | null>(null);
  const latest = useRef(onDrop);
  useEffect(() => {
    latest.current = onDrop;
  });

  useEffect(() => {
    if (!enabled) return;
    // dragenter/dragleave fire for every child crossed; count them to know when we left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDrag({ count: event.dataTransfer?.items.length ?? 0 });
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDrag(null);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDrag(null);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) latest.current(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [enabled]);

  return drag;
}

/**
 * Which earlier copy of an archive repeat is open beside the text: one at a time, for the whole
 * app. `ArchiveSourceProvider` (mounted by the app) holds it; the findings panel's button
 * (`ArchiveSourceButton`) opens it and `ArchiveSourceSlot`, placed beside the editor, draws it.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { FindingSource } from '../../../../core/finding';
import { ArchiveSourcePanel } from './ArchiveSourcePanel';

/** The earlier copy to show, and the finding (by id) that points at it. */
export interface OpenSource {
  readonly findingId: string;
  readonly source: FindingSource;
  /** Rejects that finding in the open issue. */
  readonly reject: () => void;
}

/** What the button and the slot need: the copy open now, and a way to open or close one. */
export interface ArchiveSourceControl {
  readonly open: OpenSource | null;
  readonly show: (open: OpenSource | null) => void;
  /** Rejects the finding that opened the panel, closes it, and tells the app. */
  readonly marked: () => void;
}

const ArchiveSourceContext = createContext<ArchiveSourceControl | null>(null);

/** Props of the provider. */
export interface ArchiveSourceProviderProps {
  /** The issue being proofread; the panel closes when it changes. */
  readonly issueId: string | null;
  /**
   * Called after a paragraph was marked as boilerplate (later analyses no longer flag it; the
   * finding that opened the panel is rejected and the panel closes).
   */
  readonly onMarked: () => void;
  readonly children: ReactNode;
}

/** Holds the open earlier copy for the slot beside the editor. */
export function ArchiveSourceProvider({ issueId, onMarked, children }: ArchiveSourceProviderProps) {
  const [open, setOpen] = useState<OpenSource | null>(null);
  useEffect(() => setOpen(null), [issueId]);
  const show = useCallback((next: OpenSource | null) => setOpen(next), []);
  const marked = useCallback(() => {
    open?.reject();
    setOpen(null);
    onMarked();
  }, [open, onMarked]);
  const control = useMemo(() => ({ open, show, marked }), [open, show, marked]);
  return <ArchiveSourceContext.Provider value={control}>{children}</ArchiveSourceContext.Provider>;
}

/** Draws the open earlier copy (nothing when none is open); place it beside the editor. */
export function ArchiveSourceSlot() {
  const control = useContext(ArchiveSourceContext);
  const open = control?.open;
  if (!control || !open) return null;
  return (
    <ArchiveSourcePanel
      key={`${open.findingId}:${open.source.issueId}:${open.source.paragraph}`}
      source={open.source}
      onClose={() => control.show(null)}
      onMarked={control.marked}
    />
  );
}

/** The app's open earlier copy; null outside ArchiveSourceProvider (the button then hides). */
export function useArchiveSource(): ArchiveSourceControl | null {
  return useContext(ArchiveSourceContext);
}

/**
 * Which earlier copy of an archive repeat is open beside the text: one at a time, for the whole
 * app. `ArchiveSourceProvider` (mounted by the app) holds it and draws the panel; the findings
 * panel's button (`ArchiveSourceButton`) opens it through `useArchiveSource`.
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
}

/** What the button needs: the copy open now, and a way to open or close one. */
export interface ArchiveSourceControl {
  readonly open: OpenSource | null;
  readonly show: (open: OpenSource | null) => void;
}

const ArchiveSourceContext = createContext<ArchiveSourceControl | null>(null);

/** Props of the provider. */
export interface ArchiveSourceProviderProps {
  /** The issue being proofread; the panel closes when it changes. */
  readonly issueId: string | null;
  /** False while another screen shows: the panel hides (and stays open for the way back). */
  readonly visible: boolean;
  /** Called after a paragraph was marked as boilerplate (the open issue's repeats change). */
  readonly onMarked: () => void;
  readonly children: ReactNode;
}

/** Holds the open earlier copy and draws its panel over the right side of the screen. */
export function ArchiveSourceProvider({
  issueId,
  visible,
  onMarked,
  children,
}: ArchiveSourceProviderProps) {
  const [open, setOpen] = useState<OpenSource | null>(null);
  useEffect(() => setOpen(null), [issueId]);
  const show = useCallback((next: OpenSource | null) => setOpen(next), []);
  const control = useMemo(() => ({ open, show }), [open, show]);
  return (
    <ArchiveSourceContext.Provider value={control}>
      {children}
      {open && visible && (
        <ArchiveSourcePanel
          key={`${open.findingId}:${open.source.issueId}:${open.source.paragraph}`}
          source={open.source}
          onClose={() => setOpen(null)}
          onMarked={onMarked}
        />
      )}
    </ArchiveSourceContext.Provider>
  );
}

/** The app's open earlier copy; null outside ArchiveSourceProvider (the button then hides). */
export function useArchiveSource(): ArchiveSourceControl | null {
  return useContext(ArchiveSourceContext);
}

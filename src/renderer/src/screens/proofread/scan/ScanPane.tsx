/**
 * The page scan beside the working text (Ctrl+Shift+P): the scan the workspace keeps for an issue
 * imported from ALTO, PAGE-XML or hOCR, with the word at the cursor, the current finding and the
 * find panel's hits framed. A scan dropped onto the pane, or chosen in the dialog its button
 * opens, becomes the issue's scan.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geometryFor } from '../../../../../core/geometry/map-geometry';
import type { PageView } from '../../../../../shared/contract';
import { sentenceOf, unwrap } from '../../../api';
import { useServices } from '../../../app/services';
import { Progress } from '../../../components/Progress';
import { currentLocale } from '../../../i18n';
import type { ProofreadSession } from '../session';
import { ScanView } from './ScanView';
import { useCursor } from './use-cursor';

/** Props of the scan pane. */
export interface ScanPaneProps {
  readonly session: ProofreadSession;
  /** Changes with every edit (the geometry is mapped to the working text again). */
  readonly docVersion: number;
  /** The current finding's id (its words are framed). */
  readonly activeId: string | null;
}

type Loaded = { view: PageView | null; image: string | null; original: string };

/** The scan pane (data-testid="scan-pane"). */
export function ScanPane({ session, docVersion, activeId }: ScanPaneProps) {
  const { t, i18n } = useTranslation('proofread');
  const { api, toasts } = useServices();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reload, setReload] = useState(0);
  const cursor = useCursor(session.view);

  useEffect(() => {
    let live = true;
    const issueId = session.issueId;
    (async () => {
      // Asked together: the scan (a large one as its screen copy first) need not wait for the
      // geometry; an issue without a scan answers null.
      const [view, original, scan] = await Promise.all([
        unwrap(api.pages.view({ issueId })),
        session.original(),
        unwrap(api.pages.scan({ issueId, preview: true })),
      ]);
      const image = scan ? `data:${scan.type};base64,${scan.base64}` : null;
      if (!live) return;
      setLoaded({ view, image, original });
      if (!scan || !view?.scan || scan.width >= view.scan.width) return;
      const full = await unwrap(api.pages.scan({ issueId }));
      if (live && full) {
        const detail = `data:${full.type};base64,${full.base64}`;
        await decoded(detail);
        if (live) setLoaded({ view, image: detail, original });
      }
    })().catch((error: unknown) => {
      if (live) toasts.push('error', sentenceOf(error, currentLocale(i18n)));
    });
    return () => {
      live = false;
    };
  }, [api, session, reload, toasts, i18n]);

  const geometry = useMemo(() => {
    if (!loaded?.view) return null;
    return geometryFor(loaded.view.geometry, loaded.original, session.view.state.doc.toString());
    // docVersion: the working text changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, session, docVersion]);

  const onDrop = async (event: React.DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const file = event.dataTransfer.files[0];
    if (!file) return;
    try {
      const base64 = await toBase64(file);
      await unwrap(api.pages.attachScan({ issueId: session.issueId, name: file.name, base64 }));
      setReload((n) => n + 1);
    } catch (error) {
      toasts.push('error', sentenceOf(error, currentLocale(i18n)));
    }
  };

  const onChoose = async () => {
    try {
      const chosen = await unwrap(api.pages.chooseScan({ issueId: session.issueId }));
      if (chosen) setReload((n) => n + 1);
    } catch (error) {
      toasts.push('error', sentenceOf(error, currentLocale(i18n)));
    }
  };

  const label = t('scan.label');
  return (
    <section
      className="scan-pane"
      aria-label={label}
      data-testid="scan-pane"
      data-scan={loaded ? (loaded.image ? 'shown' : 'none') : 'loading'}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => void onDrop(event)}
    >
      <header className="pane-title scan-pane__title">
        <span>{t('scan.title')}</span>
        {loaded?.view && (
          <button
            type="button"
            className="button button--small"
            title={t('scan.chooseTitle')}
            data-testid="scan-choose"
            onClick={() => void onChoose()}
          >
            {t('scan.choose')}
          </button>
        )}
      </header>
      {!loaded && <Progress compact testId="scan-loading" />}
      {loaded && !loaded.view && <p className="scan-pane__note">{t('scan.noCoordinates')}</p>}
      {loaded?.view && !loaded.image && <p className="scan-pane__note">{t('scan.noScan')}</p>}
      {loaded?.view && loaded.image && geometry && (
        <ScanView
          session={session}
          image={loaded.image}
          geometry={geometry}
          width={loaded.view.geometry.pages[0]?.width ?? loaded.view.scan?.width ?? 1}
          height={loaded.view.geometry.pages[0]?.height ?? loaded.view.scan?.height ?? 1}
          cursor={cursor.head}
          effects={cursor.effects}
          activeId={activeId}
          docVersion={docVersion}
        />
      )}
    </section>
  );
}

/** Resolves once the image at `url` is decoded, so swapping it in shows no blank frame. */
function decoded(url: string): Promise<void> {
  const image = new Image();
  image.src = url;
  return image.decode().catch(() => undefined);
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

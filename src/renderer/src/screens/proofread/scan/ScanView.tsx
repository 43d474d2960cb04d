/**
 * The scan itself: fit to width, zoom (buttons, Ctrl+wheel, + − 0) and pan (drag, arrow keys),
 * the framed boxes drawn over it in page pixels, a click on a word putting the cursor there, and
 * the view following the cursor's word as the editor moves through the text.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wordAtPoint, type PageGeometry } from '../../../../../core/geometry/page-geometry';
import type { ProofreadSession } from '../session';
import { framesOf } from './frames';

export interface ScanViewProps {
  readonly session: ProofreadSession;
  /** A data: URL of the scan. */
  readonly image: string;
  /** Mapped to the working text. */
  readonly geometry: PageGeometry;
  /** The page's size in the geometry's units (image pixels for hOCR and PAGE). */
  readonly width: number;
  readonly height: number;
  readonly cursor: number;
  /** Changes when the editor's state effects change what is framed (a find query). */
  readonly effects: number;
  readonly activeId: string | null;
  readonly docVersion: number;
}

const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3, 4];

export function ScanView(props: ScanViewProps) {
  const { session, geometry, width, height, cursor } = props;
  const { t } = useTranslation('proofread');
  const scroller = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  const drag = useRef<{ x: number; y: number; left: number; top: number; moved: boolean } | null>(
    null,
  );
  const onFirstPage = useMemo(() => {
    const end = geometry.pages[1]?.start ?? Infinity;
    return (word: { start: number }) => word.start < end;
  }, [geometry]);
  const frames = useMemo(
    () => framesOf(session.view.state, geometry, cursor, onFirstPage),
    // activeId, effects and docVersion change what the editor state holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, geometry, cursor, onFirstPage, props.activeId, props.docVersion, props.effects],
  );
  const cursorFrame = frames.find((f) => f.role === 'cursor');

  // Follow the cursor: bring its word into view when it is outside.
  useEffect(() => {
    const box = scroller.current;
    if (!box || !cursorFrame) return;
    const scale = box.scrollWidth / width;
    const [x0, y0, x1, y1] = cursorFrame.box.map((n) => n * scale);
    const { scrollLeft, scrollTop, clientWidth, clientHeight } = box;
    if (y0 < scrollTop || y1 > scrollTop + clientHeight) {
      box.scrollTop = Math.max(0, y0 - clientHeight / 3);
    }
    if (x0 < scrollLeft || x1 > scrollLeft + clientWidth) {
      box.scrollLeft = Math.max(0, x0 - clientWidth / 3);
    }
  }, [cursorFrame, width, zoom]);

  const step = (direction: 1 | -1 | 0) =>
    setZoom((current) => {
      if (direction === 0) return 1;
      const at = ZOOMS.findIndex((z) => z >= current);
      return ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, at + direction))];
    });

  const goTo = (clientX: number, clientY: number) => {
    const surface = scroller.current?.querySelector('.scan-view__page');
    if (!surface) return;
    const rect = surface.getBoundingClientRect();
    const x = ((clientX - rect.left) / rect.width) * width;
    const y = ((clientY - rect.top) / rect.height) * height;
    const word = wordAtPoint(geometry, x, y, Math.max(8, width / 200));
    if (!word) return;
    session.view.dispatch({ selection: { anchor: word.start }, scrollIntoView: true });
    session.focus();
  };

  return (
    <div className="scan-view">
      <div className="scan-view__tools" role="toolbar" aria-label={t('scan.zoom')}>
        <button
          type="button"
          className="button button--ghost"
          data-testid="scan-zoom-out"
          onClick={() => step(-1)}
        >
          −
        </button>
        <button
          type="button"
          className="button button--ghost"
          data-testid="scan-fit"
          onClick={() => step(0)}
        >
          {t('scan.fit')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          data-testid="scan-zoom-in"
          onClick={() => step(1)}
        >
          +
        </button>
        <span className="scan-view__zoom" data-testid="scan-zoom">
          {Math.round(zoom * 100)}%
        </span>
      </div>
      <div
        ref={scroller}
        className="scan-view__scroller"
        tabIndex={0}
        data-testid="scan-scroller"
        aria-label={t('scan.label')}
        onWheel={(event) => {
          if (!event.ctrlKey) return;
          event.preventDefault();
          step(event.deltaY < 0 ? 1 : -1);
        }}
        onKeyDown={(event) => {
          if (event.key === '+' || event.key === '=') step(1);
          else if (event.key === '-') step(-1);
          else if (event.key === '0') step(0);
        }}
        onPointerDown={(event) => {
          const box = scroller.current;
          if (!box) return;
          drag.current = {
            x: event.clientX,
            y: event.clientY,
            left: box.scrollLeft,
            top: box.scrollTop,
            moved: false,
          };
        }}
        onPointerMove={(event) => {
          const state = drag.current;
          const box = scroller.current;
          if (!state || !box || event.buttons === 0) return;
          const dx = event.clientX - state.x;
          const dy = event.clientY - state.y;
          if (Math.abs(dx) + Math.abs(dy) > 4) state.moved = true;
          box.scrollLeft = state.left - dx;
          box.scrollTop = state.top - dy;
        }}
        onPointerUp={(event) => {
          const state = drag.current;
          drag.current = null;
          if (state && !state.moved) goTo(event.clientX, event.clientY);
        }}
      >
        <div className="scan-view__page" style={{ width: `${zoom * 100}%` }}>
          <img src={props.image} alt={t('scan.label')} draggable={false} data-testid="scan-image" />
          <svg
            className="scan-view__frames"
            viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            {frames.map((frame, n) => (
              <rect
                key={`${frame.role}-${frame.start}-${n}`}
                className={`scan-frame scan-frame--${frame.role}`}
                data-testid={`scan-frame-${frame.role}`}
                data-start={frame.start}
                x={frame.box[0]}
                y={frame.box[1]}
                width={Math.max(1, frame.box[2] - frame.box[0])}
                height={Math.max(1, frame.box[3] - frame.box[1])}
              />
            ))}
          </svg>
        </div>
      </div>
    </div>
  );
}

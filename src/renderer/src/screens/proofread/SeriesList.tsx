/**
 * The misreadings as series (series.ts): "tho → the · 266 ×", each series accepted whole
 * (through the batch preview) or opened to decide place by place, least sure OCR words first,
 * and "这个词是对的" / "This word is correct", which adds the form to the workspace's protected
 * terms so the engine never flags it again. Root: data-testid="misreading-series".
 */
import type { Text } from '@codemirror/state';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Locale } from '../../../../core/finding';
import type { GeometryWord } from '../../../../core/geometry/page-geometry';
import type { FindingContext } from './context';
import { FindingItem } from './FindingItem';
import type { ItemLabels } from './item-labels';
import type { BatchRequest } from './batch';
import { misreadingSeries, seriesForm, type MisreadingSeries } from './series';
import { ShowMore } from './ShowMore';

/** Series listed at first, and per "show more". */
const FIRST_SERIES = 30;
const MORE_SERIES = 100;

/** Props of the series list. */
export interface SeriesListProps {
  /** The open misreading findings and the text their offsets point into. */
  readonly findings: readonly Finding[];
  readonly text: Text;
  /** The OCR words of that text with their confidences ([] when the file has none). */
  readonly words: readonly GeometryWord[];
  readonly activeId: string | null;
  readonly locale: Locale;
  readonly labels: ItemLabels;
  readonly contextOf: (finding: Finding) => FindingContext;
  readonly onSelect: (id: string) => void;
  readonly onAccept: (id: string) => void;
  readonly onReject: (id: string) => void;
  readonly onBatch: (request: BatchRequest) => void;
  /** Adds the forms to the workspace's protected terms. */
  readonly onCorrect: (forms: readonly string[]) => void;
}

const percent = (confidence: number) => String(Math.round(confidence * 100));

/** The series of the misreadings (see the file comment). */
export function SeriesList(props: SeriesListProps) {
  const { findings, text, words, activeId } = props;
  const { t } = useTranslation('proofread');
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(FIRST_SERIES);
  const series = useMemo(() => misreadingSeries(findings, text, words), [findings, text, words]);
  const activeAt = series.findIndex((s) => s.places.some((p) => p.finding.id === activeId));
  const shown = Math.max(limit, activeAt + 1);

  const toggle = (key: string) =>
    setOpened((keys) => {
      const next = new Set(keys);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <ol className="series" data-testid="misreading-series">
      {series.slice(0, shown).map((s, index) => (
        <SeriesRow
          key={s.key}
          series={s}
          open={opened.has(s.key) || index === activeAt}
          onToggle={() => toggle(s.key)}
          {...props}
        />
      ))}
      {series.length > shown && (
        <ShowMore
          testId="series-more"
          label={t('series.more', { count: Math.min(MORE_SERIES, series.length - shown) })}
          onClick={() => setLimit(shown + MORE_SERIES)}
        />
      )}
    </ol>
  );
}

function SeriesRow(
  props: SeriesListProps & {
    readonly series: MisreadingSeries;
    readonly open: boolean;
    readonly onToggle: () => void;
  },
) {
  const { series, open, text } = props;
  const { t } = useTranslation('proofread');
  const forms = [...new Set(series.places.map((p) => seriesForm(p.finding, text).from))];
  return (
    <li
      className="series__row"
      data-testid="series"
      data-from={series.from}
      data-to={series.to}
      data-count={series.places.length}
    >
      <div className="series__header">
        <button
          type="button"
          className="series__toggle"
          aria-expanded={open}
          aria-label={t('series.toggle', { from: series.from, to: series.to })}
          data-testid="series-toggle"
          onClick={props.onToggle}
        >
          <span className="finding-group__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <del className="finding__removed">{series.from}</del>
          <span aria-hidden="true">→</span>
          <ins className="finding__inserted">{series.to}</ins>
          <span className="series__count" data-testid="series-count">
            {t('series.places', { count: series.places.length })}
          </span>
          {series.lowest !== undefined && (
            <span className="series__lowest" data-testid="series-lowest">
              {t('series.lowest', { percent: percent(series.lowest) })}
            </span>
          )}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          title={t('series.acceptTitle')}
          data-testid="series-accept"
          onClick={() =>
            props.onBatch({ action: 'accept', scope: { kind: 'misreading', series: series.key } })
          }
        >
          {t('series.accept')}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          title={t('series.correctTitle', { form: forms.join('、') })}
          data-testid="series-correct"
          onClick={() => props.onCorrect(forms)}
        >
          {t('series.correct')}
        </button>
      </div>
      {open && (
        <ol className="finding-group__items">
          {series.places.map(({ finding, confidence }) => (
            <FindingItem
              key={finding.id}
              finding={finding}
              context={props.contextOf(finding)}
              active={finding.id === props.activeId}
              locale={props.locale}
              labels={props.labels}
              onSelect={props.onSelect}
              onAccept={props.onAccept}
              onReject={props.onReject}
              note={
                confidence === undefined
                  ? undefined
                  : t('series.confidence', { percent: percent(confidence) })
              }
            />
          ))}
        </ol>
      )}
    </li>
  );
}

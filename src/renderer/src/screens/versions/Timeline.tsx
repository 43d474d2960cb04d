/**
 * The issue's timeline, newest first. The list takes the keyboard: ↑ ↓ Home End move the
 * cursor, A sets the old side (A) of the comparison, B the new side (B), Enter compares the
 * cursor's version with the one before it, R asks to restore it.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../../shared/contract';
import { versionMessage } from '../../../../shared/version-note';
import { currentLocale } from '../../i18n';
import { formatBytes, formatTime } from '../library/format';
import { ORIGIN_GLYPH } from './origin';
import { useRoundName } from './round';

export interface TimelineProps {
  /** Newest first. */
  readonly versions: readonly VersionInfo[];
  readonly cursor: string | null;
  readonly oldId: string | null;
  readonly newId: string | null;
  readonly onCursor: (versionId: string) => void;
  readonly onPick: (side: 'old' | 'new', versionId: string) => void;
  /** Compare `versionId` with the version before it. */
  readonly onCompareWithPrevious: (versionId: string) => void;
  readonly onRestore: (version: VersionInfo) => void;
}

export function Timeline(props: TimelineProps) {
  const { versions, cursor, oldId, newId, onCursor, onPick } = props;
  const { t, i18n } = useTranslation('versions');
  const locale = currentLocale(i18n);
  const roundName = useRoundName();
  const list = useRef<HTMLOListElement>(null);
  const index = versions.findIndex((v) => v.id === cursor);
  const headId = versions[0]?.id;

  useEffect(() => {
    list.current
      ?.querySelector<HTMLElement>('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const at = versions[index];
    const go = (i: number) => onCursor(versions[Math.min(versions.length - 1, Math.max(0, i))].id);
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 'ArrowDown') go(index + 1);
    else if (key === 'ArrowUp') go(index - 1);
    else if (key === 'Home') go(0);
    else if (key === 'End') go(versions.length - 1);
    else if (key === 'a' && at) onPick('old', at.id);
    else if (key === 'b' && at) onPick('new', at.id);
    else if (key === 'Enter' && at) props.onCompareWithPrevious(at.id);
    else if (key === 'r' && at) props.onRestore(at);
    else return;
    event.preventDefault();
  };

  return (
    <ol
      ref={list}
      className="timeline"
      role="listbox"
      tabIndex={0}
      aria-label={t('timeline.label')}
      aria-activedescendant={cursor ? `version-${cursor}` : undefined}
      data-testid="versions-timeline"
      onKeyDown={onKeyDown}
    >
      {versions.map((v) => (
        <li
          key={v.id}
          id={`version-${v.id}`}
          role="option"
          aria-selected={v.id === cursor}
          className={`timeline__item${v.id === oldId ? ' is-old' : ''}${v.id === newId ? ' is-new' : ''}`}
          data-testid="version-row"
          data-version-id={v.id}
          data-number={v.number}
          onClick={() => onCursor(v.id)}
          onDoubleClick={() => props.onCompareWithPrevious(v.id)}
        >
          <span className="timeline__picks">
            {(['old', 'new'] as const).map((side) => (
              <button
                key={side}
                type="button"
                tabIndex={-1}
                className={`pick pick--${side}${(side === 'old' ? oldId : newId) === v.id ? ' is-on' : ''}`}
                aria-pressed={(side === 'old' ? oldId : newId) === v.id}
                title={`${t(`pick.${side}`)}（${side === 'old' ? 'A' : 'B'}）`}
                data-testid={`version-pick-${side}`}
                onClick={(e) => {
                  e.stopPropagation();
                  onPick(side, v.id);
                }}
              >
                {t(side === 'old' ? 'pick.oldShort' : 'pick.newShort')}
              </button>
            ))}
          </span>
          <span className="timeline__main">
            <span className="timeline__line1">
              <span className="timeline__number">v{v.number}</span>
              <span className={`origin origin--${v.origin}`} data-testid="version-origin">
                <span aria-hidden="true">{ORIGIN_GLYPH[v.origin]}</span> {t(`origin.${v.origin}`)}
              </span>
              {v.id === headId && <span className="timeline__head">{t('timeline.head')}</span>}
              {v.round !== undefined && (
                <span className="timeline__round" data-testid="timeline-round">
                  {roundName(v.round)}
                </span>
              )}
              <span className="timeline__message" data-testid="timeline-message">
                {versionMessage(v, locale) || t('timeline.noMessage')}
              </span>
            </span>
            <span className="timeline__line2">
              <span>{v.author || t('timeline.unknownAuthor')}</span>
              <span>{formatTime(v.created, locale)}</span>
              <span>{formatBytes(v.size, locale)}</span>
              <span className={v.findings > 0 ? 'has-findings' : undefined}>
                {t('timeline.findings', { count: v.findings })}
              </span>
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The words every finding item shows (buttons, tooltips, badges), translated once for the whole
 * panel: a long issue lists a few hundred items, and looking the same strings up for each of
 * them cost more than drawing them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Confidence } from '../../../../core/finding';
import { useCommandTitle } from '../../keyboard/hooks';

/** The panel's item strings in the interface language. */
export interface ItemLabels {
  readonly accept: string;
  readonly reject: string;
  /** Tooltips naming the command and its shortcut. */
  readonly acceptTitle: string;
  readonly rejectTitle: string;
  readonly confidence: Readonly<Record<Confidence, string>>;
  /** The tooltip of `count` removed line breaks. */
  readonly lineBreaks: (count: number) => string;
}

/** The item strings, a new object only when the language changes. */
export function useItemLabels(): ItemLabels {
  const { t } = useTranslation('proofread');
  const title = useCommandTitle();
  const acceptTitle = title('findings.accept');
  const rejectTitle = title('findings.reject');
  return useMemo(
    () => ({
      accept: t('item.accept'),
      reject: t('item.reject'),
      acceptTitle,
      rejectTitle,
      confidence: {
        safe: t('confidence.safe', { ns: 'common' }),
        suggest: t('confidence.suggest', { ns: 'common' }),
      },
      lineBreaks: (count: number) => t('item.lineBreaks', { count }),
    }),
    [t, acceptTitle, rejectTitle],
  );
}

/** How a review round is named: 一校, 二校, 三校, then 第 4 校 (Round 1, 2… in English). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A function naming round `n` (1 = 一校) in the interface language. */
export function useRoundName(): (round: number) => string {
  const { t } = useTranslation('versions');
  return useCallback(
    (round: number) => {
      const names: readonly string[] = t('round.names', { returnObjects: true });
      return names[round - 1] ?? t('round.nth', { round: String(round) });
    },
    [t],
  );
}

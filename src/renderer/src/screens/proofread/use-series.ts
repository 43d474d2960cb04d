/**
 * What the misreading series need beyond the findings: the OCR words with their confidences
 * carried to the working text (for ranking), and "this word is correct" (protected terms).
 */
import type { Text } from '@codemirror/state';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geometryFor } from '../../../../core/geometry/map-geometry';
import type { GeometryWord, PageGeometry } from '../../../../core/geometry/page-geometry';
import type { RuleList } from '../../../../core/rules/types';
import { sentenceOf, unwrap } from '../../api';
import { useServices } from '../../app/services';
import { currentLocale } from '../../i18n';
import type { ProofreadSession } from './session';

/**
 * The OCR words of `text` (the working text) with the engine's confidences, carried from the
 * imported text; [] for an issue whose file has no confidences. Read once per issue, when
 * `wanted` (there are misreadings to rank).
 */
export function useOcrWords(
  session: ProofreadSession,
  text: Text,
  wanted: boolean,
): readonly GeometryWord[] {
  const { api } = useServices();
  const [base, setBase] = useState<{ geometry: PageGeometry; original: string } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void (async () => {
      const view = await unwrap(api.pages.view({ issueId: session.issueId }));
      if (!view || !view.geometry.words.some((w) => w.confidence !== undefined)) return;
      const original = await session.original();
      if (live) setBase({ geometry: view.geometry, original });
    })().catch(() => undefined); // without confidences the series keep document order
    return () => {
      live = false;
    };
  }, [api, session, wanted]);
  return useMemo(
    () => (base ? geometryFor(base.geometry, base.original, text.toString()).words : []),
    [base, text],
  );
}

/**
 * "This word is correct": adds each form to the workspace's protected terms (a form already
 * protected is left as it is) and analyses the issue again with them, so none is flagged again.
 */
export function useCorrectForms(session: ProofreadSession): (forms: readonly string[]) => void {
  const { api, toasts } = useServices();
  const { t, i18n } = useTranslation('proofread');
  return useCallback(
    (forms: readonly string[]) => {
      void (async () => {
        let list: RuleList | null = null;
        for (const term of forms) {
          const note = t('series.correctNote');
          const saved = await unwrap(api.rules.save({ kind: 'protected', rule: { term, note } }));
          if (saved.saved) list = saved.rules.list;
        }
        list ??= (await unwrap(api.rules.list({}))).list;
        session.setRules(list);
        toasts.push('success', t('series.protected', { form: forms.join('、') }));
      })().catch((error: unknown) => {
        toasts.push('error', sentenceOf(error, currentLocale(i18n)));
      });
    },
    [api, session, toasts, t, i18n],
  );
}

/**
 * The imported original beside the working text, read-only, with the OCR's low-confidence words
 * underlined (their offsets refer to exactly this text).
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LowConfidenceWord } from '../../../../shared/contract';
import { lowConfidence } from './editor/low-confidence';
import { basicSetup } from './editor/setup';

/** Props of the original's read-only view. */
export interface OriginalPaneProps {
  readonly text: string;
  readonly lowConfidence: readonly LowConfidenceWord[];
}

/** The imported text, read-only (data-testid="original-view"). */
export function OriginalPane({ text, lowConfidence: words }: OriginalPaneProps) {
  const { t } = useTranslation('proofread');
  const host = useRef<HTMLDivElement>(null);
  const label = t('original.label');

  useEffect(() => {
    if (!host.current) return;
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text,
        extensions: [
          basicSetup({ label, testId: 'original-content', readOnly: true }),
          lowConfidence(words),
        ],
      }),
    });
    return () => view.destroy();
  }, [text, words, label]);

  return (
    <section className="original-pane" aria-label={label} data-testid="original-view">
      <header className="pane-title">{t('original.title')}</header>
      <div ref={host} className="original-pane__editor" />
    </section>
  );
}

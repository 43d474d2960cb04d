/**
 * The imported original beside the working text, read-only, with the OCR's low-confidence words
 * underlined (their offsets refer to exactly this text), scrolling with the editor. The text is
 * read from the workspace when the pane first shows, not with the issue.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LowConfidenceWord } from '../../../../shared/contract';
import { sentenceOf } from '../../api';
import { useServices } from '../../app/services';
import { Progress } from '../../components/Progress';
import { currentLocale } from '../../i18n';
import { lowConfidence } from './editor/low-confidence';
import { followScroll } from './follow-scroll';
import { basicSetup } from './editor/setup';

/** Props of the original's read-only view. */
export interface OriginalPaneProps {
  /** Reads the imported text (the session keeps it once read). */
  readonly load: () => Promise<string>;
  readonly lowConfidence: readonly LowConfidenceWord[];
  /** The working text's editor: the original scrolls with it. */
  readonly editor: EditorView;
}

/** The imported text, read-only (data-testid="original-view"). */
export function OriginalPane({ load, lowConfidence: words, editor }: OriginalPaneProps) {
  const { t, i18n } = useTranslation('proofread');
  const { toasts } = useServices();
  const host = useRef<HTMLDivElement>(null);
  const [text, setText] = useState<string | null>(null);
  const label = t('original.label');

  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setText(loaded),
      (error: unknown) => live && toasts.push('error', sentenceOf(error, currentLocale(i18n))),
    );
    return () => {
      live = false;
    };
  }, [load, toasts, i18n]);

  useEffect(() => {
    if (!host.current || text === null) return;
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
    const stop = followScroll(editor, view);
    return () => {
      stop();
      view.destroy();
    };
  }, [text, words, label, editor]);

  return (
    <section className="original-pane" aria-label={label} data-testid="original-view">
      <header className="pane-title">{t('original.title')}</header>
      {text === null && <Progress compact testId="original-loading" />}
      <div ref={host} className="original-pane__editor" />
    </section>
  );
}

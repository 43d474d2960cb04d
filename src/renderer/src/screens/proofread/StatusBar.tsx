/** The status bar: characters, paragraphs, findings left, save state, analysis running. */
import { useTranslation } from 'react-i18next';
import { Progress } from '../../components/Progress';
import type { SessionSnapshot } from './session-snapshot';

/** The status bar under the text (data-testid="statusbar"). */
export function StatusBar({ snapshot }: { readonly snapshot: SessionSnapshot }) {
  const { t, i18n } = useTranslation('proofread');
  const n = (value: number) => value.toLocaleString(i18n.language);
  const save = snapshot.saving ? 'saving' : snapshot.dirty ? 'unsaved' : 'saved';
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="statusbar__item">
        {t('status.characters')} <b data-testid="status-characters">{n(snapshot.characters)}</b>
      </span>
      <span className="statusbar__item">
        {t('status.paragraphs')} <b data-testid="status-paragraphs">{n(snapshot.paragraphs)}</b>
      </span>
      <span className="statusbar__item">
        {t('status.findings')} <b data-testid="status-findings">{n(snapshot.findings.length)}</b>
      </span>
      <span className="statusbar__spacer" />
      {snapshot.analysing && <Progress compact label={t('analysing')} testId="status-analysing" />}
      <span
        className={`statusbar__item statusbar__save statusbar__save--${save}`}
        data-testid="status-save"
        data-state={save}
      >
        {t(`status.${save}`)}
      </span>
    </footer>
  );
}

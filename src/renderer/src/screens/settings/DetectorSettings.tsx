/** One switch per detector kind, with its localized name and what it looks for. */
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, type FindingKind } from '../../../../core/finding';

export interface DetectorSettingsProps {
  readonly disabled: readonly FindingKind[];
  readonly onSwitch: (kind: FindingKind, on: boolean) => void;
  readonly onAllOn: () => void;
}

export function DetectorSettings({ disabled, onSwitch, onAllOn }: DetectorSettingsProps) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const on = FINDING_KINDS.length - disabled.length;
  return (
    <section className="settings-group" aria-labelledby="settings-detectors">
      <header className="settings-group__head">
        <h2 id="settings-detectors">{t('detectors.title')}</h2>
        <span className="settings-group__meta" data-testid="settings-detectors-count">
          {t('detectors.count', { on: String(on), total: String(FINDING_KINDS.length) })}
        </span>
        <button
          type="button"
          className="button button--quiet"
          disabled={disabled.length === 0}
          data-testid="settings-detectors-all"
          onClick={onAllOn}
        >
          {t('detectors.allOn')}
        </button>
      </header>
      <p className="settings-group__hint">{t('detectors.hint')}</p>
      <ul className="detector-list">
        {FINDING_KINDS.map((kind) => {
          const enabled = !disabled.includes(kind);
          return (
            <li key={kind} className={`detector${enabled ? '' : ' is-off'}`}>
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={enabled}
                  aria-checked={enabled}
                  data-testid={`settings-detector-${kind}`}
                  onChange={(e) => onSwitch(kind, e.target.checked)}
                />
                <span className="switch__track" aria-hidden="true" />
                <span className="detector__text">
                  <span className="detector__name">
                    <span className={`kind-dot kind-dot--${kind}`} aria-hidden="true" />
                    {tc(`kind.${kind}`)}
                  </span>
                  <span className="detector__hint">{t(`kindHint.${kind}`)}</span>
                </span>
                <span className="detector__state">
                  {enabled ? t('detectors.on') : t('detectors.off')}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

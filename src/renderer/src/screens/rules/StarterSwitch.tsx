/** The switch of the built-in formulations (the starter list Galley ships). */
import { useTranslation } from 'react-i18next';

/** Props of the starter switch. */
export interface StarterSwitchProps {
  readonly on: boolean;
  /** How many built-in formulations there are. */
  readonly count: number;
  readonly disabled: boolean;
  readonly onChange: (on: boolean) => void;
}

/** A checkbox with its hint, above the formulation list. */
export function StarterSwitch({ on, count, disabled, onChange }: StarterSwitchProps) {
  const { t } = useTranslation('rules');
  return (
    <div className="rules__starter">
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          disabled={disabled}
          data-testid="rules-starter"
          onChange={(e) => onChange(e.target.checked)}
        />
        {t('starter.label', { count })}
      </label>
      <span className="rules__starter-hint">{t('starter.hint')}</span>
    </div>
  );
}

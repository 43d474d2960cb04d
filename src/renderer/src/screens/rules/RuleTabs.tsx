/** The three kinds of rule as tabs with their counts; ←/→ move between them. */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RULE_TABS, type RuleTab } from './model';

/** Props of the rule tabs. */
export interface RuleTabsProps {
  readonly current: RuleTab;
  /** Rows of each tab (for formulations, the built-in ones in force included). */
  readonly counts: Readonly<Record<RuleTab, number>>;
  readonly onSelect: (tab: RuleTab) => void;
}

/** The tab bar above the rule list. */
export function RuleTabs({ current, counts, onSelect }: RuleTabsProps) {
  const { t } = useTranslation('rules');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next =
      RULE_TABS[(RULE_TABS.indexOf(current) + step + RULE_TABS.length) % RULE_TABS.length];
    onSelect(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };
  return (
    <div className="rule-tabs" role="tablist" aria-label={t('title')} onKeyDown={onKeyDown}>
      {RULE_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          className="rule-tabs__tab"
          aria-selected={tab === current}
          tabIndex={tab === current ? 0 : -1}
          data-tab={tab}
          data-testid={`rules-tab-${tab}`}
          onClick={() => onSelect(tab)}
        >
          {t(`tab.${tab}`)}
          <span className="rule-tabs__count">{counts[tab]}</span>
        </button>
      ))}
    </div>
  );
}

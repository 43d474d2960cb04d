/** The Rules screen's header: title, how many rules, import (merge or replace) and export. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of the header. */
export interface RulesHeaderProps {
  /** The workspace's own rules (built-in formulations excluded). */
  readonly total: number;
  readonly writable: boolean;
  readonly busy: boolean;
  readonly onImport: (mode: 'merge' | 'replace') => void;
  readonly onExport: (format: 'csv' | 'json') => void;
}

/** Title, count and the file actions. */
export function RulesHeader({ total, writable, busy, onImport, onExport }: RulesHeaderProps) {
  const { t } = useTranslation('rules');
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  return (
    <header className="rules__header">
      <h1>{t('title')}</h1>
      <span className="rules__count" data-testid="rules-count">
        {t('count', { count: total })}
      </span>
      <span className="rules__spacer" />
      <select
        className="select"
        aria-label={t('file.importMode')}
        value={mode}
        disabled={!writable}
        data-testid="rules-import-mode"
        onChange={(e) => setMode(e.target.value === 'replace' ? 'replace' : 'merge')}
      >
        <option value="merge">{t('file.merge')}</option>
        <option value="replace">{t('file.replace')}</option>
      </select>
      <button
        type="button"
        className="button"
        disabled={!writable || busy}
        data-testid="rules-import"
        onClick={() => onImport(mode)}
      >
        {t('file.import')}
      </button>
      <div className="btn-group">
        <button
          type="button"
          className="button"
          disabled={busy}
          data-testid="rules-export-csv"
          onClick={() => onExport('csv')}
        >
          {t('file.exportCsv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          data-testid="rules-export-json"
          onClick={() => onExport('json')}
        >
          {t('file.exportJson')}
        </button>
      </div>
    </header>
  );
}

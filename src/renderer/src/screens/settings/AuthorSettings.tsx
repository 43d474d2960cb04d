/** The author name: edited freely, stored on Enter, on Save or when the field loses focus. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface AuthorSettingsProps {
  /** The stored name. */
  readonly author: string;
  readonly onSave: (author: string) => void;
}

export function AuthorSettings({ author, onSave }: AuthorSettingsProps) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState(author);
  useEffect(() => setDraft(author), [author]);
  const dirty = draft.trim() !== author;

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (dirty) onSave(draft.trim());
  };

  return (
    <form className="settings-group" aria-labelledby="settings-author" onSubmit={save}>
      <header className="settings-group__head">
        <h2 id="settings-author">{t('author.title')}</h2>
      </header>
      <p className="settings-group__hint">{t('author.hint')}</p>
      <div className="settings-author">
        <input
          className="input"
          aria-label={t('author.label')}
          placeholder={t('author.placeholder')}
          maxLength={100}
          value={draft}
          data-testid="settings-author"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => save()}
        />
        <button
          type="submit"
          className="button"
          disabled={!dirty}
          title={`${t('author.save')}（Enter）`}
          data-testid="settings-author-save"
        >
          {t('author.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * Trying the rule in the form before (or after) saving it: against the open issue's latest
 * version or a text the editor pastes, with every hit in its context and what it would become.
 */
import { useTranslation } from 'react-i18next';
import type { RulePreview } from '../../../../shared/contract';

/** Hits drawn (the main side sends at most 1,000). */
const SHOWN_HITS = 300;

/** What a finished test found. */
export interface TestOutcome {
  readonly hits: readonly RulePreview[];
  readonly truncated: boolean;
  /** Where the rule was tried: the issue's title, or null for the pasted text. */
  readonly where: string | null;
}

/** Props of the test panel. */
export interface RuleTestPanelProps {
  /** The open issue's title (or file name), or null when no issue is open. */
  readonly issueTitle: string | null;
  readonly target: 'issue' | 'text';
  readonly onTarget: (target: 'issue' | 'text') => void;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly outcome: TestOutcome | null;
  /** True when the form changed after the outcome was computed. */
  readonly stale: boolean;
  readonly busy: boolean;
  readonly onRun: () => void;
}

/** Characters of context shown on each side of a hit (so a hit fits on one line). */
const CONTEXT_SHOWN = 10;

/** Line breaks in a hit's context, shown as ⏎ so each hit stays on one line. */
function oneLine(text: string): string {
  return text.replace(/\n+/g, '⏎');
}

/** The test panel under the rule form. */
export function RuleTestPanel(props: RuleTestPanelProps) {
  const { issueTitle, target, outcome } = props;
  const { t } = useTranslation('rules');
  const onIssue = target === 'issue' && issueTitle !== null;
  const where = outcome
    ? outcome.where === null
      ? t('test.theText')
      : `《${outcome.where}》`
    : '';
  const count = outcome?.hits.length ?? 0;

  return (
    <section className="rule-test" aria-labelledby="rule-test-title" data-testid="rules-test">
      <header className="rule-test__head">
        <h2 id="rule-test-title">{t('test.title')}</h2>
        <div className="btn-group" role="radiogroup" aria-label={t('test.title')}>
          <button
            type="button"
            role="radio"
            aria-checked={onIssue}
            className={`button button--small${onIssue ? ' is-pressed' : ''}`}
            disabled={issueTitle === null}
            title={issueTitle ?? t('test.noIssue')}
            data-testid="rules-test-on-issue"
            onClick={() => props.onTarget('issue')}
          >
            {t('test.onIssue')}
          </button>
          <button
            type="button"
            role="radio"
            aria-checked={!onIssue}
            className={`button button--small${!onIssue ? ' is-pressed' : ''}`}
            data-testid="rules-test-on-text"
            onClick={() => props.onTarget('text')}
          >
            {t('test.onText')}
          </button>
        </div>
        <span className="rule-test__spacer" />
        <button
          type="button"
          className="button"
          disabled={props.busy || (!onIssue && props.text.trim() === '')}
          title="Alt+T"
          data-testid="rules-test-run"
          onClick={props.onRun}
        >
          {t('test.run')}
        </button>
      </header>
      {!onIssue && (
        <textarea
          className="input rule-test__text"
          aria-label={t('test.textLabel')}
          placeholder={t('test.textPlaceholder')}
          value={props.text}
          data-testid="rules-test-text"
          onChange={(e) => props.onText(e.target.value)}
        />
      )}
      {outcome && (
        <div className={`rule-test__result${props.stale ? ' is-stale' : ''}`}>
          <p className="rule-test__summary" data-testid="rules-test-summary" data-count={count}>
            {count === 0
              ? t('test.none', { where })
              : outcome.truncated
                ? t('test.foundMore', { where, count })
                : t('test.found', { where, count })}
            {props.stale && <span className="rule-test__stale"> {t('test.stale')}</span>}
          </p>
          <ol className="rule-hits">
            {outcome.hits.slice(0, SHOWN_HITS).map((hit) => (
              <li key={`${hit.start}-${hit.end}`} className="rule-hit" data-testid="rules-test-hit">
                <span className="rule-hit__context">
                  {hit.before.length > 0 && '…'}
                  {oneLine(hit.before.slice(-CONTEXT_SHOWN))}
                  {hit.replacement === null ? (
                    <mark className="rule-hit__found">{hit.found}</mark>
                  ) : (
                    <>
                      <del className="rule-hit__found">{hit.found}</del>
                      <ins className="rule-hit__replacement">{hit.replacement}</ins>
                    </>
                  )}
                  {oneLine(hit.after.slice(0, CONTEXT_SHOWN))}
                  {hit.after.length > 0 && '…'}
                </span>
                {hit.replacement === null && (
                  <span className="badge badge--muted">{t('test.unchanged')}</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

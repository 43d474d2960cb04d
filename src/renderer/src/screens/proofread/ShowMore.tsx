/** The row at the end of a long list in the findings panel that shows the next few entries. */

/** Props of ShowMore. */
export interface ShowMoreProps {
  /** The button's data-testid. */
  readonly testId: string;
  /** "再显示 N 条" in the interface language. */
  readonly label: string;
  readonly onClick: () => void;
}

/** A list item holding one small "show more" button. */
export function ShowMore({ testId, label, onClick }: ShowMoreProps) {
  return (
    <li className="finding-group__more">
      <button
        type="button"
        className="button button--small button--ghost"
        data-testid={testId}
        onClick={onClick}
      >
        {label}
      </button>
    </li>
  );
}

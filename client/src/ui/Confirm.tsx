import { Fragment, useEffect, useRef, type ReactNode } from 'react';

export interface ConfirmAction {
  label: string;
  run: () => void;
  /** The action that cannot be taken back, drawn as such. */
  danger?: boolean;
}

interface Props {
  /** What the group is called for a screen reader: the question in a few words. */
  label: string;
  question?: ReactNode;
  actions: ConfirmAction[];
  /** The way out that changes nothing ("Keep it"). */
  keep: string;
  onKeep: () => void;
  className?: string;
}

/**
 * Asked before something that cannot be taken back: the choices, and a way out that changes nothing.
 * The way out has the keyboard when it opens (the button that asked has gone); when it closes, the
 * keyboard goes back to the button marked `data-returns-focus` that takes its place.
 */
export function Confirm({ label, question, actions, keep, onKeep, className = '' }: Props) {
  const group = useRef<HTMLDivElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keepButton.current?.focus();
    const parent = group.current?.parentElement;
    return () => {
      requestAnimationFrame(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        parent?.querySelector<HTMLElement>('[data-returns-focus]')?.focus();
      });
    };
  }, []);
  return (
    <div className={`confirm ${className}`} role="group" aria-label={label} ref={group}>
      {question && <>{question} </>}
      {actions.map((action) => (
        <Fragment key={action.label}>
          <button
            type="button"
            className={action.danger ? 'button button--danger' : 'button'}
            onClick={action.run}
          >
            {action.label}
          </button>{' '}
        </Fragment>
      ))}
      <button type="button" className="button" onClick={onKeep} ref={keepButton}>
        {keep}
      </button>
    </div>
  );
}

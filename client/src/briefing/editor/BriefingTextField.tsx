import { useEffect, useId } from 'react';
import type * as Y from 'yjs';
import { useYText } from '../../board/useYText.js';
import { useLengthLimit } from '../../ui/useLengthLimit.js';

interface Props {
  label: string;
  text: Y.Text;
  max: number;
  /** Takes the keyboard when it appears (a point just added). */
  focusOnMount?: boolean;
  /** For a field whose place already says what it is (a numbered point): the label is for screen readers. */
  labelHidden?: boolean;
}

/**
 * One line of a briefing card bound to its Y.Text: each keystroke is a small edit of the shared
 * text, so two of the facilitator's windows typing at once both keep what they typed, and the
 * projector and tablets show it as it is typed.
 */
export function BriefingLineField({ label, text, max, focusOnMount = false, labelHidden = false }: Props) {
  const id = useId();
  const field = useYText<HTMLInputElement>(text);
  const limit = useLengthLimit(max, field.value);
  useEffect(() => {
    if (focusOnMount) field.ref.current?.focus();
    // Only when it first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input id={id} {...field} {...limit.inputProps} />
      {limit.hint}
    </div>
  );
}

/** The sentence under a card's heading: a few lines, merged as it is typed. */
export function BriefingLeadField({ label, text, max, focusOnMount = false }: Props) {
  const id = useId();
  const field = useYText<HTMLTextAreaElement>(text);
  const limit = useLengthLimit(max, field.value);
  useEffect(() => {
    if (focusOnMount) field.ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} {...field} {...limit.inputProps} />
      {limit.hint}
    </div>
  );
}

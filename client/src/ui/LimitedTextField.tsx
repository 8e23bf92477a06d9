import { useId, type InputHTMLAttributes } from 'react';
import { useLengthLimit } from './useLengthLimit.js';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'maxLength' | 'id'>;

interface Props extends InputProps {
  label: string;
  /** The schema's limit for this text (`TEXT_LIMITS`): counted towards, never cut silently. */
  max: number;
  value: string;
  onChange: (value: string) => void;
  /** For a field whose row already says what it is (a list of team names): the label is for screen readers. */
  labelHidden?: boolean;
}

/**
 * A one-line text field with its length limit said before it bites (`useLengthLimit`). The count
 * sits outside the label, so it never becomes part of the field's name.
 */
export function LimitedTextField({ label, max, value, onChange, labelHidden = false, ...input }: Props) {
  const id = useId();
  const limit = useLengthLimit(max, value);
  return (
    <div className="field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        {...input}
        {...limit.inputProps}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {limit.hint}
    </div>
  );
}

import { useId } from 'react';
import type * as Y from 'yjs';
import type { Word } from '../../../shared/src/index.js';
import { useYText } from '../board/useYText.js';
import { useLengthLimit } from '../ui/useLengthLimit.js';

/** The longest a team's long field runs: a few paragraphs. */
export const LONG_TEXT = 4000;

/**
 * A long field bound to a Y.Text: two people typing in it at once both keep their words. Without
 * the text (an entry another device wrote wrongly) the field is not drawn at all.
 */
export function SharedTextField({
  label,
  text,
  rows = 3,
}: {
  label: string;
  text: Y.Text | undefined;
  rows?: number;
}) {
  if (!text) return null;
  return <BoundText label={label} text={text} rows={rows} />;
}

function BoundText({ label, text, rows }: { label: string; text: Y.Text; rows: number }) {
  const id = useId();
  const field = useYText<HTMLTextAreaElement>(text);
  const limit = useLengthLimit(LONG_TEXT, field.value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} {...field} {...limit.inputProps} />
      {limit.hint}
    </div>
  );
}

interface ChoiceProps {
  legend: string;
  words: readonly Word[];
  disabled?: boolean;
}

/** One of the handbook's words, as radio buttons in a fieldset: touch first, each a 44px row. */
export function WordRadios({
  legend,
  words,
  value,
  onChange,
  disabled,
}: ChoiceProps & { value: string | null; onChange: (id: string) => void }) {
  const name = useId();
  return (
    <fieldset className="field word-choice" disabled={disabled}>
      <legend>{legend}</legend>
      {words.map((word) => (
        <label key={word.id} className="radio">
          <input
            type="radio"
            name={name}
            value={word.id}
            checked={value === word.id}
            onChange={() => onChange(word.id)}
          />
          {word.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Any of the handbook's words, as checkboxes in a fieldset; each is ticked on its own, so two people's ticks both stay. */
export function WordChecks({
  legend,
  words,
  values,
  onToggle,
  disabled,
}: ChoiceProps & { values: readonly string[]; onToggle: (id: string, on: boolean) => void }) {
  return (
    <fieldset className="field word-choice" disabled={disabled}>
      <legend>{legend}</legend>
      {words.map((word) => (
        <label key={word.id} className="radio">
          <input
            type="checkbox"
            checked={values.includes(word.id)}
            onChange={(event) => onToggle(word.id, event.target.checked)}
          />
          {word.label}
        </label>
      ))}
    </fieldset>
  );
}

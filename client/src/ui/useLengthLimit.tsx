import { useState, type ClipboardEvent } from 'react';

/**
 * A field's length limit, said before it bites: from four-fifths of the way a count shows ("187
 * of 200 characters"), and a paste that would not fit says how much was left out instead of the
 * browser cutting it silently.
 */
export function useLengthLimit(max: number, value: string) {
  const [cut, setCut] = useState<number | null>(null);
  const onPaste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const field = event.currentTarget;
    const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    const over = value.length - selected + event.clipboardData.getData('text').length - max;
    setCut(over > 0 ? over : null);
  };
  const hint =
    cut !== null
      ? `Only ${max} characters fit here: the last ${cut} of what you pasted were left out.`
      : value.length >= max * 0.8
        ? `${value.length} of ${max} characters`
        : null;
  return {
    inputProps: { maxLength: max, onPaste },
    hint: (
      <span className="length-hint" aria-live="polite">
        {hint}
      </span>
    ),
  };
}

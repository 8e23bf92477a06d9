import { useState, type ClipboardEvent } from 'react';

interface Cut {
  /** How many pasted characters did not fit. */
  over: number;
  /** The field's text just after that paste: the words about it stay until the text changes. */
  after: string;
}

/**
 * A field's length limit, said before it bites: from four-fifths of the way a count shows ("187
 * of 200 characters"), and a paste that would not fit says how much was left out instead of the
 * browser cutting it silently.
 */
export function useLengthLimit(max: number, value: string) {
  const [cut, setCut] = useState<Cut | null>(null);
  const onPaste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const field = event.currentTarget;
    const start = field.selectionStart ?? value.length;
    const end = field.selectionEnd ?? start;
    const pasted = event.clipboardData.getData('text');
    const room = max - (value.length - (end - start));
    const over = pasted.length - room;
    // The browser keeps what fits of the paste (maxLength); the rest is said in words.
    setCut(
      over > 0 ? { over, after: value.slice(0, start) + pasted.slice(0, room) + value.slice(end) } : null,
    );
  };
  const hint =
    cut !== null && cut.after === value
      ? `Only ${max} characters fit here: the last ${cut.over} of what you pasted were left out.`
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

import { useEffect, useRef, useSyncExternalStore, type ChangeEvent } from 'react';
import type * as Y from 'yjs';
import { replaceText } from '../../../shared/src/index.js';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Where a caret ends up after a remote edit described by a Yjs delta. */
export function shiftCaret(caret: number, delta: Y.YTextEvent['delta']): number {
  let position = 0;
  let shifted = caret;
  for (const op of delta) {
    if (op.retain !== undefined) position += op.retain;
    else if (typeof op.insert === 'string') {
      if (position <= caret) shifted += op.insert.length;
      position += op.insert.length;
    } else if (op.delete !== undefined) {
      if (position < caret) shifted -= Math.min(op.delete, caret - position);
    }
  }
  return Math.max(0, shifted);
}

/**
 * Binds a text field to a Y.Text: every keystroke is a small edit of the shared text (kept on
 * the device at once), and edits from others appear without moving this person's caret.
 *
 * Someone else's edit is written into the field at once, in the Yjs event, with the caret moved
 * past it there and then. Left to React's next render (and the caret to the next frame), a key
 * pressed in between would be read against a field that lacks the other edit: the difference
 * would delete it, and the caret would jump to the end.
 */
export function useYText<F extends Field>(text: Y.Text) {
  const fieldRef = useRef<F | null>(null);
  const value = useSyncExternalStore(
    (onChange) => {
      text.observe(onChange);
      return () => text.unobserve(onChange);
    },
    () => text.toString(),
  );
  useEffect(() => {
    const follow = (event: Y.YTextEvent) => {
      const field = fieldRef.current;
      const next = text.toString();
      if (!field || field.value === next) return;
      const { selectionStart: start, selectionEnd: end } = field;
      const focused = document.activeElement === field;
      field.value = next;
      if (focused && start !== null && end !== null)
        field.setSelectionRange(shiftCaret(start, event.delta), shiftCaret(end, event.delta));
    };
    text.observe(follow);
    return () => text.unobserve(follow);
  }, [text]);
  return {
    ref: fieldRef,
    value,
    onChange: (event: ChangeEvent<F>) => replaceText(text, event.target.value),
  };
}

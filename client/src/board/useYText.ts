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
    const keepCaret = (event: Y.YTextEvent) => {
      const field = fieldRef.current;
      if (
        event.transaction.local ||
        !field ||
        document.activeElement !== field ||
        field.selectionStart === null
      )
        return;
      const moved = shiftCaret(field.selectionStart, event.delta);
      requestAnimationFrame(() => field.setSelectionRange(moved, moved));
    };
    text.observe(keepCaret);
    return () => text.unobserve(keepCaret);
  }, [text]);
  return {
    ref: fieldRef,
    value,
    onChange: (event: ChangeEvent<F>) => replaceText(text, event.target.value),
  };
}

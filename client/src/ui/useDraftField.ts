import { useCallback, useEffect, useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import { useStoredDraft } from './useDraft.js';

/** Long enough not to send every word, short enough that others see a change soon. */
export const PAUSE_MS = 1000;

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * A short field saved whole. What is typed is a draft on this device, kept in its storage so a
 * reload brings it back, and it goes to `commit` as one value on Enter, on leaving the field, when
 * the field goes away (the editor closes) and after a pause in typing. With no draft the field
 * shows `saved`, so a change someone else makes appears while this person is not typing.
 */
export function useDraftField<F extends Field>(key: string, saved: string, commit: (value: string) => void) {
  const [draft, setDraft] = useStoredDraft(key);
  // The draft as typed, read by the timer and by the unmount, which see no later render.
  const pending = useRef(draft);
  const commitLatest = useRef(commit);
  useEffect(() => {
    commitLatest.current = commit;
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    commitLatest.current(pending.current);
    pending.current = null;
    setDraft(null);
  }, [setDraft]);
  useEffect(() => {
    // A draft brought back by a reload goes in after the same pause as one just typed.
    if (pending.current !== null) timer.current = setTimeout(flush, PAUSE_MS);
    return flush;
  }, [flush]);
  return {
    value: draft ?? saved,
    onChange: (event: ChangeEvent<F>) => {
      pending.current = event.target.value;
      setDraft(event.target.value);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, PAUSE_MS);
    },
    onBlur: flush,
    onKeyDown: (event: KeyboardEvent<F>) => {
      if (event.key === 'Enter') flush();
    },
  };
}

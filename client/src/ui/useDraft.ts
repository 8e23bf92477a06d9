import { useCallback, useState } from 'react';
import { safeLocalStorage } from '../live/token.js';

/**
 * A text field's value that survives a reload: what someone has typed but not yet added is kept
 * in the device's storage (when the browser allows) until it is used or cleared.
 */
export function useDraft(key: string): [string, (value: string) => void] {
  const [value, setValue] = useStoredDraft(key);
  return [value ?? '', (next: string) => setValue(next || null)];
}

/**
 * As `useDraft`, but telling no draft (null) from an empty one: someone who has cleared a field
 * to retype it has a draft, and it is not the field's saved value.
 */
export function useStoredDraft(key: string): [string | null, (value: string | null) => void] {
  const storageKey = `challenge-board:draft:${key}`;
  const [value, setValue] = useState<string | null>(() => {
    try {
      return safeLocalStorage()?.getItem(storageKey) ?? null;
    } catch {
      return null;
    }
  });
  const update = useCallback(
    (next: string | null) => {
      setValue(next);
      try {
        if (next === null) safeLocalStorage()?.removeItem(storageKey);
        else safeLocalStorage()?.setItem(storageKey, next);
      } catch {
        // Storage refused: the draft lives as long as the page.
      }
    },
    [storageKey],
  );
  return [value, update];
}

import { useState } from 'react';
import { safeLocalStorage } from '../live/token.js';

/**
 * A text field's value that survives a reload: what someone has typed but not yet added is kept
 * in the device's storage (when the browser allows) until it is used or cleared.
 */
export function useDraft(key: string): [string, (value: string) => void] {
  const storageKey = `challenge-board:draft:${key}`;
  const [value, setValue] = useState(() => {
    try {
      return safeLocalStorage()?.getItem(storageKey) ?? '';
    } catch {
      return '';
    }
  });
  const update = (next: string) => {
    setValue(next);
    try {
      if (next) safeLocalStorage()?.setItem(storageKey, next);
      else safeLocalStorage()?.removeItem(storageKey);
    } catch {
      // Storage refused: the draft lives as long as the page.
    }
  };
  return [value, update];
}

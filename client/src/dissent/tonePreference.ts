import { useCallback, useSyncExternalStore } from 'react';
import { safeLocalStorage } from '../live/token.js';

/**
 * Whether this device sounds a tone when the phase changes: off unless the team switches it on,
 * and kept on the device (not in the workshop: another table may want silence). Where the browser
 * refuses storage it lasts as long as the page.
 */
const KEY = 'challenge-board:phase-tone';
const listeners = new Set<() => void>();
let onThisPage = false;

function read(): boolean {
  try {
    const stored = safeLocalStorage()?.getItem(KEY);
    return stored === null || stored === undefined ? onThisPage : stored === 'on';
  } catch {
    return onThisPage;
  }
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useTonePreference(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read);
  const set = useCallback((next: boolean) => {
    onThisPage = next;
    try {
      safeLocalStorage()?.setItem(KEY, next ? 'on' : 'off');
    } catch {
      // Storage refused: remembered for this page only.
    }
    for (const listener of listeners) listener();
  }, []);
  return [on, set];
}

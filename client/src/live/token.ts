/**
 * A role link carries its token in the fragment (`#token=…`), which never reaches a server log.
 * On load it is moved into storage and the fragment is removed from the address bar, so it is not
 * shown on a projected screen or copied by accident.
 */
export function takeToken(workshopId: string, storage: Storage | null = safeLocalStorage()): string | null {
  const key = `challenge-board:token:${workshopId}`;
  const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromLink) {
    remembered.set(key, fromLink);
    try {
      storage?.setItem(key, fromLink);
    } catch {
      // Storage refused (private mode, some iPad Safari versions): the token lives for this page only.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromLink;
  }
  try {
    return storage?.getItem(key) ?? remembered.get(key) ?? null;
  } catch {
    return remembered.get(key) ?? null;
  }
}

const remembered = new Map<string, string>();

export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

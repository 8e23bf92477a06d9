import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

// The document's top-level types the screens read are maps (of entries, or of entries' maps).
type RootType = Y.Map<unknown> | Y.Map<Y.Map<unknown>>;

const snapshots = new WeakMap<RootType, { value: unknown; stale: boolean }>();

/**
 * What `read` made of one top-level type of the document, read again only after that type has
 * changed, so a screen renders only when its content did. The type is watched from the first
 * read, not from a component's subscription: a change that lands between a render and its
 * subscription (a sync arriving while a lazy screen loads) is then never missed.
 */
function current<T>(type: RootType, read: () => T): T {
  let entry = snapshots.get(type);
  if (!entry) {
    const created = { value: read() as unknown, stale: false };
    type.observeDeep(() => {
      created.stale = true;
    });
    snapshots.set(type, (entry = created));
  } else if (entry.stale) {
    entry.value = read();
    entry.stale = false;
  }
  return entry.value as T;
}

/**
 * One top-level type of the workshop's document as plain data, through the shared accessors
 * (`read`): the document stays the one source of truth and nothing is copied by hand. Every
 * reader of the document's content (cards, briefing, options, propositions, witness notes) is this.
 * A type is always read by the same accessor, so one snapshot per type serves every screen.
 */
export function useDocSnapshot<T>(type: RootType, read: () => T): T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = () => {
        const entry = snapshots.get(type);
        if (entry) entry.stale = true;
        onChange();
      };
      type.observeDeep(observer);
      return () => type.unobserveDeep(observer);
    },
    [type],
  );
  return useSyncExternalStore(subscribe, () => current(type, read));
}

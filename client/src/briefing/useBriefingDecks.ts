import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { briefingMap, readBriefing, type BriefingDeck } from '../../../shared/src/index.js';

const snapshots = new WeakMap<Y.Doc, { decks: BriefingDeck[]; stale: boolean }>();

/** The decks last read, re-read only after the briefing changed (watched from the first read, as `useCards` does). */
function currentDecks(doc: Y.Doc): BriefingDeck[] {
  let entry = snapshots.get(doc);
  if (!entry) {
    const created = { decks: readBriefing(doc), stale: false };
    briefingMap(doc).observeDeep(() => {
      created.stale = true;
    });
    snapshots.set(doc, (entry = created));
  } else if (entry.stale) {
    entry.decks = readBriefing(doc);
    entry.stale = false;
  }
  return entry.decks;
}

/**
 * The workshop's briefing decks, read from its document: an edit on the console shows on the
 * projector and every tablet as it is typed.
 */
export function useBriefingDecks(doc: Y.Doc): BriefingDeck[] {
  return useSyncExternalStore(
    (onChange) => {
      const map = briefingMap(doc);
      const observer = () => {
        const entry = snapshots.get(doc);
        if (entry) entry.stale = true;
        onChange();
      };
      map.observeDeep(observer);
      return () => map.unobserveDeep(observer);
    },
    () => currentDecks(doc),
  );
}

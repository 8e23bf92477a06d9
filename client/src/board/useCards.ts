import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { cardsMap, readCards, type Card } from '../../../shared/src/index.js';

const snapshots = new WeakMap<Y.Doc, { cards: Card[]; stale: boolean }>();

/**
 * The cards of the priority map, read through the shared accessors and re-read only when the
 * document's cards change. The document is the one source of truth: nothing is copied by hand.
 */
export function useCards(doc: Y.Doc): Card[] {
  return useSyncExternalStore(
    (onChange) => {
      const map = cardsMap(doc);
      const observer = () => {
        const entry = snapshots.get(doc);
        if (entry) entry.stale = true;
        onChange();
      };
      map.observeDeep(observer);
      return () => map.unobserveDeep(observer);
    },
    () => {
      let entry = snapshots.get(doc);
      if (!entry || entry.stale) {
        entry = { cards: readCards(doc), stale: false };
        snapshots.set(doc, entry);
      }
      return entry.cards;
    },
  );
}

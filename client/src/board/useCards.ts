import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { cardsMap, readCards, type Card } from '../../../shared/src/index.js';

const snapshots = new WeakMap<Y.Doc, { cards: Card[]; stale: boolean }>();

/**
 * The cards last read from the document, re-read only when its cards have changed since. The
 * document is watched from the first read, not from a component's subscription: a change that
 * lands between a render and its subscription (a sync arriving while a lazy screen loads) would
 * otherwise leave the cards as they were until the next change.
 */
function currentCards(doc: Y.Doc): Card[] {
  let entry = snapshots.get(doc);
  if (!entry) {
    const created = { cards: readCards(doc), stale: false };
    cardsMap(doc).observeDeep(() => {
      created.stale = true;
    });
    snapshots.set(doc, (entry = created));
  } else if (entry.stale) {
    entry.cards = readCards(doc);
    entry.stale = false;
  }
  return entry.cards;
}

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
    () => currentCards(doc),
  );
}

import type * as Y from 'yjs';
import { cardsMap, readCards, type Card } from '../../../shared/src/index.js';
import { useDocSnapshot } from '../live/useDocSnapshot.js';

/** The cards of the priority map, re-read only when the document's cards change. */
export function useCards(doc: Y.Doc): Card[] {
  return useDocSnapshot(cardsMap(doc), () => readCards(doc));
}

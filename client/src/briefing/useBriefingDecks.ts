import type * as Y from 'yjs';
import { briefingMap, readBriefing, type BriefingDeck } from '../../../shared/src/index.js';
import { useDocSnapshot } from '../live/useDocSnapshot.js';

/**
 * The workshop's briefing decks, read from its document: an edit on the console shows on the
 * projector and every tablet as it is typed.
 */
export function useBriefingDecks(doc: Y.Doc): BriefingDeck[] {
  return useDocSnapshot(briefingMap(doc), () => readBriefing(doc));
}

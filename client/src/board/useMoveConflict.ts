import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { cardsMap, readCard } from '../../../shared/src/index.js';

const WINDOW_MS = 5000;

/**
 * Two people moving one card at the same moment cannot both win: the last move to reach the
 * server is where the card stays, on every device. This says so, instead of letting the card jump
 * back silently under the hand of the person who moved it first.
 */
export function useMoveConflict(doc: Y.Doc) {
  const lastMove = useRef<{ cardId: string; atMs: number } | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const cards = cardsMap(doc);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      const mine = lastMove.current;
      if (!mine || transaction.local || Date.now() - mine.atMs > WINDOW_MS) return;
      for (const event of events) {
        const card = event.target;
        const moved =
          event instanceof Y.YMapEvent && (event.keysChanged.has('x') || event.keysChanged.has('y'));
        if (!moved || !(card instanceof Y.Map) || card !== cards.get(mine.cardId)) continue;
        const title = readCard(mine.cardId, card as Y.Map<unknown>).title || 'a priority';
        setNotice(`Someone else moved “${title}” at the same moment. It stays where they put it.`);
        lastMove.current = null;
      }
    };
    cards.observeDeep(observer);
    return () => cards.unobserveDeep(observer);
  }, [doc]);
  return {
    notice,
    moved: (cardId: string) => {
      lastMove.current = { cardId, atMs: Date.now() };
      setNotice('');
    },
  };
}

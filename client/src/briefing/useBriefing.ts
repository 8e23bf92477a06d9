import type { BriefingCard, BriefingDeck } from '../../../shared/src/index.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { useBriefingDecks } from './useBriefingDecks.js';

export interface Briefing {
  /** Every deck of the workshop's briefing, for reference at any time. */
  decks: BriefingDeck[];
  /** The deck of the item running now, if it has one. */
  current: { deck: BriefingDeck; step: number; card: BriefingCard } | null;
}

/**
 * The workshop's briefing, from its document (seeded from its programme, then the facilitator's to
 * edit), and which card of the current item's deck the facilitator has on the projector (BOARD-10:
 * a step names its item; past the end, the last card).
 */
export function useBriefing(): Briefing {
  const decks = useBriefingDecks(useWorkshop().doc);
  const item = useSessionState((s) => s.control?.agenda[s.control.clock.currentIndex]);
  const stepped = useSessionState((s) => s.control?.board.briefing ?? null);
  const deck = item && decks.find((d) => d.itemId === item.id);
  if (!deck) return { decks, current: null };
  const step = Math.min(stepped?.itemId === deck.itemId ? stepped.step : 0, deck.cards.length - 1);
  return { decks, current: { deck, step, card: deck.cards[step]! } };
}

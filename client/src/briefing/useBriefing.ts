import { findTemplate, type BriefingCard, type BriefingDeck } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

export interface Briefing {
  /** Every deck of the workshop's programme, for reference at any time. */
  decks: BriefingDeck[];
  /** The deck of the item running now, if it has one. */
  current: { deck: BriefingDeck; step: number; card: BriefingCard } | null;
}

/**
 * The briefing for this workshop's programme, and which card of the current item's deck the
 * facilitator has on the projector (BOARD-10: a step names its item; past the end, the last card).
 */
export function useBriefing(): Briefing {
  const templateId = useSessionState((s) => s.summary?.templateId);
  const item = useSessionState((s) => s.control?.agenda[s.control.clock.currentIndex]);
  const stepped = useSessionState((s) => s.control?.board.briefing ?? null);
  const decks = (templateId && findTemplate(templateId)?.briefing) || [];
  const deck = item && decks.find((d) => d.itemId === item.id);
  if (!deck) return { decks, current: null };
  const step = Math.min(stepped?.itemId === deck.itemId ? stepped.step : 0, deck.cards.length - 1);
  return { decks, current: { deck, step, card: deck.cards[step]! } };
}

import type { BriefingDeck } from '../../../shared/src/index.js';
import { BriefingCardView } from './BriefingCardView.js';

/** One briefing card on the wall, with a row of squares for the deck (as the handbook's slides have). */
export function BriefingSlide({ deck, step }: { deck: BriefingDeck; step: number }) {
  return (
    <div className="briefing-slide">
      <BriefingCardView card={deck.cards[step]!} />
      <ol
        className="briefing-slide__squares"
        aria-label={`${deck.title}: card ${step + 1} of ${deck.cards.length}`}
      >
        {deck.cards.map((card, i) => (
          <li key={card.id} className={i === step ? 'briefing-slide__square--now' : undefined} />
        ))}
      </ol>
    </div>
  );
}

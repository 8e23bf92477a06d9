import { BriefingCardView } from './BriefingCardView.js';
import { useBriefing } from './useBriefing.js';

/**
 * Every briefing card of the programme, for a table to read at its own pace: the deck of the
 * input running now first, with the card on the projector marked.
 */
export function BriefingReference() {
  const { decks, current } = useBriefing();
  if (decks.length === 0) return <p>This programme has no briefing cards.</p>;
  const ordered = current ? [current.deck, ...decks.filter((d) => d !== current.deck)] : decks;
  return (
    <div className="briefing-reference">
      {ordered.map((deck) => (
        <section key={deck.itemId} aria-labelledby={`deck-${deck.itemId}`}>
          <h2 id={`deck-${deck.itemId}`}>
            {deck.title}
            {current?.deck === deck && <span className="briefing-reference__now"> · on the screen now</span>}
          </h2>
          <div className="briefing-reference__cards">
            {deck.cards.map((card, i) => (
              <BriefingCardView
                key={card.id}
                card={card}
                level={3}
                current={current?.deck === deck && current.step === i}
              />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

import { findCategory, voteTotals, type BoardState, type Card } from '../../../shared/src/index.js';

interface Props {
  cards: Card[];
  board: BoardState;
  teamId: string;
  heading: string;
  onSelect?: (cardId: string) => void;
}

/** The priorities the facilitator has given one task team, most votes first. */
export function TeamPriorities({ cards, board, teamId, heading, onSelect }: Props) {
  const votes = voteTotals(board);
  const mine = cards
    .filter((card) => board.allocations[card.id] === teamId)
    .sort((a, b) => (votes[b.id] ?? 0) - (votes[a.id] ?? 0));
  return (
    <section className="team-priorities" aria-label={heading}>
      <h2>{heading}</h2>
      {mine.length === 0 ? (
        <p>No priorities allocated yet. The facilitator allocates them after the mapping.</p>
      ) : (
        <ol>
          {mine.map((card) => (
            <li key={card.id} style={{ borderLeftColor: findCategory(card.category)?.colour }}>
              {onSelect ? (
                <button type="button" className="link-button" onClick={() => onSelect(card.id)}>
                  {card.title || 'Untitled priority'}
                </button>
              ) : (
                <span>{card.title || 'Untitled priority'}</span>
              )}
              <span className="team-priorities__meta">
                {findCategory(card.category)?.short ?? 'No category'} · {votes[card.id] ?? 0} votes
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

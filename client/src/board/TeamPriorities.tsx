import { findCategory, voteTotals, type BoardState, type Card } from '../../../shared/src/index.js';
import { count } from '../ui/plural.js';
import { useCategories } from './useCategories.js';
import './teamPriorities.css';

interface Props {
  cards: Card[];
  board: BoardState;
  teamId: string;
  heading: string;
  /**
   * `allocated`: given to the team by the facilitator; `added`: put on the map by the team and not
   * (yet) given back to it, so a priority never appears in both lists.
   */
  which?: 'allocated' | 'added';
  onSelect?: (cardId: string) => void;
}

const belongs = {
  allocated: (card: Card, board: BoardState, teamId: string) => board.allocations[card.id] === teamId,
  added: (card: Card, board: BoardState, teamId: string) =>
    card.createdByTeamId === teamId && board.allocations[card.id] !== teamId,
};
const emptyWords = {
  allocated: 'No priorities allocated yet. The facilitator allocates them after the mapping.',
  added: 'Nothing else added by this team.',
};

/** One task team's priorities (given to it, or added by it), most votes first. */
export function TeamPriorities({ cards, board, teamId, heading, which = 'allocated', onSelect }: Props) {
  const categories = useCategories();
  const votes = voteTotals(board);
  const mine = cards
    .filter((card) => belongs[which](card, board, teamId))
    .sort((a, b) => (votes[b.id] ?? 0) - (votes[a.id] ?? 0));
  return (
    <section className="team-priorities" aria-label={heading}>
      <h2>{heading}</h2>
      {mine.length === 0 ? (
        <p>{emptyWords[which]}</p>
      ) : (
        <ol>
          {mine.map((card) => (
            <li key={card.id} style={{ borderLeftColor: findCategory(categories, card.category)?.colour }}>
              {onSelect ? (
                <button type="button" className="link-button" onClick={() => onSelect(card.id)}>
                  {card.title || 'Untitled priority'}
                </button>
              ) : (
                <span>{card.title || 'Untitled priority'}</span>
              )}
              <span className="team-priorities__meta">
                {[findCategory(categories, card.category)?.short, count(votes[card.id] ?? 0, 'vote')]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import type * as Y from 'yjs';
import { placeCard, quadrantInWords, type BoardState, type Card } from '../../../shared/src/index.js';

const corners = [
  { name: 'top left', x: 0.25, y: 0.75 },
  { name: 'top right', x: 0.75, y: 0.75 },
  { name: 'bottom left', x: 0.25, y: 0.25 },
  { name: 'bottom right', x: 0.75, y: 0.25 },
] as const;

/** Moving a card without dragging: one tap puts it in a quadrant. */
export function MoveButtons({ doc, card, axes }: { doc: Y.Doc; card: Card; axes: BoardState['axes'] }) {
  return (
    <fieldset className="move-buttons">
      <legend>Move to a quadrant</legend>
      <div className="move-buttons__grid">
        {corners.map((corner) => (
          <button
            key={corner.name}
            type="button"
            className="button"
            aria-label={`Move to ${corner.name}: ${quadrantInWords(corner, axes)}`}
            onClick={() => placeCard(doc, card.id, { x: corner.x, y: corner.y })}
          >
            {corner.name[0]!.toUpperCase() + corner.name.slice(1)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

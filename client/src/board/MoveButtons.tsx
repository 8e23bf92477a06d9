import type * as Y from 'yjs';
import { placeCard, type BoardState, type Card } from '../../../shared/src/index.js';

const corners = [
  { name: 'top left', x: 0.25, y: 0.75, more: ['y'] },
  { name: 'top right', x: 0.75, y: 0.75, more: ['y', 'x'] },
  { name: 'bottom left', x: 0.25, y: 0.25, more: [] },
  { name: 'bottom right', x: 0.75, y: 0.25, more: ['x'] },
] as const;

/** Moving a card without dragging: one tap puts it in a quadrant. */
export function MoveButtons({ doc, card, axes }: { doc: Y.Doc; card: Card; axes: BoardState['axes'] }) {
  const describe = (more: readonly string[]) =>
    `${more.includes('y') ? 'more' : 'less'} ${axes.y.toLowerCase()}, ${more.includes('x') ? 'more' : 'less'} ${axes.x.toLowerCase()}`;
  return (
    <fieldset className="move-buttons">
      <legend>Move to a quadrant</legend>
      <div className="move-buttons__grid">
        {corners.map((corner) => (
          <button
            key={corner.name}
            type="button"
            className="button"
            aria-label={`Move to ${corner.name}: ${describe(corner.more)}`}
            onClick={() => placeCard(doc, card.id, { x: corner.x, y: corner.y })}
          >
            {corner.name[0]!.toUpperCase() + corner.name.slice(1)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

import { useDraggable } from '@dnd-kit/core';
import type { CSSProperties } from 'react';
import { findCategory, type Card, type MapCategories, type MapPlace } from '../../../shared/src/index.js';
import { count } from '../ui/plural.js';
import { useCategories } from './useCategories.js';

interface Props {
  card: Card;
  votes: number;
  teamName: string | null;
  selected: boolean;
  draggable: boolean;
  /** Where the map's layout draws it, in pixels; null: waiting beside the map, or not yet measured. */
  place: MapPlace | null;
  onSelect?: (cardId: string) => void;
}

/** A priority on the map: title first, its category as a coloured edge *and* a label, its dot votes as a count. */
export function MapCard({ card, votes, teamName, selected, draggable, place, onSelect }: Props) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: card.id,
    disabled: !draggable,
  });
  const categories = useCategories();
  // While dragged, the card itself stays put, faded: what moves is the carried copy (DragOverlay).
  const style: CSSProperties = { borderLeftColor: edgeColour(categories, card), ...positionOf(card, place) };
  const content = <CardFace card={card} votes={votes} teamName={teamName} />;
  const className = `map-card ${card.placed ? '' : 'map-card--waiting'}`;
  if (!onSelect) {
    return (
      <div className={className} style={style}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`${className} ${selected ? 'map-card--selected' : ''} ${isDragging ? 'map-card--left-behind' : ''}`}
      data-card-id={card.id}
      style={style}
      {...attributes}
      {...listeners}
      aria-pressed={selected}
      aria-roledescription={draggable ? 'movable priority' : undefined}
      aria-describedby={draggable ? 'map-drag-help' : undefined}
      onClick={() => onSelect(card.id)}
    >
      {content}
    </button>
  );
}

/** What a card says: title first, its category as a label, its dot votes as a count, its team. */
export function CardFace({ card, votes, teamName }: { card: Card; votes: number; teamName: string | null }) {
  const category = findCategory(useCategories(), card.category);
  return (
    <>
      <span className="map-card__title">{card.title || 'Untitled priority'}</span>
      <span className="map-card__meta">
        {/* An uncategorised card says nothing rather than "No category" on every card on the wall. */}
        {category && <span className="map-card__category">{category.short}</span>}
        {votes > 0 && (
          <span className="map-card__votes">
            <span aria-hidden="true">● </span>
            {count(votes, 'vote')}
          </span>
        )}
      </span>
      {teamName && <span className="map-card__team">For {teamName}</span>}
    </>
  );
}

/** The coloured edge says the category (with its label on the card, never colour alone). */
export const edgeColour = (categories: MapCategories, card: Card) =>
  findCategory(categories, card.category)?.colour ?? '#6b7790';

/** Pixels from the layout; before it is measured, the card's own point, anchored so it stays on the map. */
function positionOf(card: Card, place: MapPlace | null): CSSProperties {
  if (!card.placed) return {};
  if (place) return { left: `${place.left}px`, top: `${place.top}px` };
  return {
    left: `${card.x * 100}%`,
    top: `${(1 - card.y) * 100}%`,
    translate: `${-card.x * 100}% ${-(1 - card.y) * 100}%`,
  };
}

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useRef } from 'react';
import type * as Y from 'yjs';
import { updateCard, voteTotals, type BoardState, type Card, type Team } from '../../../shared/src/index.js';
import { MapCard } from './MapCard.js';
import './priorityMap.css';

interface Props {
  doc: Y.Doc;
  cards: Card[];
  board: BoardState;
  teams: Team[];
  /** Null: read only (the projector). */
  selectedId?: string | null;
  onSelect?: (cardId: string) => void;
  label?: string;
  /** Told after this device moves a card. */
  onMoved?: (cardId: string) => void;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/**
 * The 2×2 priority map. Cards are dragged by touch or mouse (a small movement first, so a tap
 * still selects), or picked up with the keyboard; the card editor has buttons as well, so no one
 * has to drag (WCAG 2.5.7). A move is one transaction on the card's x and y.
 */
export function PriorityMap({
  doc,
  cards,
  board,
  teams,
  selectedId = null,
  onSelect,
  onMoved,
  label = 'Priority map',
}: Props) {
  const area = useRef<HTMLDivElement>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 8 } }),
    // Space picks a card up and puts it down; Enter is left to the button, so it opens the card.
    useSensor(KeyboardSensor, { keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] } }),
  );
  const votes = voteTotals(board);
  const titleOf = (id: string | number) => cards.find((c) => c.id === id)?.title || 'the priority';
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)}. Use the arrow keys to move it, then space to put it down.`,
    onDragOver: () => undefined,
    onDragMove: () => undefined,
    onDragEnd: ({ active }) => `Put down ${titleOf(active.id)}.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };

  const onDragEnd = ({ active, delta }: DragEndEvent) => {
    const box = area.current?.getBoundingClientRect();
    const card = cards.find((c) => c.id === active.id);
    const size = active.rect.current.initial;
    // A card is anchored in proportion to its place (see MapCard), so its left edge sits at
    // x × (map width − card width): a move of dx pixels is dx / (map − card) of the way across.
    const spanX = (box?.width ?? 0) - (size?.width ?? 0);
    const spanY = (box?.height ?? 0) - (size?.height ?? 0);
    if (!card || spanX <= 0 || spanY <= 0) return;
    updateCard(doc, card.id, { x: clamp(card.x + delta.x / spanX), y: clamp(card.y - delta.y / spanY) });
    onMoved?.(card.id);
  };

  const teamName = (cardId: string) => teams.find((t) => t.id === board.allocations[cardId])?.name ?? null;
  const map = (
    <div className="priority-map" role="group" aria-label={label}>
      <span className="priority-map__axis priority-map__axis--y">↑ {board.axes.y}</span>
      <span className="priority-map__axis priority-map__axis--x">{board.axes.x} →</span>
      <div className="priority-map__area" ref={area}>
        <div className="priority-map__quadrants" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </div>
        {inReadingOrder(cards).map((card) => (
          <MapCard
            key={card.id}
            card={card}
            votes={votes[card.id] ?? 0}
            teamName={teamName(card.id)}
            selected={card.id === selectedId}
            draggable={Boolean(onSelect)}
            onSelect={onSelect}
          />
        ))}
      </div>
      {onSelect && (
        <p id="map-drag-help" className="visually-hidden">
          Press Enter to open it. To move it, drag it, or press space, move it with the arrow keys and press
          space again.
        </p>
      )}
    </div>
  );
  if (!onSelect) return map;
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements }}>
      {map}
    </DndContext>
  );
}

/**
 * Cards in the order a person reads the map, top to bottom then left to right, so the Tab key
 * goes from one to its neighbour rather than in the order they were made.
 */
function inReadingOrder(cards: Card[]): Card[] {
  const ROWS = 12;
  const row = (card: Card) => Math.floor((1 - card.y) * ROWS);
  return [...cards].sort((a, b) => row(a) - row(b) || a.x - b.x || a.id.localeCompare(b.id));
}

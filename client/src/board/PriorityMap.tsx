import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type * as Y from 'yjs';
import { placeCard, voteTotals, type BoardState, type Card, type Team } from '../../../shared/src/index.js';
import { drawMap, type DrawnMap } from './drawMap.js';
import { CardFace, edgeColour, MapCard } from './MapCard.js';
import { useCategories } from './useCategories.js';
import { useMapFrame } from './useMapFrame.js';
import { WaitingCards } from './WaitingCards.js';
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
  /**
   * When a quadrant is full: a tablet's map grows taller (it scrolls); the wall's cards get smaller,
   * since nobody can scroll a projector.
   */
  fit?: 'grow' | 'shrink';
  /**
   * Where new priorities wait, when not above the map: a tablet puts them in the column beside it,
   * so putting the last one down never moves the map under the hand that drops it.
   */
  waitingIn?: HTMLElement | null;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/**
 * The 2×2 priority map. Cards are dragged by touch or mouse (a small movement first, so a tap
 * still selects), or picked up with the keyboard; the card editor has buttons as well, so no one
 * has to drag (WCAG 2.5.7). Each card is drawn where the shared layout puts it (MAP-1 to MAP-5),
 * and a new one waits beside the map until a team puts it down (MAP-6).
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
  fit = 'grow',
  waitingIn = null,
}: Props) {
  const area = useRef<HTMLDivElement>(null);
  const { ruler, probe, frame } = useMapFrame();
  const drawn = useMemo(() => drawMap(cards, frame, fit), [cards, frame, fit]);
  const [carried, setCarried] = useState<string | null>(null);
  const categories = useCategories();
  const sensors = useSensors(
    // A mouse picks a card up once it moves a little, so a click still opens it. A finger presses
    // and holds first, so a swipe over the map scrolls the page and never moves a shared card.
    useSensor(MouseSensor, { activationConstraint: { distance: 8 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    // Space picks a card up and puts it down; Enter is left to the button, so it opens the card.
    useSensor(KeyboardSensor, { keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] } }),
  );
  const votes = voteTotals(board);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const titleOf = (id: string | number) => byId.get(String(id))?.title || 'the priority';
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)}. Use the arrow keys to move it, then space to put it down.`,
    onDragOver: () => undefined,
    onDragMove: () => undefined,
    onDragEnd: ({ active }) => `Put down ${titleOf(active.id)}.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };

  const onDragEnd = ({ active, delta }: DragEndEvent) => {
    setCarried(null);
    const card = byId.get(String(active.id));
    // Where the card is now on the screen: dnd-kit's translated rect allows for any scrolling of
    // the page or a column while it was carried, which the pointer's own movement does not.
    const { initial, translated } = active.rect.current;
    const now =
      translated ?? (initial && { ...initial, left: initial.left + delta.x, top: initial.top + delta.y });
    const point = card && dropPoint(area.current, now ?? null);
    // A waiting card let go off the map keeps waiting; a placed one stays on it, at the nearest edge.
    if (!card || !point || (!card.placed && !point.onMap)) return;
    placeCard(doc, card.id, { x: clamp(point.x), y: clamp(point.y) });
    onMoved?.(card.id);
  };

  // Every card keeps a line for its team once any is allocated, so all cards stay one size.
  const anyAllocated = cards.some((card) => board.allocations[card.id]);
  const teamName = (cardId: string) => teams.find((t) => t.id === board.allocations[cardId])?.name ?? null;
  const mapCard = (card: Card) => (
    <MapCard
      key={card.id}
      card={card}
      votes={votes[card.id] ?? 0}
      teamName={teamName(card.id)}
      selected={card.id === selectedId}
      draggable={Boolean(onSelect)}
      place={drawn.places.get(card.id) ?? null}
      onSelect={onSelect}
    />
  );
  const waiting = (
    <WaitingCards count={drawn.waiting.length} canPlace={Boolean(onSelect)}>
      {drawn.waiting.map(mapCard)}
    </WaitingCards>
  );
  const map = (
    <div
      className={`priority-map ${drawn.waiting.length > 0 && !waitingIn ? 'priority-map--waiting' : ''}`}
      role="group"
      aria-label={label}
      tabIndex={-1}
    >
      {waitingIn ? createPortal(waiting, waitingIn) : waiting}
      <span className="priority-map__axis priority-map__axis--y">↑ {board.axes.y}</span>
      <div className="priority-map__area" ref={area} style={areaStyle(drawn)}>
        <div className="priority-map__ruler" ref={ruler} aria-hidden="true" />
        <div className="map-card map-card--probe" ref={probe} aria-hidden="true">
          <span className="map-card__title">Probe</span>
          <span className="map-card__meta">Probe</span>
          {anyAllocated && <span className="map-card__team">Probe</span>}
        </div>
        <div className="priority-map__quadrants" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </div>
        {drawn.inReadingOrder.map(mapCard)}
      </div>
      <span className="priority-map__axis priority-map__axis--x">{board.axes.x} →</span>
      {onSelect && (
        <p id="map-drag-help" className="visually-hidden">
          Press Enter to open it. To move it, drag it, or press space, move it with the arrow keys and press
          space again.
        </p>
      )}
    </div>
  );
  if (!onSelect) return map;
  const carriedCard = carried ? byId.get(carried) : undefined;
  // The copy that follows the hand, drawn at the map's own card size and scale.
  const carriedCopy = carriedCard && (
    <div
      className="map-card map-card--carried"
      style={{
        borderLeftColor: edgeColour(categories, carriedCard),
        ['--card-scale' as string]: drawn.scale,
      }}
    >
      <CardFace card={carriedCard} votes={votes[carriedCard.id] ?? 0} teamName={teamName(carriedCard.id)} />
    </div>
  );
  return (
    <DndContext
      sensors={sensors}
      onDragStart={({ active }) => setCarried(String(active.id))}
      onDragCancel={() => setCarried(null)}
      onDragEnd={onDragEnd}
      accessibility={{ announcements }}
    >
      {map}
      <DragOverlay dropAnimation={null}>{carriedCopy}</DragOverlay>
    </DndContext>
  );
}

function areaStyle(drawn: DrawnMap) {
  return {
    // The layout's height is inside the border, as the ruler measures it.
    ...(drawn.grownHeight !== null && {
      height: `${drawn.grownHeight}px`,
      boxSizing: 'content-box' as const,
      aspectRatio: 'auto',
    }),
    ['--card-scale' as string]: drawn.scale,
  };
}

/**
 * Where a card let go of would sit, as a point on the map: the card's left edge is x of the way
 * across what the map leaves beside it (MAP-3), so a card put down on a free place stays there.
 */
function dropPoint(
  area: HTMLDivElement | null,
  card: { left: number; top: number; width: number; height: number } | null,
) {
  if (!area || !card) return null;
  // The layout measures from inside the map's border, so the drop does too.
  const box = area.getBoundingClientRect();
  const inside = { left: box.left + area.clientLeft, top: box.top + area.clientTop };
  const left = card.left - inside.left;
  const top = card.top - inside.top;
  const spanX = area.clientWidth - card.width;
  const spanY = area.clientHeight - card.height;
  if (spanX <= 0 || spanY <= 0) return null;
  const [middleX, middleY] = [left + card.width / 2, top + card.height / 2];
  return {
    x: left / spanX,
    y: 1 - top / spanY,
    onMap: middleX >= 0 && middleX <= area.clientWidth && middleY >= 0 && middleY <= area.clientHeight,
  };
}

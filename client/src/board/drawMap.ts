import {
  layoutMap,
  readingOrder,
  type Card,
  type MapFrame,
  type MapLayout,
  type MapPlace,
} from '../../../shared/src/index.js';

export interface DrawnMap {
  /** The cards on the map, in the order the Tab key visits them (MAP-5). */
  inReadingOrder: Card[];
  /** New priorities no team has put on the map yet (MAP-6). */
  waiting: Card[];
  places: Map<string, MapPlace>;
  /** Set when the map grew for its cards (MAP-4). */
  grownHeight: number | null;
  /** How much smaller than usual the cards are drawn on a map that cannot grow. */
  scale: number;
}

const SMALLER = [1, 0.9, 0.8, 0.7, 0.6, 0.5];

/** Lays out this screen's cards: grown where it can scroll, smaller where it cannot. */
export function drawMap(cards: Card[], frame: MapFrame | null, fit: 'grow' | 'shrink'): DrawnMap {
  const placed = cards.filter((card) => card.placed);
  const waiting = cards.filter((card) => !card.placed);
  if (!frame) {
    const byPoint = [...placed].sort((a, b) => b.y - a.y || a.x - b.x || a.id.localeCompare(b.id));
    return { inReadingOrder: byPoint, waiting, places: new Map(), grownHeight: null, scale: 1 };
  }
  const { layout, scale } = fitted(placed, frame, fit);
  const byId = new Map(placed.map((card) => [card.id, card]));
  return {
    inReadingOrder: readingOrder(layout, frame.cardHeight * scale).map((id) => byId.get(id)!),
    waiting,
    places: layout.places,
    // A wall that cannot hold its cards even at half size clips the last of them rather than grow.
    grownHeight: fit === 'grow' && layout.height > frame.height + 0.5 ? layout.height : null,
    scale,
  };
}

function fitted(
  cards: Card[],
  frame: MapFrame,
  fit: 'grow' | 'shrink',
): { layout: MapLayout; scale: number } {
  let last: { layout: MapLayout; scale: number } | null = null;
  for (const scale of fit === 'grow' ? [1] : SMALLER) {
    const scaled = {
      ...frame,
      cardWidth: frame.cardWidth * scale,
      cardHeight: frame.cardHeight * scale,
      gap: frame.gap * scale,
    };
    last = { layout: layoutMap(cards, scaled), scale };
    if (last.layout.height <= frame.height + 0.5) return last;
  }
  return last!;
}

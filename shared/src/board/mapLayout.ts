/**
 * Where each priority is drawn on the 2×2 map (MAP-1 to MAP-6 in SPEC.md).
 *
 * A card's stored x and y say what the team decided: how far along each axis it sits. Drawn at
 * exactly that point, thirty cards pile up and hide each other's titles. So each screen draws every
 * card at the free place nearest its stored point, inside the quadrant that point is in, and grows
 * the map taller when a quadrant cannot hold its cards. The stored point is never changed.
 */

export interface MapPoint {
  id: string;
  /** 0–1 from the left and from the bottom. */
  x: number;
  y: number;
  /** Cards placed earlier keep their places; a later one yields (ties: by id). */
  placedAt: number;
}

export interface MapFrame {
  width: number;
  /** The map's height before it grows for its cards. */
  height: number;
  cardWidth: number;
  cardHeight: number;
  /** The space kept between two cards, and between a card and a quadrant's edge. */
  gap: number;
}

export interface MapPlace {
  left: number;
  top: number;
}

export interface MapLayout {
  places: Map<string, MapPlace>;
  /** At least the frame's height; more when a quadrant needed more rows. */
  height: number;
}

type Quadrant = 0 | 1 | 2 | 3;

/** MAP-1: the quadrant a stored point falls in (the middle lines belong to the right and the top). */
export function quadrantOf(point: { x: number; y: number }): Quadrant {
  return ((point.y >= 0.5 ? 0 : 2) + (point.x >= 0.5 ? 1 : 0)) as Quadrant;
}

export function layoutMap(points: MapPoint[], frame: MapFrame): MapLayout {
  const ordered = [...points].sort((a, b) => a.placedAt - b.placedAt || a.id.localeCompare(b.id));
  let height = Math.max(frame.height, leastHeight(ordered, frame));
  // Grows a row at a time until every card fits (MAP-4). Tidy rows of at least one column always
  // fit at leastHeight, so this ends at once; the bound only guards against a frame of no size.
  for (let tries = 0; tries <= ordered.length + 1; tries++) {
    const places = tryLayout(ordered, { ...frame, height });
    if (places) return { places, height };
    height += Math.max(1, frame.cardHeight + frame.gap);
  }
  return { places: new Map(ordered.map((p, i) => [p.id, { left: 0, top: i * frame.cardHeight }])), height };
}

/** The height at which the fullest quadrant could hold its cards in tidy rows. */
function leastHeight(points: MapPoint[], frame: MapFrame): number {
  const perQuadrant = [0, 0, 0, 0];
  for (const point of points) perQuadrant[quadrantOf(point)]! += 1;
  const columns = Math.max(1, Math.floor((frame.width / 2 - frame.gap) / (frame.cardWidth + frame.gap)));
  const rows = Math.ceil(Math.max(...perQuadrant) / columns);
  return 2 * (rows * (frame.cardHeight + frame.gap) + frame.gap);
}

interface Box {
  left: number;
  top: number;
}

function tryLayout(points: MapPoint[], frame: MapFrame): Map<string, MapPlace> | null {
  const places = new Map<string, MapPlace>();
  for (const quadrant of [0, 1, 2, 3] as const) {
    const inQuadrant = points.filter((point) => quadrantOf(point) === quadrant);
    const boxes = nearestPlaces(inQuadrant, quadrant, frame) ?? tidyRows(inQuadrant, quadrant, frame);
    if (!boxes) return null;
    inQuadrant.forEach((point, i) => places.set(point.id, boxes[i]!));
  }
  return places;
}

/** MAP-3: each card in turn at the free place nearest its point; null when one finds no room. */
function nearestPlaces(points: MapPoint[], quadrant: Quadrant, frame: MapFrame): Box[] | null {
  const placed: Box[] = [];
  for (const point of points) {
    const place = nearestFreePlace(point, quadrant, placed, frame);
    if (!place) return null;
    placed.push(place);
  }
  return placed;
}

/**
 * MAP-3: a quadrant too full for every card to find room near its point is set out in tidy rows,
 * in the reading order of the cards' points; null when even rows cannot hold them (MAP-4 grows it).
 */
function tidyRows(points: MapPoint[], quadrant: Quadrant, frame: MapFrame): Box[] | null {
  const range = quadrantRange(quadrant, frame);
  const stepX = frame.cardWidth + frame.gap;
  const stepY = frame.cardHeight + frame.gap;
  const columns = Math.floor((range.maxLeft - range.minLeft) / stepX + 1e-9) + 1;
  const rows = Math.floor((range.maxTop - range.minTop) / stepY + 1e-9) + 1;
  if (range.maxLeft < range.minLeft || range.maxTop < range.minTop || columns * rows < points.length)
    return null;
  const order = points
    .map((point, i) => ({ point, i }))
    .sort((a, b) => b.point.y - a.point.y || a.point.x - b.point.x || a.point.id.localeCompare(b.point.id));
  const boxes: Box[] = new Array<Box>(points.length);
  order.forEach(({ i }, n) => {
    boxes[i] = {
      left: range.minLeft + (n % columns) * stepX,
      top: range.minTop + Math.floor(n / columns) * stepY,
    };
  });
  return boxes;
}

/** The range a card's top-left corner may take inside one quadrant, a gap in from its edges. */
function quadrantRange(quadrant: Quadrant, frame: MapFrame) {
  const halfW = frame.width / 2;
  const halfH = frame.height / 2;
  const left = (quadrant % 2) * halfW + frame.gap;
  const top = Math.floor(quadrant / 2) * halfH + frame.gap;
  return {
    minLeft: left,
    // A card wider than its quadrant (a phone's, to the pixel) keeps to the quadrant's left edge and
    // gives up some of the gap on its right, rather than finding no place at all.
    maxLeft: Math.max(left, left + halfW - 2 * frame.gap - frame.cardWidth),
    minTop: top,
    maxTop: top + halfH - 2 * frame.gap - frame.cardHeight,
  };
}

/**
 * The point itself when it is free, else the nearest free place. The nearest place
 * always has each coordinate either where the card wants to be, at the quadrant's edge or against
 * another card's edge, so those are the only candidates tried.
 */
function nearestFreePlace(point: MapPoint, quadrant: Quadrant, others: Box[], frame: MapFrame): Box | null {
  const range = quadrantRange(quadrant, frame);
  if (range.maxLeft < range.minLeft || range.maxTop < range.minTop) return null;
  const clampTo = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const want = {
    left: clampTo(point.x * (frame.width - frame.cardWidth), range.minLeft, range.maxLeft),
    top: clampTo((1 - point.y) * (frame.height - frame.cardHeight), range.minTop, range.maxTop),
  };
  const stepX = frame.cardWidth + frame.gap;
  const stepY = frame.cardHeight + frame.gap;
  const lefts = [
    want.left,
    range.minLeft,
    range.maxLeft,
    ...others.flatMap((o) => [o.left - stepX, o.left + stepX]),
  ];
  const tops = [
    want.top,
    range.minTop,
    range.maxTop,
    ...others.flatMap((o) => [o.top - stepY, o.top + stepY]),
  ];
  const free = (box: Box) =>
    others.every(
      (o) => Math.abs(o.left - box.left) >= stepX - 1e-6 || Math.abs(o.top - box.top) >= stepY - 1e-6,
    );
  let best: Box | null = null;
  let bestDistance = Infinity;
  for (const left of lefts) {
    if (left < range.minLeft - 1e-6 || left > range.maxLeft + 1e-6) continue;
    for (const top of tops) {
      if (top < range.minTop - 1e-6 || top > range.maxTop + 1e-6) continue;
      const distance = (left - want.left) ** 2 + (top - want.top) ** 2;
      // Ties go to the higher, then the further left, so every screen chooses alike.
      const better =
        distance < bestDistance - 1e-9 ||
        (Math.abs(distance - bestDistance) <= 1e-9 &&
          best !== null &&
          (top < best.top || (top === best.top && left < best.left)));
      if (better && free({ left, top })) {
        best = { left, top };
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * MAP-5: the cards in the order a person reads the map, top to bottom then left to right, so the
 * Tab key goes from one card to the one beside it. Cards whose tops are within half a card of each
 * other count as one row.
 */
export function readingOrder(layout: MapLayout, cardHeight: number): string[] {
  const entries = [...layout.places.entries()].sort((a, b) => a[1].top - b[1].top);
  const rows: [string, MapPlace][][] = [];
  for (const entry of entries) {
    const row = rows.at(-1);
    if (row && entry[1].top - row[0]![1].top < cardHeight / 2) row.push(entry);
    else rows.push([entry]);
  }
  return rows.flatMap((row) =>
    row.sort((a, b) => a[1].left - b[1].left || a[0].localeCompare(b[0])).map(([id]) => id),
  );
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  layoutMap,
  quadrantOf,
  readingOrder,
  type MapFrame,
  type MapLayout,
  type MapPoint,
} from '../../shared/src/index.js';

const tablet: MapFrame = { width: 640, height: 480, cardWidth: 140, cardHeight: 70, gap: 6 };
const phone: MapFrame = { width: 360, height: 480, cardWidth: 165, cardHeight: 64, gap: 6 };
/** A phone to the pixel: the card as wide as its quadrant less its gaps, and then some. */
const tightPhone: MapFrame = { width: 374, height: 498, cardWidth: 172, cardHeight: 102, gap: 9 };

const point = (id: string, x: number, y: number, placedAt = 0): MapPoint => ({ id, x, y, placedAt });

const points = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      x: fc.double({ min: 0, max: 1, noNaN: true }),
      y: fc.double({ min: 0, max: 1, noNaN: true }),
      placedAt: fc.nat(40),
    }),
    { selector: (p) => p.id, maxLength: 40 },
  )
  .map((list) => list as MapPoint[]);

function overlaps(layout: MapLayout, frame: MapFrame): string[] {
  const boxes = [...layout.places.entries()];
  const found: string[] = [];
  for (const [i, [a, p]] of boxes.entries()) {
    for (const [b, q] of boxes.slice(i + 1)) {
      const apart =
        Math.abs(p.left - q.left) >= frame.cardWidth + frame.gap - 1e-6 ||
        Math.abs(p.top - q.top) >= frame.cardHeight + frame.gap - 1e-6;
      if (!apart) found.push(`${a}/${b}`);
    }
  }
  return found;
}

function outsideQuadrant(list: MapPoint[], layout: MapLayout, frame: MapFrame): string[] {
  return list.flatMap((p) => {
    const place = layout.places.get(p.id)!;
    const q = quadrantOf(p);
    const [x0, y0] = [(q % 2) * (frame.width / 2), Math.floor(q / 2) * (layout.height / 2)];
    // A gap in from each edge (MAP-1), save on the right for a card too wide for its quadrant.
    const right = Math.max(x0 + frame.width / 2 - frame.gap, x0 + frame.gap + frame.cardWidth);
    const inside =
      place.left >= x0 + frame.gap - 1e-6 &&
      place.left + frame.cardWidth <= right + 1e-6 &&
      place.top >= y0 + frame.gap - 1e-6 &&
      place.top + frame.cardHeight <= y0 + layout.height / 2 - frame.gap + 1e-6;
    return inside ? [] : [p.id];
  });
}

describe('where cards are drawn on the map', () => {
  it('MAP-1, MAP-2, MAP-4: any cards, on a tablet or a phone, each in its own quadrant and none over another', () => {
    for (const frame of [tablet, phone, tightPhone]) {
      fc.assert(
        fc.property(points, (list) => {
          const layout = layoutMap(list, frame);
          expect(layout.places.size).toBe(list.length);
          expect(overlaps(layout, frame)).toEqual([]);
          expect(outsideQuadrant(list, layout, frame)).toEqual([]);
          expect(layout.height).toBeGreaterThanOrEqual(frame.height);
        }),
      );
    }
  });

  it('MAP-3: a card whose point is free is drawn exactly there', () => {
    const layout = layoutMap([point('a', 0.8, 0.8), point('b', 0.2, 0.2)], tablet);
    const near = (place: { left: number; top: number } | undefined, left: number, top: number) => {
      expect(place?.left).toBeCloseTo(left, 6);
      expect(place?.top).toBeCloseTo(top, 6);
    };
    near(layout.places.get('a'), 0.8 * (640 - 140), 0.2 * (480 - 70));
    near(layout.places.get('b'), 0.2 * (640 - 140), 0.8 * (480 - 70));
  });

  it('MAP-3: a later card dropped on an earlier one yields, and the earlier one does not move', () => {
    const alone = layoutMap([point('first', 0.75, 0.75, 1)], tablet);
    const both = layoutMap([point('second', 0.75, 0.75, 2), point('first', 0.75, 0.75, 1)], tablet);
    expect(both.places.get('first')).toEqual(alone.places.get('first'));
    expect(both.places.get('second')).not.toEqual(both.places.get('first'));
  });

  it('MAP-3: adding a card never moves those in other quadrants, nor those in its own while it has room', () => {
    fc.assert(
      fc.property(points, fc.double({ min: 0, max: 1, noNaN: true }), (list, x) => {
        const newest = point('newest', x, x, 99);
        const before = layoutMap(list, tablet);
        const after = layoutMap([...list, newest], tablet);
        fc.pre(after.height === before.height);
        const roomy = list.filter((p) => quadrantOf(p) === quadrantOf(newest)).length < 3;
        for (const p of list) {
          if (quadrantOf(p) !== quadrantOf(newest) || roomy)
            expect(after.places.get(p.id)).toEqual(before.places.get(p.id));
        }
      }),
    );
  });

  it('MAP-3: a quadrant too full for nearest places sets its cards out in rows, in the order of their points', () => {
    // Three columns by three rows fit one quadrant of this map: nine cards asking for one point.
    const frame: MapFrame = { width: 900, height: 480, cardWidth: 140, cardHeight: 70, gap: 6 };
    const list = Array.from({ length: 9 }, (_, i) => point(`c${i}`, 0.75 + i / 1000, 0.75 - i / 1000, i));
    const layout = layoutMap(list, frame);
    expect(layout.height).toBe(frame.height);
    expect(overlaps(layout, frame)).toEqual([]);
    expect(outsideQuadrant(list, layout, frame)).toEqual([]);
  });

  it('is the same on every screen whatever order the cards arrive in', () => {
    fc.assert(
      fc.property(points, (list) => {
        const forwards = layoutMap(list, tablet);
        const backwards = layoutMap([...list].reverse(), tablet);
        expect([...backwards.places.entries()].sort()).toEqual([...forwards.places.entries()].sort());
      }),
    );
  });

  it('MAP-4: thirty cards in one quadrant of a phone grow the map rather than pile up', () => {
    const list = Array.from({ length: 30 }, (_, i) => point(`c${i}`, 0.75, 0.75, i));
    const layout = layoutMap(list, phone);
    expect(layout.height).toBeGreaterThan(phone.height);
    expect(overlaps(layout, phone)).toEqual([]);
    expect(outsideQuadrant(list, layout, phone)).toEqual([]);
  });

  it('MAP-5: reading order goes along each row, then down', () => {
    const layout = layoutMap(
      [point('bottom', 0.2, 0.1), point('top-right', 0.9, 0.9), point('top-left', 0.1, 0.88)],
      tablet,
    );
    expect(readingOrder(layout, tablet.cardHeight)).toEqual(['top-left', 'top-right', 'bottom']);
  });
});

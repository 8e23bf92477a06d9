import type { BoardState } from '../schema/board.js';
import { quadrantOf } from './mapLayout.js';

/**
 * Where a point sits on the 2×2 map in the words of that map's own axes, the vertical first as a
 * person reads the map: "more impact on the place, less ease of delivery". The middle lines belong
 * to the right and the top, as they do where the card is drawn (MAP-1).
 */
export function quadrantInWords(point: { x: number; y: number }, axes: BoardState['axes']): string {
  const quadrant = quadrantOf(point);
  const top = quadrant < 2;
  const right = quadrant % 2 === 1;
  return `${top ? 'more' : 'less'} ${axes.y.toLowerCase()}, ${right ? 'more' : 'less'} ${axes.x.toLowerCase()}`;
}

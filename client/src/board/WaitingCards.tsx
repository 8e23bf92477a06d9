import type { ReactNode } from 'react';
import { count } from '../ui/plural.js';

/** New priorities that no team has put on the map yet: a tray above it, never a quadrant (MAP-6). */
export function WaitingCards({
  count: waiting,
  canPlace,
  children,
}: {
  count: number;
  canPlace: boolean;
  children: ReactNode;
}) {
  if (waiting === 0) return null;
  return (
    <section className="waiting-cards" aria-label="Not on the map yet">
      <h3 className="waiting-cards__heading">
        Not on the map yet: {count(waiting, 'priority', 'priorities')}
      </h3>
      {canPlace && (
        <p className="waiting-cards__hint">Drag each onto the map, or open it and choose a quadrant.</p>
      )}
      <div className="waiting-cards__list">{children}</div>
    </section>
  );
}

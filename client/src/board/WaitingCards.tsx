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
        {canPlace && (
          <span className="waiting-cards__hint">
            {' '}
            · drag each onto the map, or open it and choose a quadrant
          </span>
        )}
      </h3>
      <div className="waiting-cards__list">{children}</div>
    </section>
  );
}

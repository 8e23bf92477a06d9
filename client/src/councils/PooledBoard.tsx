import type { ReactNode } from 'react';
import type { PooledEntry, PooledWording } from '../../../shared/src/index.js';
import { usePooledView } from './useCouncils.js';
import { possessive } from '../ui/possessive.js';
import './councils.css';

interface Props {
  /** What goes under a pooled priority on this screen (its implications, the console's buttons). */
  extra?: (entry: PooledEntry) => ReactNode;
  /** What goes beside a priority not sorted yet (the console's buttons). */
  unsortedExtra?: (wording: PooledWording) => ReactNode;
  showUnsorted?: boolean;
}

/**
 * The pooled priorities (handbook 001, 10.00): what is common to both councils, one agenda for
 * the managers, and what is each council's own. A merged priority shows every wording with its
 * council's name (POOL-4).
 */
export function PooledBoard({ extra, unsortedExtra, showUnsorted = true }: Props) {
  const view = usePooledView();
  return (
    <div className="pooled">
      {showUnsorted && view.unsorted.length > 0 && (
        <section className="pooled__unsorted" aria-label="Not sorted yet">
          <h3>Not sorted yet</h3>
          <ul>
            {view.unsorted.map((w) => (
              <li key={w.id} className="pooled__entry">
                <Wording wording={w} />
                {unsortedExtra?.(w)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="pooled__columns">
        <Column heading="Shared: one agenda for the managers" entries={view.shared} extra={extra} />
        <div className="pooled__separate">
          {view.separate.map((column) => (
            <Column
              key={column.from}
              heading={`${possessive(column.from)} own`}
              entries={column.entries}
              extra={extra}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

function Column({
  heading,
  entries,
  extra,
}: {
  heading: string;
  entries: PooledEntry[];
  extra?: (entry: PooledEntry) => ReactNode;
}) {
  return (
    <section className="pooled__column" aria-label={heading}>
      <h3>{heading}</h3>
      {entries.length === 0 ? (
        <p className="pooled__empty">None yet.</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id} className="pooled__entry">
              {entry.wordings.length > 1 && (
                <p className="pooled__merged">Merged: {entry.from.join(' and ')}</p>
              )}
              {entry.wordings.map((w) => (
                <Wording key={w.id} wording={w} />
              ))}
              {extra?.(entry)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Wording({ wording }: { wording: PooledWording }) {
  return (
    <div className="pooled__wording">
      <p className="pooled__headline">
        {wording.headline} <span className="pooled__from">({wording.from})</span>
      </p>
      {wording.fit && <p className="pooled__fit">{wording.fit}</p>}
    </div>
  );
}

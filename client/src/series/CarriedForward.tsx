import { useId } from 'react';
import { carriedStatus, type CarriedPriority, type CarriedWorkshop } from '../../../shared/src/index.js';
import { FormError } from '../ui/FormError.js';
import { useCarriedForward } from './useCarriedForward.js';
import './series.css';

/**
 * What the earlier workshops of the series left: their priorities with their status, grouped by
 * workshop, as they stand there now. Read-only by construction: none of it is in this workshop's
 * document, so there is nothing here to edit.
 */
export function CarriedForward() {
  const headingId = useId();
  const { state, reload } = useCarriedForward();
  return (
    <section className="carried" aria-labelledby={headingId}>
      <h2 id={headingId}>Carried forward</h2>
      <p className="carried__lead">
        From the earlier workshops of the series, as they stand there now. Read only: they are changed in the
        workshop they came from.
      </p>
      {state.status === 'loading' && <p role="status">Reading the earlier workshops…</p>}
      {state.status === 'failed' && (
        <>
          <FormError message={state.message} />
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </>
      )}
      {state.status === 'ready' && state.workshops.length === 0 && (
        <p>This workshop was not started from an earlier one of the series, so nothing is carried forward.</p>
      )}
      {state.status === 'ready' &&
        state.workshops.map((workshop) => <EarlierWorkshop key={workshop.id} workshop={workshop} />)}
    </section>
  );
}

function EarlierWorkshop({ workshop }: { workshop: CarriedWorkshop }) {
  const headingId = useId();
  const { part, of, priorities } = workshop;
  return (
    <section className="carried__workshop" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Workshop {part} of {of}: {workshop.title}
      </h3>
      <p className="carried__when">{whenWords(workshop)}</p>
      <h4>Priorities</h4>
      {priorities.length === 0 ? (
        <p>No priorities were raised in workshop {part}.</p>
      ) : (
        <ul className="carried__list" aria-label={`Priorities from workshop ${part}`}>
          {priorities.map((priority) => (
            <CarriedPriorityItem key={priority.id} priority={priority} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One priority: its title, its category as a coloured edge and in words, its status, its note. */
function CarriedPriorityItem({ priority }: { priority: CarriedPriority }) {
  const colour = priority.category?.colour ?? 'var(--line)';
  return (
    <li className="carried__priority" style={{ borderLeftColor: colour }}>
      <p className="carried__title">{priority.title || 'Untitled priority'}</p>
      {priority.category && <p className="carried__category">{priority.category.label}</p>}
      <p className="carried__status">{carriedStatus(priority)}</p>
      {priority.note && <p className="carried__note">{priority.note}</p>}
    </li>
  );
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "Held on 3 March 2026", or when it was made if its clock was never started. */
function whenWords(workshop: CarriedWorkshop): string {
  return workshop.startedAtMs !== null
    ? `Held on ${day.format(workshop.startedAtMs)}`
    : `Made on ${day.format(workshop.createdAtMs)}; its clock was never started`;
}

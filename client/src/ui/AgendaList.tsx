import { formatProgrammeTime, itemProgress, plannedStartsMin } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

const marks = { done: 'Done', current: 'Now', upcoming: 'To come' } as const;

/** The programme as a list: time, title, duration, and a mark for done / now / to come. */
export function AgendaList({ onSelect }: { onSelect?: (itemId: string) => void }) {
  const control = useSessionState((s) => s.control);
  if (!control) return null;
  const starts = plannedStartsMin(control.agenda);
  return (
    <ol className="agenda" aria-label="Agenda">
      {control.agenda.map((item, index) => {
        const progress = itemProgress(control.clock, index);
        const start = starts[index];
        return (
          <li
            key={item.id}
            className={`agenda__item agenda__item--${progress}`}
            aria-current={progress === 'current' ? 'step' : undefined}
          >
            <span className="agenda__time">
              {start === null || start === undefined ? '' : formatProgrammeTime(start)}
            </span>
            <span className="agenda__title">{item.title}</span>
            <span className="agenda__duration">{item.durationMin} min</span>
            <span className={`agenda__mark agenda__mark--${progress}`}>{marks[progress]}</span>
            {onSelect && progress !== 'current' && (
              <button
                type="button"
                className="agenda__go"
                aria-label={`Go to ${item.title}`}
                onClick={() => onSelect(item.id)}
              >
                Go to
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

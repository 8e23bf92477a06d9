import { formatProgrammeTime, plannedStartsMin } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

/** What comes after the current item, in words, under the row of squares: "Next: Coffee/tea, 10.30". */
export function NextItem() {
  const control = useSessionState((s) => s.control);
  if (!control || control.clock.status === 'finished') return null;
  const index = control.clock.currentIndex + 1;
  const next = control.agenda[index];
  const start = plannedStartsMin(control.agenda)[index];
  return (
    <p className="next-item">
      {next ? (
        <>
          Next: {next.title}
          {start === null || start === undefined ? '' : `, ${formatProgrammeTime(start)}`}
        </>
      ) : (
        'This is the last item.'
      )}
    </p>
  );
}

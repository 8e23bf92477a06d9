import { formatProgrammeTime, plannedStartsMin } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

/** A break, and when the room is back: the next item's start in the programme ("Back at 11.00"). */
export function BackAt({ className }: { className: string }) {
  const control = useSessionState((s) => s.control);
  if (!control) return null;
  const index = control.clock.currentIndex;
  const item = control.agenda[index];
  const next = plannedStartsMin(control.agenda)[index + 1] ?? null;
  if (!item) return null;
  return (
    <section className={className} aria-label={item.title}>
      <h2>{item.title}</h2>
      {next !== null && <p className={`${className}-time`}>Back at {formatProgrammeTime(next)}</p>}
    </section>
  );
}

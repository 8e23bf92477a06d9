import { remainingMs } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';
import { useServerTime } from './useServerNow.js';

/** Reminders at these minutes left; then "time is up". */
const WARN_AT_MIN = [1, 5];

/**
 * A polite live region: a change of agenda item and the last minutes of an item are announced,
 * not only drawn. Its text is derived from the clock, so it changes (and is read out) exactly when
 * the item changes or a threshold is crossed.
 */
export function Announcer() {
  const control = useSessionState((s) => s.control);
  const item = control?.agenda[control.clock.currentIndex];
  const threshold = useServerTime((now) => {
    if (!control || control.clock.status !== 'running') return 0;
    const left = remainingMs(control.clock, control.agenda, now);
    if (left <= 0) return -1;
    return WARN_AT_MIN.find((min) => left <= min * 60_000) ?? 0;
  });
  let message = '';
  if (control?.clock.status === 'finished') message = 'The programme has finished.';
  else if (item && threshold === -1) message = `Time is up: ${item.title}.`;
  else if (item && threshold > 0)
    message = `${threshold} ${threshold === 1 ? 'minute' : 'minutes'} left: ${item.title}.`;
  else if (item) message = `Now: ${item.title}.`;
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}

import { formatCountdown, overrunMs, remainingMs, type ClockStatus } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';
import { useServerTime } from './useServerNow.js';

/** The words beside the time. The slot is always there, so nothing moves when they change. */
function stateWords(status: ClockStatus, overrun: boolean): string | null {
  if (status === 'ready') return 'Not started';
  if (status === 'paused') return overrun ? 'Paused, over time' : 'Paused';
  return overrun && status === 'running' ? 'Over time' : null;
}

/** The current item's countdown; an overrun says so in words ("Over time") as well as in colour. */
export function Countdown({ className = '' }: { className?: string }) {
  const control = useSessionState((s) => s.control);
  const synced = useSessionState((s) => s.clockSynced);
  const text = useServerTime((now) => {
    if (!control) return '';
    if (control.clock.status === 'finished') return 'Finished';
    // A running countdown read off a device clock that is minutes out would be shown to the room
    // until it is measured: better a blank for that moment.
    if (control.clock.status === 'running' && !synced) return '–:––';
    return formatCountdown(remainingMs(control.clock, control.agenda, now));
  });
  const overrun = useServerTime((now) => !!control && overrunMs(control.clock, control.agenda, now) > 0);
  if (!control) return null;
  const words = stateWords(control.clock.status, overrun);
  return (
    <div
      className={`countdown ${overrun ? 'countdown--over' : ''} ${className}`}
      role="timer"
      aria-live="off"
      aria-label="Time left on this item"
    >
      <span className="countdown__time">{text}</span>
      <span className="countdown__state" aria-hidden={words === null}>
        {words ?? '\u00a0'}
      </span>
    </div>
  );
}

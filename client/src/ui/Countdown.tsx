import { formatCountdown, overrunMs, remainingMs } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';
import { useServerTime } from './useServerNow.js';

/** The current item's countdown; an overrun says so in words as well as in colour. */
export function Countdown({ className = '' }: { className?: string }) {
  const control = useSessionState((s) => s.control);
  const text = useServerTime((now) => {
    if (!control) return '';
    const left = remainingMs(control.clock, control.agenda, now);
    if (control.clock.status === 'finished') return 'Finished';
    return left < 0 ? `${formatCountdown(left)} over time` : formatCountdown(left);
  });
  const overrun = useServerTime((now) => !!control && overrunMs(control.clock, control.agenda, now) > 0);
  if (!control) return null;
  const paused = control.clock.status === 'paused';
  return (
    <div
      className={`countdown ${overrun ? 'countdown--over' : ''} ${className}`}
      role="timer"
      aria-live="off"
      aria-label="Time left on this item"
    >
      <span className="countdown__time">{text}</span>
      {paused && <span className="countdown__state">Paused</span>}
      {control.clock.status === 'ready' && <span className="countdown__state">Not started</span>}
    </div>
  );
}

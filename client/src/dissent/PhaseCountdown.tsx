import './dissent.css';
import { formatCountdown, phaseRemainingMs } from '../../../shared/src/index.js';
import { useServerTime } from '../ui/useServerNow.js';
import { useSessionState } from '../state/sessionContext.js';
import { useDissent } from './useDissent.js';
import { phaseNames } from './words.js';

/**
 * The phase of the round on now and its countdown (DISSENT-4), drawn from the server's deadline as
 * the item's countdown is. It sits beside the item's own countdown, never over it. Over time it
 * says so in words as well as in colour.
 */
export function PhaseCountdown({ className = '' }: { className?: string }) {
  const { run, plan } = useDissent();
  const synced = useSessionState((s) => s.clockSynced);
  const left = useServerTime((now) => (run ? (phaseRemainingMs(run, now) ?? 0) : 0));
  if (!run || !plan || run.status === 'finished') return null;
  const over = left < 0;
  const text = run.status === 'running' && !synced ? '–:––' : formatCountdown(left);
  const words =
    run.status === 'ready'
      ? 'Not started'
      : run.status === 'paused'
        ? 'Paused'
        : over
          ? 'Over time'
          : '\u00a0';
  return (
    <div
      className={`phase-countdown ${over ? 'phase-countdown--over' : ''} ${className}`}
      role="timer"
      aria-live="off"
      aria-label={`Time left to ${phaseNames[run.phase].toLowerCase()}`}
    >
      <span className="phase-countdown__round">
        Round {run.round + 1} of {plan.rotation.length}
      </span>
      <span className="phase-countdown__phase">{phaseNames[run.phase]}</span>
      <span className="phase-countdown__time">{text}</span>
      <span className="phase-countdown__state">{words}</span>
    </div>
  );
}

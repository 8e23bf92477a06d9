import { formatTimeOfDay, plannedFinishMin, projectedFinishAtMs } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';
import { useServerTime } from './useServerNow.js';

/** Minutes since local midnight of a moment, for printing it as a programme time. */
function minutesOfDay(ms: number): number {
  const date = new Date(ms);
  return date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;
}

/** Planned finish against projected finish, with am or pm so neither is misread ("1.00 pm" vs "1.07 pm"). */
export function FinishTimes() {
  const control = useSessionState((s) => s.control);
  const projected = useServerTime((now) =>
    control
      ? formatTimeOfDay(Math.floor(minutesOfDay(projectedFinishAtMs(control.clock, control.agenda, now))))
      : '',
  );
  if (!control) return null;
  const planned = plannedFinishMin(control.agenda);
  return (
    <dl className="finish-times">
      <div>
        <dt>Planned finish</dt>
        <dd>{planned === null ? '—' : formatTimeOfDay(planned)}</dd>
      </div>
      <div>
        <dt>{control.clock.status === 'finished' ? 'Finished at' : 'Projected finish'}</dt>
        {/* Before the programme starts, "now plus everything" would only say how late it is in the day. */}
        <dd>{control.clock.startedAtMs === null ? 'Once the clock starts' : projected}</dd>
      </div>
    </dl>
  );
}

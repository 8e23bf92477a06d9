import { possibleClockCommands, type ClockCommand, type ClockControl } from '../../../../shared/src/index.js';
import { useSessionState } from '../../state/sessionContext.js';
import { useControlCommand } from '../../ui/useControlCommand.js';
import { useServerTime } from '../../ui/useServerNow.js';

/**
 * The clock's buttons, each enabled when the clock's rules would accept it now (asked of shared/,
 * never re-derived here), for the console's controls and the strip that follows the facilitator
 * down the page.
 */
export function useClockButtons() {
  const state = useSessionState((s) => s.control);
  const online = useSessionState((s) => s.connection === 'online');
  const { send, error, busy } = useControlCommand();
  const possible = useServerTime((now) => {
    if (!state) return '';
    const controls = possibleClockCommands(state.clock, state.agenda, now);
    return Object.keys(controls)
      .filter((c) => controls[c as ClockControl])
      .join(' ');
  });
  const isPossible = (control: ClockControl) => possible.split(' ').includes(control);
  const clock = (command: ClockCommand) => send({ area: 'clock', command });
  const button = (label: string, command: ClockCommand, control: ClockControl, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      disabled={!online || busy || !isPossible(control)}
      onClick={() => void clock(command)}
    >
      {label}
    </button>
  );
  /** Start, Pause or Resume: whichever the clock's state calls for. */
  const startOrPause = () => {
    const status = state?.clock.status;
    if (status === 'ready') return button('Start the clock', { type: 'start' }, 'start', true);
    if (status === 'running') return button('Pause', { type: 'pause' }, 'pause', true);
    if (status === 'paused') return button('Resume', { type: 'resume' }, 'resume', true);
    return null;
  };
  return { state, online, busy, error, clock, button, startOrPause };
}

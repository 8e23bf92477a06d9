import { useState } from 'react';
import { possibleClockCommands, type ClockCommand, type ClockControl } from '../../../../shared/src/index.js';
import { useSessionState } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';
import { Confirm } from '../../ui/Confirm.js';
import { useControlCommand } from '../../ui/useControlCommand.js';
import { useServerTime } from '../../ui/useServerNow.js';

/**
 * The controls a facilitator reaches for without looking. Each is enabled when the clock's rules
 * would accept it now (asked of shared/, never re-derived here); a refusal is shown in words.
 */
export function ClockControls() {
  const state = useSessionState((s) => s.control);
  const online = useSessionState((s) => s.connection === 'online');
  const { send, error, busy } = useControlCommand();
  const [confirmReset, setConfirmReset] = useState(false);
  const possible = useServerTime((now) => {
    if (!state) return '';
    const controls = possibleClockCommands(state.clock, state.agenda, now);
    return Object.keys(controls)
      .filter((c) => controls[c as ClockControl])
      .join(' ');
  });
  if (!state) return null;
  const { status, undo } = state.clock;
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
  const reset = async () => {
    setConfirmReset(false);
    await clock({ type: 'reset' });
  };

  return (
    <section className="clock-controls" aria-label="Clock controls">
      <div className="clock-controls__row">
        {status === 'ready' && button('Start the clock', { type: 'start' }, 'start', true)}
        {status === 'running' && button('Pause', { type: 'pause' }, 'pause', true)}
        {status === 'paused' && button('Resume', { type: 'resume' }, 'resume', true)}
        {button('Previous item', { type: 'previous' }, 'previous')}
        {button('Next item', { type: 'next' }, 'next')}
        {/* Always there, disabled when there is nothing to undo, so the controls never move. */}
        {button(undo?.kind === 'reset' ? 'Undo the reset' : 'Undo last move', { type: 'undo' }, 'undo')}
      </div>
      <div className="clock-controls__row">
        {button('+1 min', { type: 'adjust', minutes: 1 }, 'extend')}
        {button('+5 min', { type: 'adjust', minutes: 5 }, 'extend')}
        {button('−1 min', { type: 'adjust', minutes: -1 }, 'shorten')}
        {button('−5 min', { type: 'adjust', minutes: -5 }, 'shorten')}
        {!confirmReset && (
          <button
            type="button"
            className="button"
            disabled={!online || busy}
            onClick={() => setConfirmReset(true)}
          >
            Reset the clock
          </button>
        )}
      </div>
      {confirmReset && (
        <Confirm
          className="clock-controls__confirm"
          label="Confirm the reset"
          question="Go back to the first item, not started, and forget every change of time?"
          actions={[{ label: 'Yes, reset the clock', danger: true, run: () => void reset() }]}
          keep="Keep the clock as it is"
          onKeep={() => setConfirmReset(false)}
        />
      )}
      <FormError message={error} />
    </section>
  );
}

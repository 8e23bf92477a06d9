import { useState } from 'react';
import { FormError } from '../../ui/FormError.js';
import { Confirm } from '../../ui/Confirm.js';
import { useClockButtons } from './useClockButtons.js';

/** The controls a facilitator reaches for without looking; a refusal is shown in words. */
export function ClockControls() {
  const { state, online, busy, error, clock, button, startOrPause } = useClockButtons();
  const [confirmReset, setConfirmReset] = useState(false);
  if (!state) return null;
  const { undo } = state.clock;
  const reset = async () => {
    setConfirmReset(false);
    await clock({ type: 'reset' });
  };

  return (
    <section className="clock-controls" aria-label="Clock controls">
      <div className="clock-controls__row">
        {startOrPause()}
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
            data-returns-focus
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

import { useState } from 'react';
import type { ClockCommand } from '../../../../shared/src/index.js';
import { useSessionState, useWorkshop } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';

/** The controls a facilitator reaches for without looking. A refusal is shown in words. */
export function ClockControls() {
  const { control } = useWorkshop();
  const state = useSessionState((s) => s.control);
  const online = useSessionState((s) => s.connection === 'online');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!state) return null;
  const { status, beforeLastMove, currentIndex } = state.clock;

  const send = async (command: ClockCommand) => {
    setBusy(true);
    const result = await control.command(command);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
  };
  const button = (label: string, command: ClockCommand, enabled = true, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      disabled={!online || busy || !enabled}
      onClick={() => void send(command)}
    >
      {label}
    </button>
  );

  return (
    <section className="clock-controls" aria-label="Clock controls">
      <div className="clock-controls__row">
        {status === 'ready' && button('Start the clock', { type: 'start' }, true, true)}
        {status === 'running' && button('Pause', { type: 'pause' }, true, true)}
        {status === 'paused' && button('Resume', { type: 'resume' }, true, true)}
        {button('Previous item', { type: 'previous' }, status === 'finished' || currentIndex > 0)}
        {button('Next item', { type: 'next' }, status !== 'finished')}
        {beforeLastMove && button('Undo last move', { type: 'undo' })}
      </div>
      <div className="clock-controls__row">
        {button('+1 min', { type: 'adjust', minutes: 1 }, status !== 'finished')}
        {button('+5 min', { type: 'adjust', minutes: 5 }, status !== 'finished')}
        {button('−1 min', { type: 'adjust', minutes: -1 }, status !== 'finished')}
        {button('−5 min', { type: 'adjust', minutes: -5 }, status !== 'finished')}
        {button('Reset the clock', { type: 'reset' })}
      </div>
      <FormError message={error} />
    </section>
  );
}

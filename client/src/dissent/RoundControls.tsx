import { useState } from 'react';
import type { DissentCommand } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';
import { Confirm } from '../ui/Confirm.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { count } from '../ui/plural.js';
import { PhaseCountdown } from './PhaseCountdown.js';
import type { DissentView } from './useDissent.js';

/**
 * Running the rounds (DISSENT-4 … DISSENT-6): where they are, with the phase's countdown, and the
 * buttons in fixed places. A button is disabled where its command cannot apply now; the server is
 * the judge, and a refusal is shown in its words.
 */
export function RoundControls({ dissent }: { dissent: DissentView }) {
  const { send, error, busy } = useControlCommand();
  const online = useSessionState((s) => s.connection === 'online');
  const [confirmReset, setConfirmReset] = useState(false);
  const { plan, run, state } = dissent;
  const on = run !== null && run.status !== 'finished';
  const go = (command: DissentCommand) => send({ area: 'dissent', command });
  const button = (label: string, command: DissentCommand, can: boolean, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      disabled={!online || busy || !can}
      onClick={() => void go(command)}
    >
      {label}
    </button>
  );
  const startOrPause = () => {
    if (run?.status === 'running') return button('Pause', { type: 'pause' }, true, true);
    if (run?.status === 'paused') return button('Resume', { type: 'resume' }, true, true);
    const canStart = plan !== null && (run === null || run.status === 'ready');
    return button('Start the round', { type: 'start' }, canStart, true);
  };
  const reset = async () => {
    setConfirmReset(false);
    await go({ type: 'reset' });
  };
  return (
    <div className="dissent-console__run" role="group" aria-label="Run the rounds">
      {on ? (
        <PhaseCountdown className="dissent-console__countdown" />
      ) : (
        <p className="dissent-console__where">{whereWords(dissent)}</p>
      )}
      <div className="dissent-console__buttons">
        {startOrPause()}
        {button('Next phase', { type: 'nextPhase' }, on)}
        {button('Next round', { type: 'nextRound' }, on)}
      </div>
      <div className="dissent-console__buttons">
        {button('+1 min', { type: 'extend', minutes: 1 }, on)}
        {button('−1 min', { type: 'extend', minutes: -1 }, on)}
        {button('Undo', { type: 'undo' }, state?.undo != null)}
        {!confirmReset && (
          <button
            type="button"
            className="button"
            disabled={!online || busy || run === null}
            data-returns-focus
            onClick={() => setConfirmReset(true)}
          >
            Reset the rounds
          </button>
        )}
      </div>
      {confirmReset && (
        <Confirm
          label="Confirm the reset"
          question="Go back to the plan, with no round run? Undo brings the rounds back."
          actions={[{ label: 'Yes, reset the rounds', danger: true, run: () => void reset() }]}
          keep="Keep the rounds as they are"
          onKeep={() => setConfirmReset(false)}
        />
      )}
      <FormError message={error} />
    </div>
  );
}

/** Before the first start and after the last round, in place of the countdown. */
function whereWords({ plan, run }: DissentView): string {
  if (!plan) return 'Not planned yet.';
  if (run?.status === 'finished') return 'Every round has run.';
  return `Planned: ${count(plan.rotation.length, 'round')}, not started.`;
}

import {
  dissentPhases,
  initialDissent,
  phasesOf,
  type DissentCommand,
  type DissentPhase,
  type PhaseMinutes,
} from '../../../shared/src/index.js';
import { useSessionState, useTeams } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import { count } from '../ui/plural.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import type { DissentView } from './useDissent.js';
import { phaseNames } from './words.js';

/** The schema's limits (phaseMinutesSchema): 1 to 30 minutes, assent from 0 (left out). */
const MOST_MINUTES = 30;
const minuteChoices = (phase: DissentPhase) =>
  Array.from({ length: MOST_MINUTES + 1 }, (_, n) => n).filter((n) => n > 0 || phase === 'assent');
const setMinutes = (phase: DissentPhase, minutes: number): DissentCommand => ({
  type: 'setMinutes',
  ...({ [phase]: minutes } as Partial<PhaseMinutes>),
});

/**
 * How long each phase runs and how many rounds (DISSENT-2), and planning them (DISSENT-3). Minutes
 * apply to phases still to start, so they stay open while rounds run; the number of rounds and a
 * new plan wait for a reset, and the server says so if asked.
 */
export function DissentSettings({ dissent }: { dissent: DissentView }) {
  const { send, error, busy } = useControlCommand();
  const online = useSessionState((s) => s.connection === 'online');
  const teams = useTeams();
  const state = dissent.state ?? initialDissent();
  const go = (command: DissentCommand) => send({ area: 'dissent', command });
  const mostRounds = Math.max(1, teams.length - 1);
  const roundMinutes = phasesOf(state.minutes).reduce((sum, phase) => sum + state.minutes[phase], 0);
  return (
    <div className="dissent-console__settings" role="group" aria-label="Plan the rounds">
      <fieldset className="dissent-console__minutes">
        <legend>Minutes for each phase</legend>
        {dissentPhases.map((phase) => (
          <label key={phase} className="field">
            {phaseNames[phase]}
            <select
              value={state.minutes[phase]}
              disabled={!online}
              onChange={(e) => void go(setMinutes(phase, Number(e.target.value)))}
            >
              {minuteChoices(phase).map((n) => (
                <option key={n} value={n}>
                  {n === 0 ? 'None' : n}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <div className="dissent-console__rounds">
        <label className="field field--inline">
          <span>Rounds</span>
          <select
            value={state.rounds}
            disabled={!online || dissent.running}
            onChange={(e) => void go({ type: 'setRounds', rounds: Number(e.target.value) })}
          >
            {Array.from({ length: mostRounds }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--primary"
          disabled={!online || busy || dissent.running}
          onClick={() => void go({ type: 'plan' })}
        >
          Plan the rounds
        </button>
      </div>
      <p className="dissent-console__hint">
        A round takes {count(roundMinutes, 'minute')}; {count(state.rounds, 'round')},{' '}
        {count(roundMinutes * state.rounds, 'minute')}. Teams whose proposition is ready for dissent present;
        the others only listen.
      </p>
      <FormError message={error} />
    </div>
  );
}

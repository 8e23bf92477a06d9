import type { CSSProperties } from 'react';
import { firstOpenRound, type DissentPlan, type DissentRun } from '../../../shared/src/index.js';
import { useSessionState, useTeams } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { swapListener } from './swapListener.js';

/**
 * The schedule, a presenting team a row and a round a column, each cell the team it presents to.
 * Rounds that have not begun change by hand (DISSENT-3): the whole schedule goes to the server,
 * which refuses one that breaks a rule and names it (ROTATION-n).
 */
export function RotationTable({ plan, run }: { plan: DissentPlan; run: DissentRun | null }) {
  const teams = useTeams();
  const { send, error, busy } = useControlCommand();
  const online = useSessionState((s) => s.connection === 'online');
  const open = firstOpenRound(run);
  const now = run && run.status !== 'finished' ? run.round : null;
  const name = (id: string) => teams.find((t) => t.id === id)?.name ?? 'A task team';
  const change = (round: number, presenter: string, listener: string) =>
    void send({
      area: 'dissent',
      command: { type: 'setRotation', rotation: swapListener(plan.rotation, round, presenter, listener) },
    });
  return (
    <div className="dissent-console__schedule">
      <table style={{ '--rounds': plan.rotation.length } as CSSProperties}>
        <caption>Who presents to whom</caption>
        <thead>
          <tr>
            <th scope="col">Presenting team</th>
            {plan.rotation.map((_, i) => (
              <th key={i} scope="col" aria-current={i === now ? 'step' : undefined}>
                Round {i + 1}
                {i === now && <span className="dissent-console__now"> now</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.presenting.map((presenter) => (
            <tr key={presenter}>
              <th scope="row">{name(presenter)}</th>
              {plan.rotation.map((round, i) => (
                <td key={i}>
                  <select
                    aria-label={`Round ${i + 1}: ${name(presenter)} presents to`}
                    value={round[presenter] ?? ''}
                    disabled={!online || busy || i < open}
                    onChange={(e) => change(i, presenter, e.target.value)}
                  >
                    {teams
                      .filter((t) => t.id !== presenter)
                      .map((t) => (
                        <option key={t.id} value={t.id}>
                          {t.name}
                        </option>
                      ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dissent-console__hint">
        Rounds not yet begun can change: choosing a team another presenter visits in that round swaps the two.
      </p>
      <FormError message={error} />
    </div>
  );
}

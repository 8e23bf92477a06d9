import type { DissentPlan } from '../../../shared/src/index.js';
import { useRoster } from '../roster/useRoster.js';
import { usePropositions } from '../teamWork/useDocRead.js';
import { useSessionState, useTeams, useWorkshop } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import { possessive } from '../ui/possessive.js';
import { useControlCommand } from '../ui/useControlCommand.js';

/**
 * Who presents what through whom, and who only listens, as planned (DISSENT-3). The facilitator
 * chooses each presenting team's spokesperson from its roster (PERM-26); a team's tablet may too.
 */
export function PresentingTeams({ plan }: { plan: DissentPlan }) {
  const { doc } = useWorkshop();
  const teams = useTeams();
  const roster = useRoster();
  const propositions = usePropositions(doc);
  const { send, error } = useControlCommand();
  const online = useSessionState((s) => s.connection === 'online');
  const title = (id: string | undefined) =>
    propositions.find((p) => p.id === id)?.title.trim() || 'Untitled proposition';
  const listeners = teams.filter((t) => !plan.presenting.includes(t.id));
  return (
    <div className="dissent-console__teams">
      <h3 id="dissent-presenting-heading">Who presents</h3>
      <ul className="dissent-console__presenting" aria-labelledby="dissent-presenting-heading">
        {teams
          .filter((t) => plan.presenting.includes(t.id))
          .map((team) => {
            const members = roster.members.filter((m) => m.teamId === team.id);
            return (
              <li key={team.id}>
                <span>
                  <strong>{team.name}</strong>: {title(plan.propositionIds[team.id])}
                </span>
                {members.length === 0 ? (
                  <span className="dissent-console__nobody">
                    Nobody on {possessive(team.name)} roster yet
                  </span>
                ) : (
                  <label className="field field--inline">
                    <span aria-hidden="true">Spokesperson</span>
                    <select
                      aria-label={`${possessive(team.name)} spokesperson`}
                      value={plan.spokespeople[team.id] ?? ''}
                      disabled={!online}
                      onChange={(e) =>
                        void send({
                          area: 'dissent',
                          command: { type: 'setSpokesperson', teamId: team.id, memberId: e.target.value },
                        })
                      }
                    >
                      {members.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </li>
            );
          })}
      </ul>
      {listeners.length > 0 && (
        <p className="dissent-console__listeners">
          Only listen, with no proposition ready for dissent when the rounds were planned:{' '}
          {listeners.map((t) => t.name).join(', ')}.
        </p>
      )}
      <FormError message={error} />
    </div>
  );
}

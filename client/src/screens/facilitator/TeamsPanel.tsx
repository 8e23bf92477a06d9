import { count } from '../../ui/plural.js';
import { roleNames } from '../../ui/roleNames.js';
import { useSessionState, useTeams } from '../../state/sessionContext.js';
import { namesList, useRoster } from '../../roster/useRoster.js';
import { speakersOf } from '../../../../shared/src/index.js';

/** Task teams with the people and devices connected to each, and everyone else in the room. */
export function TeamsPanel() {
  const teams = useTeams();
  const people = useSessionState((s) => s.presence.people);
  const online = useSessionState((s) => s.connection === 'online');
  const others = people.filter((p) => p.teamId === null);
  const roster = useRoster();
  return (
    <section className="teams-panel" aria-labelledby="teams-heading">
      <h2 id="teams-heading">Who is connected</h2>
      {!online && (
        <p className="teams-panel__unknown">
          Not known while this console is offline: the list below is from before the connection dropped.
        </p>
      )}
      <ul>
        {teams.map((team) => {
          const members = people.filter((p) => p.teamId === team.id);
          return (
            <li key={team.id}>
              <span className={`dot ${members.length ? 'dot--on' : 'dot--off'}`} aria-hidden="true" />
              <strong>{team.name}</strong>
              {members.length === 0 ? (
                <span className="teams-panel__none"> — no device connected</span>
              ) : (
                <ul>
                  {members.map((m) => (
                    <li key={m.linkId}>
                      {m.name} ({count(m.devices, 'device')})
                      {speakersOf(roster, m.linkId).length > 0 &&
                        `: speaking for ${namesList(speakersOf(roster, m.linkId))}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
        {others.map((p) => (
          <li key={p.linkId}>
            <span className="dot dot--on" aria-hidden="true" />
            {p.name === roleNames[p.role] ? p.name : `${roleNames[p.role]}: ${p.name}`} (
            {count(p.devices, 'device')})
          </li>
        ))}
      </ul>
    </section>
  );
}

import {
  kindsOfProvider,
  levelsOfChange,
  statusLabels,
  statusOf,
  wordLabel,
  type Option,
} from '../../../shared/src/index.js';
import { useSessionState, useTeams, useWorkshop } from '../state/sessionContext.js';
import { count } from '../ui/plural.js';
import { useOptions, usePropositions } from './useDocRead.js';
import './teamWork.css';

const optionWords = (option: Option) =>
  [wordLabel(levelsOfChange, option.level), wordLabel(kindsOfProvider, option.provider)]
    .filter(Boolean)
    .join(', ');

/** The console's view of every team's options and propositions: read only, a line or two a team. */
export function TeamWorkOverview() {
  const { doc } = useWorkshop();
  const teams = useTeams();
  const options = useOptions(doc);
  const propositions = usePropositions(doc);
  const state = useSessionState((s) => s.control?.propositions);
  if (!state) return null;
  return (
    <section className="team-work-overview" aria-labelledby="team-work-overview-heading">
      <h2 id="team-work-overview-heading">Options and propositions</h2>
      <div className="team-work-overview__teams">
        {teams.map((team) => {
          const theirs = options.filter((o) => o.teamId === team.id);
          const shortlisted = theirs.filter((o) => o.shortlisted);
          const props = propositions.filter((p) => p.teamId === team.id);
          return (
            <section key={team.id} aria-label={team.name}>
              <h3>{team.name}</h3>
              <p>
                {count(theirs.length, 'option')}, {shortlisted.length} shortlisted
              </p>
              {shortlisted.length > 0 && (
                <ul>
                  {shortlisted.map((o) => (
                    <li key={o.id}>
                      {o.description.trim().split('\n')[0] || 'No description yet'}
                      {optionWords(o) && <span className="team-work__meta"> · {optionWords(o)}</span>}
                    </li>
                  ))}
                </ul>
              )}
              <p>{count(props.length, 'proposition')}</p>
              {props.length > 0 && (
                <ul aria-label={`${team.name}: propositions`}>
                  {props.map((p) => (
                    <li key={p.id}>
                      {p.title || 'Untitled proposition'} —{' '}
                      <strong>{statusLabels[statusOf(state, p.id)]}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

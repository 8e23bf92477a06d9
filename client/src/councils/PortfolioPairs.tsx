import { livePairs, noteTopics, type Member } from '../../../shared/src/index.js';
import { useRoster } from '../roster/useRoster.js';
import { CouncilNote } from './CouncilNote.js';
import { useCouncilFacts, usePairs } from './useCouncils.js';
import './councils.css';

interface Props {
  /** The tablet's team; null on the console (writes every note) and the wall (writes none). */
  teamId: string | null;
  /** The facilitator's console: may write every pair's note (PAIR-4). */
  facilitator?: boolean;
  readOnly?: boolean;
}

/**
 * 11.15 (handbook 001): each pair of portfolio holders, one from each council, and how they will
 * work as a pair and with their managers. The pair's two teams and the facilitator write it.
 */
export function PortfolioPairs({ teamId, facilitator = false, readOnly = false }: Props) {
  const pairs = livePairs(usePairs(), useRoster());
  const facts = useCouncilFacts();
  const describe = (m: Member) => {
    const council = facts.teamCouncils.get(m.teamId);
    return [m.role, council].filter(Boolean).join(', ');
  };
  return (
    <section className="pairs" aria-label="Portfolio-holder pairs">
      <h2>The portfolio holders’ partnerships</h2>
      {pairs.length === 0 && <p>No pairs yet: the facilitator pairs the portfolio holders.</p>}
      <ul>
        {pairs.map(({ pair, members }) => {
          const teams = [...new Set(members.map((m) => m.teamId))];
          const writable = !readOnly && (facilitator || (teamId !== null && teams.includes(teamId)));
          return (
            <li key={pair.id} className="pairs__pair">
              <p className="pairs__names">
                {members.map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && ' and '}
                    <strong>{m.name}</strong> ({describe(m)})
                  </span>
                ))}
              </p>
              <CouncilNote
                label="How we will work as a pair and with our managers"
                topic={noteTopics.pair(pair.id)}
                teamIds={teams}
                writable={writable}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A tablet's view of the pairs. */
export function TabletPairs({ teamId }: { teamId: string }) {
  return <PortfolioPairs teamId={teamId} />;
}

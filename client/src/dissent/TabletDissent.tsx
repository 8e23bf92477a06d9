import { useId } from 'react';
import { statusLabels, statusOf, type FollowedView } from '../../../shared/src/index.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { usePropositionHistory, usePropositions } from '../teamWork/useDocRead.js';
import { PointsReceived } from './PointsReceived.js';
import { PointsWeMade, PointsWeMake } from './PointsWeMake.js';
import { PropositionHistory } from './PropositionHistory.js';
import { SpokespersonNotes } from './SpokespersonNotes.js';
import { WhatToDoNow } from './WhatToDoNow.js';
import './tabletDissent.css';

interface Props {
  teamId: string;
  /** Opens another of the tablet's views (the propositions, to revise one). */
  show?: (view: FollowedView) => void;
}

/**
 * A team's ritual dissent on its tablet (handbook 000, 12.10): what to do now, the points it makes
 * as a listening team, its spokesperson's notes, the points it received and how it answered them,
 * its proposition's history round by round, and last the points it made in rounds that are over.
 */
export function TabletDissent({ teamId, show }: Props) {
  return (
    <div className="tablet-dissent">
      <WhatToDoNow teamId={teamId} />
      <PointsWeMake teamId={teamId} />
      <SpokespersonNotes teamId={teamId} />
      <PointsReceived teamId={teamId} />
      <History teamId={teamId} show={show} />
      <PointsWeMade teamId={teamId} />
    </div>
  );
}

/** The team's propositions that have been through a round, each as it went and as it is now. */
function History({ teamId, show }: Props) {
  const { doc } = useWorkshop();
  const statuses = useSessionState((s) => s.control?.propositions);
  const headingId = useId();
  const propositions = usePropositions(doc).filter((p) => p.teamId === teamId);
  const recorded = new Set(usePropositionHistory(doc).map((r) => r.propositionId));
  // A proposition has a history once a round has begun with it (the server records it then).
  const shown = propositions.filter((p) => recorded.has(p.id));
  if (shown.length === 0) return null;
  return (
    <section className="dissent-part" aria-labelledby={headingId}>
      <h2 id={headingId}>History, round by round</h2>
      {shown.map((proposition) => (
        <article key={proposition.id} className="dissent-history-of" aria-label={proposition.title}>
          <PropositionHistory propositionId={proposition.id} teamId={teamId} />
          <h3>Now</h3>
          <dl className="dissent-history__presented">
            <div>
              <dt>Title</dt>
              <dd>{proposition.title || 'Untitled proposition'}</dd>
            </div>
            {proposition.proposal && (
              <div>
                <dt>The proposal</dt>
                <dd>{proposition.proposal}</dd>
              </div>
            )}
            {statuses && (
              <div>
                <dt>Status</dt>
                <dd>{statusLabels[statusOf(statuses, proposition.id)]}</dd>
              </div>
            )}
          </dl>
          {show && (
            <button type="button" className="button" onClick={() => show('propositions')}>
              Revise it in Propositions
            </button>
          )}
        </article>
      ))}
    </section>
  );
}

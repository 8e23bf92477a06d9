import { useId, useState } from 'react';
import {
  addDissentPoint,
  dissentPointText,
  type DissentPoint,
  type PresentedProposition,
} from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { SharedTextField } from '../teamWork/fields.js';
import { possessive } from '../ui/possessive.js';
import { useDissentPoints, usePropositionHistory, usePropositions } from '../teamWork/useDocRead.js';
import { FieldItem } from './FieldItem.js';
import { byRoundAndTeam, kindNames, mayWritePoint } from './points.js';
import { useDissent, type NamedPairing } from './useDissent.js';

/** The team's own points: this round's while the server takes them (DISSENT-7), and the rest. */
function useOurPoints(teamId: string) {
  const { doc } = useWorkshop();
  const { state, run, pairings } = useDissent();
  const identity = useSessionState((s) => s.identity);
  const ours = useDissentPoints(doc).filter((p) => p.listeningTeamId === teamId);
  const on = run && run.status !== 'finished' && run.phase !== 'revise' ? run : null;
  const hearing = on ? pairings.find((p) => p.listening === teamId) : undefined;
  const writing =
    on !== null &&
    hearing !== undefined &&
    mayWritePoint(identity, state, teamId, hearing.presenting, on.round);
  const current = writing
    ? ours.filter((p) => p.round === on.round && p.presentingTeamId === hearing.presenting)
    : [];
  return { on, hearing, writing, current, earlier: ours.filter((p) => !current.includes(p)) };
}

/**
 * The listening team's side (DISSENT-7): while it hears a spokesperson, the proposition as it is
 * presented; during its dissent and assent, the points it makes against it, each a text two
 * people can type in at once.
 */
export function PointsWeMake({ teamId }: { teamId: string }) {
  const { on, hearing, writing, current } = useOurPoints(teamId);
  if (!on || !hearing) return null;
  return <Hearing teamId={teamId} pairing={hearing} round={on.round} points={writing ? current : null} />;
}

/** The points the team made in rounds (or phases) that are over: read only, as the server holds them. */
export function PointsWeMade({ teamId }: { teamId: string }) {
  const { earlier } = useOurPoints(teamId);
  const { teamName } = useDissent();
  const headingId = useId();
  if (earlier.length === 0) return null;
  return (
    <section className="dissent-part" aria-labelledby={headingId}>
      <h2 id={headingId}>Points we made</h2>
      {byRoundAndTeam(earlier, (p) => p.presentingTeamId).map((group) => (
        <section key={`${group.round}|${group.teamId}`} className="dissent-round">
          <h3>
            Round {group.round + 1}: to {teamName(group.teamId)}
          </h3>
          <ol className="dissent-points">
            {group.points.map((p) => (
              <li key={p.id}>
                <span className="dissent-point__kind">{kindNames[p.kind]}</span> {p.text || 'No words.'}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

interface HearingProps {
  teamId: string;
  pairing: NamedPairing;
  round: number;
  /** This round's points while the team may write them; null in the present phase. */
  points: DissentPoint[] | null;
}

function Hearing({ teamId, pairing, round, points }: HearingProps) {
  const { doc } = useWorkshop();
  const run = useDissent().run;
  const [added, setAdded] = useState<string | null>(null);
  const headingId = useId();
  const add = () => {
    const id = randomId();
    addDissentPoint(doc, {
      id,
      round,
      kind: run?.phase === 'assent' ? 'assent' : 'dissent',
      listeningTeamId: teamId,
      presentingTeamId: pairing.presenting,
      propositionId: pairing.propositionId,
      text: '',
    });
    setAdded(id);
  };
  return (
    <section className="dissent-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{possessive(pairing.presentingName)} proposition</h2>
      <Presented propositionId={pairing.propositionId} round={round} />
      {points && (
        <>
          <h3>Our points</h3>
          {points.length === 0 && <p>No points yet.</p>}
          <ol className="dissent-points">
            {points.map((point, i) => (
              <PointField key={point.id} point={point} number={i + 1} focus={point.id === added} />
            ))}
          </ol>
          <button type="button" className="button button--primary" onClick={add}>
            Add a point
          </button>
        </>
      )}
    </section>
  );
}

function PointField({ point, number, focus }: { point: DissentPoint; number: number; focus: boolean }) {
  const { doc } = useWorkshop();
  return (
    <FieldItem focus={focus} className="dissent-point">
      <span className="dissent-point__kind">{kindNames[point.kind]}</span>
      <SharedTextField label={`Point ${number}`} text={dissentPointText(doc, point.id)} rows={2} />
    </FieldItem>
  );
}

/** The proposition as its spokesperson presents it: the server's record of the round, or as it stands. */
function Presented({ propositionId, round }: { propositionId: string; round: number }) {
  const { doc } = useWorkshop();
  const recorded = usePropositionHistory(doc).find(
    (r) => r.propositionId === propositionId && r.round === round,
  );
  const live = usePropositions(doc).find((p) => p.id === propositionId);
  const shown: Pick<PresentedProposition, 'title' | 'proposal'> | undefined = recorded ?? live;
  if (!shown) return <p>The proposition has not reached this tablet yet.</p>;
  return (
    <div className="dissent-presented">
      <h3>{shown.title || 'Untitled proposition'}</h3>
      <p className="dissent-presented__text">{shown.proposal || 'No proposal written.'}</p>
    </div>
  );
}

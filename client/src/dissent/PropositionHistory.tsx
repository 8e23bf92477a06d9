import type { DissentPoint, PresentedProposition } from '../../../shared/src/index.js';
import { useWorkshop } from '../state/sessionContext.js';
import { useDissentPoints, usePropositionHistory } from '../teamWork/useDocRead.js';
import { count } from '../ui/plural.js';
import { answerNames, kindNames } from './points.js';
import { useDissent } from './useDissent.js';
import './tabletDissent.css';

/** What the history of one proposition holds: each round as presented (DISSENT-11) and the points it received. */
export function useHistoryOf(propositionId: string) {
  const { doc } = useWorkshop();
  const records = usePropositionHistory(doc).filter((r) => r.propositionId === propositionId);
  const points = useDissentPoints(doc).filter((p) => p.propositionId === propositionId);
  const rounds = [...new Set([...records.map((r) => r.round), ...points.map((p) => p.round)])].sort(
    (a, b) => a - b,
  );
  return { records, points, rounds };
}

/** "Dissent received: 3 points, 2 addressed". */
export function receivedWords(points: readonly DissentPoint[]): string {
  const addressed = points.filter((p) => p.answer === 'addressed').length;
  return `Dissent received: ${count(points.length, 'point')}, ${addressed} addressed`;
}

/**
 * One proposition round by round: what its spokesperson presented, the points the listening team
 * made and how the team answered each. The proposition as it is now follows it where it is shown.
 */
export function PropositionHistory({
  propositionId,
  teamId,
  level = 3,
}: {
  propositionId: string;
  teamId: string;
  /** The level of each round's heading: one below where the history sits. */
  level?: 3 | 4;
}) {
  const { records, points, rounds } = useHistoryOf(propositionId);
  const [Round, Part] = level === 3 ? (['h3', 'h4'] as const) : (['h4', 'h5'] as const);
  const { plan, teamName } = useDissent();
  return (
    <ol className="dissent-history">
      {rounds.map((round) => {
        const record = records.find((r) => r.round === round);
        const received = points.filter((p) => p.round === round);
        const to = received[0]?.listeningTeamId ?? plan?.rotation[round]?.[teamId];
        return (
          <li key={round}>
            <Round>
              Round {round + 1}
              {to ? `: presented to ${teamName(to)}` : ''}
            </Round>
            {record ? <AsPresented record={record} /> : <p>Not recorded.</p>}
            <Part>
              {received.length === 0 ? 'No points received' : `Points received: ${received.length}`}
            </Part>
            <ul className="dissent-history__points">
              {received.map((p) => (
                <li key={p.id}>
                  <span className="dissent-point__kind">{kindNames[p.kind]}</span> {p.text || 'No words.'}{' '}
                  <strong>{answerNames[p.answer]}</strong>
                  {p.note && <>: {p.note}</>}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function AsPresented({ record }: { record: PresentedProposition }) {
  const fields = [
    ['Title', record.title],
    ['The proposal', record.proposal],
    ['Risks', record.risks],
    ['First steps', record.firstSteps],
  ].filter(([, text]) => text);
  return (
    <dl className="dissent-history__presented">
      {fields.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * On a proposition's card: how much dissent it has received, opening onto its history. Nothing
 * until the proposition has been through a round.
 */
export function DissentReceived({ propositionId, teamId }: { propositionId: string; teamId: string }) {
  const { points, rounds } = useHistoryOf(propositionId);
  if (rounds.length === 0) return null;
  return (
    <details className="dissent-received">
      <summary>{receivedWords(points)}</summary>
      <PropositionHistory propositionId={propositionId} teamId={teamId} level={4} />
    </details>
  );
}

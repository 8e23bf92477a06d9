import { useId } from 'react';
import {
  answerDissentPoint,
  dissentPointNote,
  type DissentPoint,
  type PointAnswer,
} from '../../../shared/src/index.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { SharedTextField } from '../teamWork/fields.js';
import { useDissentPoints } from '../teamWork/useDocRead.js';
import { answerNames, byRoundAndTeam, kindNames, mayAnswerPoint, pointWords } from './points.js';
import { useDissent } from './useDissent.js';

/**
 * Back home (DISSENT-8): the points the teams the spokesperson presented to made, round by round,
 * each answered by the team as addressed or rejected, with a note of what it did about it.
 */
export function PointsReceived({ teamId }: { teamId: string }) {
  const { doc } = useWorkshop();
  const { plan, teamName } = useDissent();
  const headingId = useId();
  const received = useDissentPoints(doc).filter((p) => p.presentingTeamId === teamId);
  if (!plan?.presenting.includes(teamId) && received.length === 0) return null;
  return (
    <section className="dissent-part" aria-labelledby={headingId}>
      <h2 id={headingId}>Points we received</h2>
      {received.length === 0 && <p>None yet: they appear here as the team you present to writes them.</p>}
      {byRoundAndTeam(received, (p) => p.listeningTeamId).map((group) => {
        const heading = `Round ${group.round + 1}: from ${teamName(group.teamId)}`;
        return (
          <section key={heading} className="dissent-round" aria-label={heading}>
            <h3>{heading}</h3>
            <ol className="dissent-points">
              {group.points.map((point, i) => (
                <ReceivedPoint key={point.id} point={point} number={i + 1} from={teamName(group.teamId)} />
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}

const ANSWERS: readonly Exclude<PointAnswer, 'open'>[] = ['addressed', 'rejected'];

function ReceivedPoint({ point, number, from }: { point: DissentPoint; number: number; from: string }) {
  const { doc } = useWorkshop();
  const identity = useSessionState((s) => s.identity);
  const name = `point ${number} of round ${point.round + 1}`;
  return (
    <li className="received-point">
      <p className="received-point__text">
        <span className="dissent-point__kind">{kindNames[point.kind]}</span> {point.text || 'No words yet.'}
      </p>
      {mayAnswerPoint(identity, point) ? (
        <>
          <div className="received-point__answer" role="group" aria-label={`Our answer to ${name}`}>
            {ANSWERS.map((answer) => (
              <button
                key={answer}
                type="button"
                className="button"
                aria-pressed={point.answer === answer}
                aria-label={`${answerNames[answer]}: ${name} from ${from}, ${pointWords(point)}`}
                // Pressed again, it is open again: a team that changes its mind can say so.
                onClick={() => answerDissentPoint(doc, point.id, point.answer === answer ? 'open' : answer)}
              >
                {answerNames[answer]}
              </button>
            ))}
          </div>
          <SharedTextField label={`Our note on ${name}`} text={dissentPointNote(doc, point.id)} rows={2} />
        </>
      ) : (
        <p className="received-point__answered">
          {answerNames[point.answer]}
          {point.note && `: ${point.note}`}
        </p>
      )}
    </li>
  );
}

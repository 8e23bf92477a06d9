import type { ChairCommand } from '../../../shared/src/index.js';
import { TeamMembers } from '../roster/TeamMembers.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { useFollowedView } from '../ui/useFollowedView.js';
import { useDissentPoints } from '../teamWork/useDocRead.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { DecisionForm } from './DecisionForm.js';
import { DiscussionNotes } from './DiscussionNotes.js';
import { DissentSurvived } from './DissentSurvived.js';
import { useChairState, usePresentations, type Presentation } from './useChair.js';
import './chair.css';

/**
 * The Leader's chair at the presentations (CHAIR-1…5, CHAIR-7): the order, what the wall shows,
 * and for the team shown its proposition, the dissent it survived, the discussion and the decision.
 * The facilitator's console shows the same panel: the facilitator can do all the Leader can.
 */
export function ChairPanel() {
  const chair = useChairState();
  const presentations = usePresentations();
  const { send, error, busy } = useControlCommand();
  const chairCommand = (command: ChairCommand) => void send({ area: 'chair', command });
  const shownTeam = chair.showing?.kind === 'team' ? chair.showing.teamId : null;
  const move = (at: number, by: -1 | 1) => {
    const order = presentations.map((p) => p.teamId);
    [order[at], order[at + by]] = [order[at + by]!, order[at]!];
    chairCommand({ type: 'setOrder', teamIds: order });
  };
  const shown = presentations.find((p) => p.teamId === shownTeam) ?? null;
  return (
    <section className="chair" aria-label="Chairing the presentations">
      <h2>Order of presentations</h2>
      <ol className="chair__order" aria-label="Order of presentations">
        {presentations.map((p, at) => (
          <li key={p.teamId} className={p.teamId === shownTeam ? 'chair__order-shown' : ''}>
            <span className="chair__team">
              <strong>{p.teamName}</strong>
              <span>{p.proposition?.title || 'No proposition yet'}</span>
              <TeamMembers teamId={p.teamId} />
            </span>
            <span className="chair__order-buttons">
              <button
                type="button"
                className="button"
                aria-label={`Move ${p.teamName} up`}
                disabled={busy || at === 0}
                onClick={() => move(at, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Move ${p.teamName} down`}
                disabled={busy || at === presentations.length - 1}
                onClick={() => move(at, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button"
                aria-pressed={p.teamId === shownTeam}
                aria-label={`Show ${p.teamName}’s proposition`}
                onClick={() => chairCommand({ type: 'show', showing: { kind: 'team', teamId: p.teamId } })}
              >
                Show
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="chair__steps">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => chairCommand({ type: 'step', by: -1 })}
        >
          Previous team
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => chairCommand({ type: 'step', by: 1 })}
        >
          Next team
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={chair.showing?.kind === 'actions'}
          onClick={() => chairCommand({ type: 'show', showing: { kind: 'actions' } })}
        >
          Show the agreed actions
        </button>
        <button
          type="button"
          className="button"
          onClick={() => chairCommand({ type: 'show', showing: null })}
        >
          Show the order
        </button>
      </div>
      <WallNote />
      <FormError message={error} />
      {shown && <Presenting presentation={shown} />}
    </section>
  );
}

/** CHAIR-6: the Leader is told when what they show is not on the wall, and why. */
function WallNote() {
  const focus = useSessionState((s) => s.control?.board.focus.kind);
  const followed = useFollowedView('projector');
  if (focus !== undefined && focus !== 'programme')
    return (
      <p className="chair__wall-note" role="status">
        The facilitator has put something else on the projector: what you show appears there when it follows
        the programme again.
      </p>
    );
  if (followed !== 'presentations')
    return (
      <p className="chair__wall-note" role="status">
        The projector follows the programme, which is not at the presentations now: what you show appears
        there during them.
      </p>
    );
  return null;
}

function Presenting({ presentation }: { presentation: Presentation }) {
  const { doc } = useWorkshop();
  const points = useDissentPoints(doc);
  const { proposition, teamName } = presentation;
  if (!proposition)
    return (
      <section className="chair__presenting" aria-label="Presenting now">
        <h2>{teamName}</h2>
        <p>This team has no proposition on the board.</p>
      </section>
    );
  return (
    <section className="chair__presenting" aria-label="Presenting now">
      <h2>
        {teamName}: {proposition.title || 'Untitled proposition'}
      </h2>
      <p className="chair__proposal">{proposition.proposal}</p>
      <DissentSurvived points={points.filter((p) => p.propositionId === proposition.id)} />
      <DiscussionNotes propositionId={proposition.id} doc={doc} />
      <DecisionForm propositionId={proposition.id} title={proposition.title} />
    </section>
  );
}

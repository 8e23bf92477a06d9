import type { ReactNode } from 'react';
import { actionLevelLabels, actionLevels, formatDueDate } from '../../../shared/src/index.js';
import { useFitType } from '../dissent/useFitType.js';
import { useWorkshop } from '../state/sessionContext.js';
import { useOwnerName } from './ActionList.js';
import { DissentSurvived } from './DissentSurvived.js';
import { useDissentPoints } from '../teamWork/useDocRead.js';
import { useActions, useChairState, usePresentations } from './useChair.js';
import './chair.css';

/** The wall cannot scroll: the type is the largest at which all of it fits (between 1.4vh and 3.4vh). */
function FittedWall(props: { className: string; label: string; content: string; children: ReactNode }) {
  const box = useFitType<HTMLElement>(props.content, 3.4, 1.4);
  return (
    <section ref={box} className={props.className} aria-label={props.label}>
      {props.children}
    </section>
  );
}

/**
 * The wall at the presentations, following the Leader (CHAIR-3, CHAIR-6): the proposition of the
 * team presenting, large, with the dissent it survived; or the agreed actions growing, by level;
 * or, before the first, the order of presentations.
 */
export function PresentationsWall() {
  const chair = useChairState();
  const presentations = usePresentations();
  const showing = chair.showing;
  if (showing?.kind === 'actions') return <ActionsWall />;
  const shown = showing?.kind === 'team' ? presentations.find((p) => p.teamId === showing.teamId) : undefined;
  if (shown)
    return <PropositionWall teamName={shown.teamName} propositionId={shown.proposition?.id ?? null} />;
  return (
    <FittedWall
      className="presentations-wall"
      label="Order of presentations"
      content={presentations.map((p) => `${p.teamName}:${p.proposition?.title}`).join('|')}
    >
      <h2>Presentations, chaired by the Leader</h2>
      <ol className="presentations-wall__order">
        {presentations.map((p) => (
          <li key={p.teamId}>
            <strong>{p.teamName}</strong>
            {p.proposition && <span>: {p.proposition.title || 'Untitled proposition'}</span>}
          </li>
        ))}
      </ol>
    </FittedWall>
  );
}

function PropositionWall({ teamName, propositionId }: { teamName: string; propositionId: string | null }) {
  const { doc } = useWorkshop();
  const presentations = usePresentations();
  const points = useDissentPoints(doc);
  const proposition = presentations.find((p) => p.proposition?.id === propositionId)?.proposition ?? null;
  return (
    <FittedWall
      className="presentations-wall presentations-wall--proposition"
      label="Presenting now"
      content={[
        teamName,
        proposition?.title,
        proposition?.proposal,
        ...points.map((p) => p.text + p.note),
      ].join('|')}
    >
      <p className="presentations-wall__team">{teamName}</p>
      {proposition ? (
        <>
          <h2>{proposition.title || 'Untitled proposition'}</h2>
          <p className="presentations-wall__proposal">{proposition.proposal}</p>
          <DissentSurvived points={points.filter((p) => p.propositionId === proposition.id)} large />
        </>
      ) : (
        <h2>No proposition on the board</h2>
      )}
    </FittedWall>
  );
}

/** ACTION-4: the confirmed actions, by level, as the room agrees them. */
function ActionsWall() {
  const actions = useActions().filter((a) => a.status === 'confirmed' || a.status === 'done');
  const ownerOf = useOwnerName();
  return (
    <FittedWall
      className="presentations-wall presentations-wall--actions"
      label="Agreed actions"
      content={actions.map((a) => a.commitment + ownerOf(a) + a.level + a.dueDate).join('|')}
    >
      <h2>Agreed actions</h2>
      <div className="presentations-wall__levels">
        {actionLevels.map((level) => {
          const here = actions.filter((a) => a.level === level);
          return (
            <section key={level} aria-label={`${actionLevelLabels[level]} actions`}>
              <h3>{actionLevelLabels[level]}</h3>
              {here.length === 0 ? (
                <p>None yet.</p>
              ) : (
                <ol>
                  {here.map((a) => (
                    <li key={a.id}>
                      <span className="presentations-wall__commitment">{a.commitment}</span>
                      <span className="presentations-wall__owner">
                        {ownerOf(a)}
                        {a.council && `, ${a.council}`} · {formatDueDate(a.dueDate)}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </FittedWall>
  );
}

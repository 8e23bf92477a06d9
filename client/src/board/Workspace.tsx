import { useEffect, useState } from 'react';
import { can, contentRefusal, DOC_KEYS, type Card } from '../../../shared/src/index.js';
import { useWorkshop, useSessionState, useTeams } from '../state/sessionContext.js';
import { AddPriorityForm } from './AddPriorityForm.js';
import { CardEditor } from './CardEditor.js';
import { PriorityMap } from './PriorityMap.js';
import { TeamPriorities } from './TeamPriorities.js';
import { useCards } from './useCards.js';
import { useMoveConflict } from './useMoveConflict.js';
import { useTitleConflicts } from './useTitleConflicts.js';
import './workspace.css';
import { possessive } from '../ui/possessive.js';
import { useMediaQuery } from '../ui/useMediaQuery.js';

/**
 * A task team's workspace: add priorities, place them on the map, vote, and see the priorities
 * allocated to the team. The facilitator opens the same workspace for a team with no device.
 */
export function Workspace({ teamId }: { teamId: string | null }) {
  const { doc, role, workshopId } = useWorkshop();
  const board = useSessionState((s) => s.control?.board);
  const teams = useTeams();
  const identity = useSessionState((s) => s.identity);
  const voterId = identity && can(identity.role, 'board:vote') ? identity.linkId : null;
  const mayRemove = (card: Card) =>
    identity !== null &&
    contentRefusal(identity, {
      key: DOC_KEYS.cards,
      entry: card.id,
      kind: 'remove',
      owner: card.createdByTeamId,
    }) === null;
  const cards = useCards(doc);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const conflict = useMoveConflict(doc);
  const titleConflict = useTitleConflicts(doc, workshopId);
  const selected = cards.find((c) => c.id === selectedId) ?? null;
  useKeptInSight(selected);
  // From a tablet up, new priorities wait in the side column (see PriorityMap's waitingIn).
  const beside = useMediaQuery('(min-width: 900px)');
  const [waitingSlot, setWaitingSlot] = useState<HTMLDivElement | null>(null);
  if (!board) return null;
  // A title lost while its priority is closed is pointed out on the map; the choice is in the editor.
  const lostElsewhere = cards.find((c) => c.id !== selectedId && titleConflict(c));
  const team = teams.find((t) => t.id === teamId);
  return (
    <div className={selected ? 'workspace workspace--editing' : 'workspace'}>
      <div className="workspace__map">
        <AddPriorityForm doc={doc} teamId={teamId} />
        <PriorityMap
          doc={doc}
          cards={cards}
          board={board}
          teams={teams}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onMoved={conflict.moved}
          waitingIn={beside ? waitingSlot : null}
        />
        <p className="map-notice" role="status">
          {conflict.notice}
          {lostElsewhere &&
            ` Someone else retitled “${lostElsewhere.title}” at the same time as you, and theirs was kept. Open it to choose which stays.`}
        </p>
      </div>
      <div className="workspace__side">
        {selected && (
          <CardEditor
            key={selected.id}
            doc={doc}
            card={selected}
            board={board}
            teams={teams}
            voterId={voterId}
            canAllocate={can(role, 'board:direct')}
            canRemove={mayRemove(selected)}
            titleConflict={titleConflict(selected)}
            onClose={() => closeAndReturnFocus(selected.id, setSelectedId)}
          />
        )}
        <div ref={setWaitingSlot} />
        {!selected && (
          <p className="workspace__hint">
            Open a priority on the map to change its words, vote on it or move it.
          </p>
        )}
        {team && (
          <TeamPriorities
            cards={cards}
            board={board}
            teamId={team.id}
            heading={`${possessive(team.name)} priorities`}
            onSelect={setSelectedId}
          />
        )}
      </div>
    </div>
  );
}

/**
 * The open priority stays in sight when it is opened or moved: on a phone the editor is a sheet
 * over the lower half, and "Top right" would otherwise move the card out of view (scroll-margin
 * in the stylesheet keeps it above the sheet).
 */
function useKeptInSight(card: Card | null) {
  const where = card ? `${card.id}:${card.placed}:${card.x}:${card.y}` : null;
  useEffect(() => {
    if (!where) return;
    const frame = requestAnimationFrame(() =>
      document.querySelector('.map-card--selected')?.scrollIntoView?.({ block: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [where]);
}

/**
 * Closing a priority takes the keyboard back to its card on the map (WCAG 2.4.3), or to the map
 * when the card has gone (removed), rather than dropping it at the top of the page.
 */
function closeAndReturnFocus(cardId: string, setSelectedId: (id: string | null) => void) {
  setSelectedId(null);
  requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(`.map-card[data-card-id="${CSS.escape(cardId)}"]`);
    (card ?? document.querySelector<HTMLElement>('.priority-map'))?.focus();
  });
}

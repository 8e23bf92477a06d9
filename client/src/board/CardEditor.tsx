import { useState } from 'react';
import type * as Y from 'yjs';
import {
  cardsMap,
  cardText,
  removeCard,
  updateCard,
  type BoardState,
  type Card,
  type Team,
} from '../../../shared/src/index.js';
import { CategorySelect } from './CategorySelect.js';
import { MoveButtons } from './MoveButtons.js';
import { useYText } from './useYText.js';
import { VoteButtons } from './VoteButtons.js';
import { FormError } from '../ui/FormError.js';
import { TeamSelect } from '../ui/TeamSelect.js';
import { useControlCommand } from '../ui/useControlCommand.js';

interface Props {
  doc: Y.Doc;
  card: Card;
  board: BoardState;
  teams: Team[];
  voterId: string | null;
  canAllocate: boolean;
  /** The content rules let this screen remove the priority (PERM-10). */
  canRemove: boolean;
  onClose: () => void;
}

/** Everything about one priority: its words, category, place on the map, votes and team. */
export function CardEditor({ doc, card, board, teams, voterId, canAllocate, canRemove, onClose }: Props) {
  const entry = cardsMap(doc).get(card.id);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const { send, error } = useControlCommand();
  if (!entry) return null;
  const allocate = (teamId: string) =>
    send({ area: 'board', command: { type: 'allocate', cardId: card.id, teamId: teamId || null } });
  return (
    <section className="card-editor" aria-labelledby="card-editor-heading">
      <div className="card-editor__head">
        <h2 id="card-editor-heading">Priority</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <TextFields title={cardText(entry, 'title')} note={cardText(entry, 'note')} />
      <label className="field">
        <span>Category</span>
        <CategorySelect
          id={`category-${card.id}`}
          value={card.category}
          onChange={(category) => updateCard(doc, card.id, { category })}
        />
      </label>
      <MoveButtons doc={doc} card={card} axes={board.axes} />
      {voterId && <VoteButtons cardId={card.id} board={board} voterId={voterId} />}
      {canAllocate && (
        <label className="field">
          <span>Allocate to a task team</span>
          <TeamSelect
            teams={teams}
            value={board.allocations[card.id] ?? ''}
            noTeam="Not allocated"
            onChange={(teamId) => void allocate(teamId)}
          />
        </label>
      )}
      <FormError message={error} />
      {!canRemove ? null : confirmRemove ? (
        <p className="card-editor__remove">
          Remove this priority for everyone?{' '}
          <button
            type="button"
            className="button button--danger"
            onClick={() => (removeCard(doc, card.id), onClose())}
          >
            Yes, remove it
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirmRemove(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" className="button" onClick={() => setConfirmRemove(true)}>
          Remove priority
        </button>
      )}
    </section>
  );
}

function TextFields({ title, note }: { title: Y.Text; note: Y.Text }) {
  const titleField = useYText<HTMLInputElement>(title);
  const noteField = useYText<HTMLTextAreaElement>(note);
  return (
    <>
      <label className="field">
        <span>Title</span>
        <input {...titleField} maxLength={200} />
      </label>
      <label className="field">
        <span>Note</span>
        <textarea {...noteField} rows={4} maxLength={4000} />
      </label>
    </>
  );
}

import { useEffect, useRef, useState } from 'react';
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
import { useLengthLimit } from '../ui/useLengthLimit.js';
import { useYText } from './useYText.js';
import { VoteButtons } from './VoteButtons.js';
import { FormError } from '../ui/FormError.js';
import { Confirm } from '../ui/Confirm.js';
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
  // Opening a priority takes the keyboard to it, wherever it was opened from (the map, a list).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!entry) return null;
  const allocate = (teamId: string) =>
    send({ area: 'board', command: { type: 'allocate', cardId: card.id, teamId: teamId || null } });
  return (
    <section className="card-editor" aria-labelledby="card-editor-heading">
      <div className="card-editor__head">
        <h2 id="card-editor-heading" tabIndex={-1} ref={heading}>
          Priority
        </h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <TextFields id={`card-${card.id}`} title={cardText(entry, 'title')} note={cardText(entry, 'note')} />
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
        <Confirm
          className="card-editor__remove"
          label="Remove this priority?"
          question="Remove this priority for everyone?"
          actions={[
            { label: 'Yes, remove it', danger: true, run: () => (removeCard(doc, card.id), onClose()) },
          ]}
          keep="Keep it"
          onKeep={() => setConfirmRemove(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setConfirmRemove(true)}>
          Remove priority
        </button>
      )}
    </section>
  );
}

function TextFields({ id, title, note }: { id: string; title: Y.Text; note: Y.Text }) {
  const titleField = useYText<HTMLInputElement>(title);
  const noteField = useYText<HTMLTextAreaElement>(note);
  const titleLimit = useLengthLimit(200, titleField.value);
  const noteLimit = useLengthLimit(4000, noteField.value);
  return (
    <>
      {/* Labels point at their fields rather than wrap them: a wrapping label would make the
          field's own text part of its name, read out twice. */}
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} {...titleField} {...titleLimit.inputProps} />
        {titleLimit.hint}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} {...noteField} rows={4} {...noteLimit.inputProps} />
        {noteLimit.hint}
      </div>
    </>
  );
}

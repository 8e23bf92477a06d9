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
import { TitleField } from './TitleField.js';
import type { TitleConflict } from './useTitleConflicts.js';
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
  /** This device's title lost to someone else's, written at the same time. */
  titleConflict: TitleConflict | null;
  onClose: () => void;
}

/** Everything about one priority: its words, category, place on the map, votes and team. */
export function CardEditor({
  doc,
  card,
  board,
  teams,
  voterId,
  canAllocate,
  canRemove,
  titleConflict,
  onClose,
}: Props) {
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
      <TitleField doc={doc} cardId={card.id} title={card.title} conflict={titleConflict} />
      <NoteField id={`card-${card.id}-note`} note={cardText(entry, 'note')} />
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
        <button type="button" className="button" data-returns-focus onClick={() => setConfirmRemove(true)}>
          Remove priority
        </button>
      )}
    </section>
  );
}

/** The note merges as people type: a long field, where each keeps what they typed. */
function NoteField({ id, note }: { id: string; note: Y.Text }) {
  const field = useYText<HTMLTextAreaElement>(note);
  const limit = useLengthLimit(4000, field.value);
  return (
    <div className="field">
      <label htmlFor={id}>Note</label>
      <textarea id={id} {...field} rows={4} {...limit.inputProps} />
      {limit.hint}
    </div>
  );
}

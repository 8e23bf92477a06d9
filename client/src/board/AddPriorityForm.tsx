import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { addCard } from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useWorkshop } from '../state/sessionContext.js';
import { useDraft } from '../ui/useDraft.js';
import { useLengthLimit } from '../ui/useLengthLimit.js';
import { CategorySelect } from './CategorySelect.js';

interface Props {
  doc: Y.Doc;
  teamId: string | null;
}

/**
 * Adds a priority. It waits beside the map until the team puts it in the quadrant it chooses
 * (MAP-6): a new card is never given a place nobody decided. It does not open the new card.
 */
export function AddPriorityForm({ doc, teamId }: Props) {
  const { workshopId } = useWorkshop();
  const [title, setTitle] = useDraft(`new-priority:${workshopId}:${teamId ?? 'facilitator'}`);
  const [category, setCategory] = useState('');
  const limit = useLengthLimit(200, title);
  const [added, setAdded] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const id = randomId();
    addCard(doc, id, {
      title: title.trim(),
      category,
      createdByTeamId: teamId,
    });
    setAdded(title.trim());
    setTitle('');
    // Each priority chooses its own category: the last one's is not carried over unseen.
    setCategory('');
  };
  return (
    <form className="add-priority" onSubmit={submit} aria-label="Add a priority">
      <div className="field">
        <label htmlFor="new-priority-title">New priority</label>
        <input
          id="new-priority-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          {...limit.inputProps}
          placeholder="e.g. Share back-office services"
        />
        {limit.hint}
      </div>
      <label className="field">
        <span>Category</span>
        <CategorySelect id="new-priority-category" value={category} onChange={setCategory} />
      </label>
      <button type="submit" className="button button--primary" disabled={!title.trim()}>
        Add priority
      </button>
      <p className="visually-hidden" role="status">
        {added && `Added “${added}”. It waits under “Not on the map yet” until you put it on the map.`}
      </p>
    </form>
  );
}

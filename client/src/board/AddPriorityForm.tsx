import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { addCard } from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { CategorySelect } from './CategorySelect.js';

interface Props {
  doc: Y.Doc;
  teamId: string | null;
}

/**
 * Adds a priority near the middle of the map, slightly apart from the last one so cards do not hide
 * each other. It does not open the new card: an open card covers part of the map on a tablet.
 */
export function AddPriorityForm({ doc, teamId }: Props) {
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [added, setAdded] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const id = randomId();
    const jitter = () => 0.4 + Math.random() * 0.2;
    addCard(doc, id, { title: title.trim(), category, createdByTeamId: teamId, x: jitter(), y: jitter() });
    setAdded(title.trim());
    setTitle('');
  };
  return (
    <form className="add-priority" onSubmit={submit} aria-label="Add a priority">
      <label className="field">
        <span>New priority</span>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          placeholder="e.g. Share back-office services"
        />
      </label>
      <label className="field">
        <span>Category</span>
        <CategorySelect id="new-priority-category" value={category} onChange={setCategory} />
      </label>
      <button type="submit" className="button button--primary" disabled={!title.trim()}>
        Add priority
      </button>
      <p className="visually-hidden" role="status">
        {added && `Added “${added}” to the map.`}
      </p>
    </form>
  );
}

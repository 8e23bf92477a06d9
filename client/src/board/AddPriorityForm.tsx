import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { addCard } from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { CategorySelect } from './CategorySelect.js';

interface Props {
  doc: Y.Doc;
  teamId: string | null;
  onAdded: (cardId: string) => void;
}

/** Adds a priority near the middle of the map, slightly apart from the last one so cards do not hide each other. */
export function AddPriorityForm({ doc, teamId, onAdded }: Props) {
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const id = randomId();
    const jitter = () => 0.4 + Math.random() * 0.2;
    addCard(doc, id, { title: title.trim(), category, createdByTeamId: teamId, x: jitter(), y: jitter() });
    setTitle('');
    onAdded(id);
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
    </form>
  );
}

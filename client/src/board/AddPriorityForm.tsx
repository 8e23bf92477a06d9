import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { addCard, cardsMap } from '../../../shared/src/index.js';
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
 * Adds a priority on the map, each new one a step further round a spiral from the middle, so cards
 * added one after another (or by several tablets at once) do not hide each other. It does not open
 * the new card: the team places it when it is ready.
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
      ...spiralSpot(cardsMap(doc).size),
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
        {added && `Added “${added}” to the map.`}
      </p>
    </form>
  );
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The n-th spot of a sunflower spiral round the middle of the map, with a little randomness so two tablets adding at once differ. */
export function spiralSpot(n: number): { x: number; y: number } {
  const radius = 0.08 + 0.36 * Math.sqrt(((n % 24) + Math.random() * 0.5) / 24);
  const angle = n * GOLDEN_ANGLE + Math.random() * 0.3;
  const clamp = (v: number) => Math.min(0.95, Math.max(0.05, v));
  return { x: clamp(0.5 + radius * Math.cos(angle)), y: clamp(0.5 + radius * Math.sin(angle)) };
}

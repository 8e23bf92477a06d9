import { useState, type FormEvent } from 'react';
import type { AgendaItemKind } from '../../../../../shared/src/index.js';
import { randomId } from '../../../live/ids.js';
import type { SendAgenda } from './sendAgenda.js';
import { KindAndMinutes } from './KindSelect.js';

/** Adds an item at the end of the agenda (it can then be moved). */
export function AddItemForm({ count, send }: { count: number; send: SendAgenda }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaItemKind>('other');
  const [minutes, setMinutes] = useState(15);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const item = { id: `item-${randomId().slice(0, 10)}`, title: title.trim(), kind, durationMin: minutes };
    if (await send({ type: 'add', item, index: count })) setTitle('');
  };
  return (
    <form className="agenda-editor__add" onSubmit={(e) => void submit(e)} aria-label="Add an agenda item">
      <label className="field">
        <span>New item</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
      </label>
      <KindAndMinutes kind={kind} onKind={setKind} minutes={minutes} onMinutes={setMinutes} />
      <button type="submit" className="button">
        Add to the agenda
      </button>
    </form>
  );
}

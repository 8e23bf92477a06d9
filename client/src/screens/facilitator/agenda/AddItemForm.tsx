import { useState, type FormEvent } from 'react';
import { TEXT_LIMITS, type AgendaItemKind } from '../../../../../shared/src/index.js';
import { randomId } from '../../../live/ids.js';
import { LimitedTextField } from '../../../ui/LimitedTextField.js';
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
      <LimitedTextField
        label="New item"
        max={TEXT_LIMITS.agendaItemTitle}
        value={title}
        onChange={setTitle}
        required
      />
      <KindAndMinutes kind={kind} onKind={setKind} minutes={minutes} onMinutes={setMinutes} />
      <button type="submit" className="button">
        Add to the agenda
      </button>
    </form>
  );
}

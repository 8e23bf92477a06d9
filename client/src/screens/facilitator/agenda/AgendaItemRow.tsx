import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type FormEvent } from 'react';
import { TEXT_LIMITS, type AgendaItem, type AgendaItemKind } from '../../../../../shared/src/index.js';
import { Confirm } from '../../../ui/Confirm.js';
import { LimitedTextField } from '../../../ui/LimitedTextField.js';
import type { SendAgenda } from './sendAgenda.js';
import { KindAndMinutes } from './KindSelect.js';

interface Props {
  item: AgendaItem;
  index: number;
  count: number;
  isCurrent: boolean;
  send: SendAgenda;
}

/** One agenda item: its words, kind and minutes, a handle to drag it, buttons to move or remove it. */
export function AgendaItemRow({ item, index, count, isCurrent, send }: Props) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const [confirmRemove, setConfirmRemove] = useState(false);
  const style = { transform: CSS.Transform.toString(transform), transition };
  const move = (toIndex: number) => void send({ type: 'move', itemId: item.id, toIndex });
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`agenda-editor__item${isDragging ? ' agenda-editor__item--dragging' : ''}`}
    >
      <button
        type="button"
        className="agenda-editor__handle"
        aria-label={`Drag ${item.title} to another place`}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      {/* Remounted when the server's values change, so the form always starts from them. */}
      <ItemForm key={`${item.title}|${item.kind}|${item.durationMin}`} item={item} send={send} />
      <div className="agenda-editor__actions">
        <button type="button" className="button" disabled={index === 0} onClick={() => move(index - 1)}>
          Move up<span className="visually-hidden">: {item.title}</span>
        </button>
        <button
          type="button"
          className="button"
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        >
          Move down<span className="visually-hidden">: {item.title}</span>
        </button>
        {confirmRemove ? (
          <Confirm
            label={`Remove ${item.title}?`}
            actions={[
              {
                label: 'Yes, remove it',
                danger: true,
                run: () => void send({ type: 'remove', itemId: item.id }).then(() => setConfirmRemove(false)),
              },
            ]}
            keep="Keep it"
            onKeep={() => setConfirmRemove(false)}
          />
        ) : (
          <button
            type="button"
            className="button"
            disabled={count === 1}
            data-returns-focus
            onClick={() => setConfirmRemove(true)}
          >
            Remove<span className="visually-hidden">: {item.title}</span>
          </button>
        )}
        {isCurrent && <span className="agenda-editor__now">Now</span>}
      </div>
    </li>
  );
}

function ItemForm({ item, send }: { item: AgendaItem; send: SendAgenda }) {
  const [title, setTitle] = useState(item.title);
  const [kind, setKind] = useState<AgendaItemKind>(item.kind);
  const [minutes, setMinutes] = useState(item.durationMin);
  const changed = title.trim() !== item.title || kind !== item.kind || minutes !== item.durationMin;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send({ type: 'update', itemId: item.id, title: title.trim(), kind, durationMin: minutes });
  };
  return (
    <form className="agenda-editor__form" onSubmit={submit}>
      <LimitedTextField
        label="Title"
        max={TEXT_LIMITS.agendaItemTitle}
        value={title}
        onChange={setTitle}
        required
      />
      <KindAndMinutes kind={kind} onKind={setKind} minutes={minutes} onMinutes={setMinutes} />
      <button
        type="submit"
        className="button"
        disabled={!changed}
        aria-label={`Save changes to ${item.title}`}
      >
        Save
      </button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { bodyLabel, TEXT_LIMITS, type Body, type RosterCommand } from '../../../shared/src/index.js';
import { LimitedTextField } from '../ui/LimitedTextField.js';

/**
 * The bodies in the room, from the programme (each council's cabinet, the management team): the
 * facilitator gives them the councils' real names.
 */
export function BodiesForm({
  bodies,
  send,
}: {
  bodies: Body[];
  send: (c: RosterCommand) => Promise<boolean>;
}) {
  return (
    <ul className="bodies-form">
      {bodies.map((body) => (
        <li key={`${body.id}|${body.name}|${body.council ?? ''}`}>
          <BodyForm body={body} send={send} />
        </li>
      ))}
    </ul>
  );
}

function BodyForm({ body, send }: { body: Body; send: (c: RosterCommand) => Promise<boolean> }) {
  const [name, setName] = useState(body.name);
  const [council, setCouncil] = useState(body.council ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send({ type: 'renameBody', bodyId: body.id, name, ...(council.trim() ? { council } : {}) });
  };
  return (
    <form onSubmit={submit} aria-label={`Rename ${bodyLabel(body)}`}>
      <LimitedTextField label="Body" max={TEXT_LIMITS.bodyName} value={name} onChange={setName} required />
      <LimitedTextField label="Council" max={TEXT_LIMITS.bodyName} value={council} onChange={setCouncil} />
      <button type="submit" className="button">
        Rename<span className="visually-hidden"> {bodyLabel(body)}</span>
      </button>
    </form>
  );
}

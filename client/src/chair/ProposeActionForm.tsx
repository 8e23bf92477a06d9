import { useId, useState, type FormEvent } from 'react';
import {
  actionLevelLabels,
  actionLevels,
  roomCouncils,
  type ActionLevel,
  type Proposition,
} from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useRoster } from '../roster/useRoster.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { useDraft } from '../ui/useDraft.js';

const WRITTEN_IN = '';

/** ACTION-1, ACTION-2: an action as anyone proposes it: the commitment, its owner, level, council, date, proposition. */
export function ProposeActionForm({ propositions }: { propositions: Proposition[] }) {
  const roster = useRoster();
  const councils = roomCouncils(roster);
  const [commitment, setCommitment] = useDraft('action-commitment');
  const [ownerId, setOwnerId] = useState(WRITTEN_IN);
  const [ownerName, setOwnerName] = useDraft('action-owner');
  const [level, setLevel] = useState<ActionLevel>('cabinet');
  const [council, setCouncil] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [propositionId, setPropositionId] = useState('');
  const { send, error, busy } = useControlCommand();
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const owner = ownerId ? { memberId: ownerId } : ownerName.trim() ? { name: ownerName.trim() } : null;
    const action = {
      id: randomId(),
      commitment: commitment.trim(),
      owner,
      level,
      council: council || null,
      dueDate: dueDate || null,
      propositionId: propositionId || null,
    };
    if (await send({ area: 'actions', command: { type: 'propose', action } })) {
      setCommitment('');
      setOwnerName('');
    }
  };
  return (
    <form className="actions__form" aria-label="Propose an action" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-commitment`}>The commitment</label>
        <textarea
          id={`${id}-commitment`}
          rows={2}
          maxLength={300}
          required
          value={commitment}
          onChange={(e) => setCommitment(e.target.value)}
        />
      </div>
      <div className="actions__form-row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <select id={`${id}-owner`} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            <option value={WRITTEN_IN}>Someone not on the rosters…</option>
            {roster.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        {ownerId === WRITTEN_IN && (
          <div className="field">
            <label htmlFor={`${id}-owner-name`}>Owner’s name</label>
            <input
              id={`${id}-owner-name`}
              maxLength={60}
              value={ownerName}
              onChange={(e) => setOwnerName(e.target.value)}
            />
          </div>
        )}
      </div>
      <div className="actions__form-row">
        <div className="field">
          <label htmlFor={`${id}-level`}>Level</label>
          <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value as ActionLevel)}>
            {actionLevels.map((l) => (
              <option key={l} value={l}>
                {actionLevelLabels[l]}
              </option>
            ))}
          </select>
        </div>
        {councils.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-council`}>Council</label>
            <select id={`${id}-council`} value={council} onChange={(e) => setCouncil(e.target.value)}>
              <option value="">Both councils</option>
              {councils.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-due`}>Due by</label>
          <input id={`${id}-due`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </div>
      </div>
      {propositions.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-proposition`}>Follows from</label>
          <select
            id={`${id}-proposition`}
            value={propositionId}
            onChange={(e) => setPropositionId(e.target.value)}
          >
            <option value="">No proposition</option>
            {propositions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title || 'Untitled proposition'}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        Propose the action
      </button>
      <FormError message={error} />
    </form>
  );
}

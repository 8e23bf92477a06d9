import { useId, useState, type FormEvent } from 'react';
import {
  actionLevelLabels,
  actionLevels,
  roomCouncils,
  type ActionCommand,
  type ActionFields,
  type ActionLevel,
  type AgreedAction,
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
  const [commitment, setCommitment] = useDraft('action-commitment');
  const [ownerName, setOwnerName] = useDraft('action-owner');
  return (
    <ActionForm
      name="Propose an action"
      submitLabel="Propose the action"
      propositions={propositions}
      drafts={{ commitment, setCommitment, ownerName, setOwnerName }}
      toCommand={(fields) => ({ type: 'propose', action: { id: randomId(), ...fields } })}
      done={() => {
        setCommitment('');
        setOwnerName('');
      }}
    />
  );
}

/** ACTION-3: the Leader (or the facilitator) changes an action, in the same fields. */
export function EditActionForm({
  action,
  propositions,
  done,
}: {
  action: AgreedAction;
  propositions: Proposition[];
  done: () => void;
}) {
  const [commitment, setCommitment] = useState(action.commitment);
  const [ownerName, setOwnerName] = useState(action.owner && 'name' in action.owner ? action.owner.name : '');
  return (
    <ActionForm
      name={`Change: ${action.commitment}`}
      submitLabel="Save the change"
      propositions={propositions}
      initial={action}
      drafts={{ commitment, setCommitment, ownerName, setOwnerName }}
      toCommand={(fields) => ({ type: 'edit', actionId: action.id, fields })}
      done={done}
    />
  );
}

interface Drafts {
  commitment: string;
  setCommitment: (value: string) => void;
  ownerName: string;
  setOwnerName: (value: string) => void;
}

interface FormProps {
  name: string;
  submitLabel: string;
  propositions: Proposition[];
  initial?: ActionFields;
  drafts: Drafts;
  toCommand: (fields: ActionFields) => ActionCommand;
  done: () => void;
}

function ActionForm({ name, submitLabel, propositions, initial, drafts, toCommand, done }: FormProps) {
  const roster = useRoster();
  const councils = roomCouncils(roster);
  const { commitment, setCommitment, ownerName, setOwnerName } = drafts;
  const [ownerId, setOwnerId] = useState(
    initial?.owner && 'memberId' in initial.owner ? initial.owner.memberId : WRITTEN_IN,
  );
  const [level, setLevel] = useState<ActionLevel>(initial?.level ?? 'cabinet');
  const [council, setCouncil] = useState(initial?.council ?? '');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');
  const [propositionId, setPropositionId] = useState(initial?.propositionId ?? '');
  const { send, error, busy } = useControlCommand();
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const owner = ownerId ? { memberId: ownerId } : ownerName.trim() ? { name: ownerName.trim() } : null;
    const fields: ActionFields = {
      commitment: commitment.trim(),
      owner,
      level,
      council: council || null,
      dueDate: dueDate || null,
      propositionId: propositionId || null,
    };
    if (await send({ area: 'actions', command: toCommand(fields) })) done();
  };
  return (
    <form className="actions__form" aria-label={name} onSubmit={(e) => void submit(e)}>
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
        {submitLabel}
      </button>
      <FormError message={error} />
    </form>
  );
}

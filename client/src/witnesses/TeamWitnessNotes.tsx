import { addWitnessNote, type Member, type Witness, type WitnessNote } from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useMySpeakers, useTeamMembers } from '../roster/useRoster.js';
import { useAgenda, useWorkshop } from '../state/sessionContext.js';
import { NoteField } from './NoteField.js';
import { useWitnessNotes, useWitnessSessions } from './useWitnesses.js';
import { slotTime, witnessLine } from './words.js';
import './witnesses.css';

/**
 * A team's witness sessions on its tablet (WITNESS-8): who goes to which witness and when; before
 * the session the members this tablet speaks for write their questions, during it they note the
 * answers; afterwards the whole team reads every note, grouped by witness.
 */
export function TeamWitnessNotes({ teamId }: { teamId: string }) {
  const { doc } = useWorkshop();
  const sessions = useWitnessSessions();
  const agenda = useAgenda();
  const members = useTeamMembers(teamId);
  const speakers = useMySpeakers();
  const notes = useWitnessNotes(doc).filter((n) => n.teamId === teamId);
  const placed = (memberId: string) => sessions.placements.find((p) => p.memberId === memberId);
  const seen = sessions.witnesses.filter(
    (w) => members.some((m) => placed(m.id)?.witnessId === w.id) || notes.some((n) => n.witnessId === w.id),
  );
  return (
    <section className="witness-notes" aria-labelledby="witness-notes-heading">
      <h2 id="witness-notes-heading">Witness sessions</h2>
      {sessions.witnesses.length === 0 ? (
        <p>The facilitator has not set up the witnesses yet.</p>
      ) : (
        <ul className="witness-notes__who" aria-label="Who goes to which witness">
          {members.map((m) => {
            const p = placed(m.id);
            const witness = sessions.witnesses.find((w) => w.id === p?.witnessId);
            return (
              <li key={m.id}>
                <strong>{m.name}</strong>{' '}
                {p && witness
                  ? `goes to ${witness.name} at ${slotTime(agenda, sessions, p.slot)}`
                  : 'is not going to a witness'}
              </li>
            );
          })}
        </ul>
      )}
      {seen.map((witness) => (
        <WitnessGroup
          key={witness.id}
          witness={witness}
          team={members}
          members={members.filter((m) => placed(m.id)?.witnessId === witness.id)}
          speakers={speakers.filter((m) => placed(m.id)?.witnessId === witness.id)}
          notes={notes.filter((n) => n.witnessId === witness.id)}
          onAdd={(memberId) =>
            addWitnessNote(doc, randomId(), { teamId, witnessId: witness.id, memberId, byWitness: false })
          }
        />
      ))}
    </section>
  );
}

interface GroupProps {
  witness: Witness;
  /** Everyone on the team, to name whoever asked. */
  team: Member[];
  members: Member[];
  speakers: Member[];
  notes: WitnessNote[];
  onAdd: (memberId: string) => void;
}

function WitnessGroup({ witness, team, members, speakers, notes, onAdd }: GroupProps) {
  const nameOf = (id: string | null) => team.find((m) => m.id === id)?.name;
  return (
    <section className="witness-group" aria-label={`Notes for ${witness.name}`}>
      <h3>{witnessLine(witness)}</h3>
      {members.length > 0 && <p className="witness-group__who">{members.map((m) => m.name).join(', ')}</p>}
      {notes.length === 0 && <p className="witness-group__empty">No questions yet.</p>}
      <ol className="witness-group__notes">
        {notes.map((note) => (
          <li key={note.id} className="witness-note">
            <p className="witness-note__by">
              {note.byWitness
                ? `Note from ${witness.name}`
                : `Asked by ${nameOf(note.memberId) ?? 'the team'}`}
            </p>
            {!note.byWitness && <NoteField noteId={note.id} field="question" label="Question" />}
            <NoteField noteId={note.id} field="answer" label={note.byWitness ? 'Note' : 'Answer'} />
          </li>
        ))}
      </ol>
      {speakers.map((m) => (
        <button key={m.id} type="button" className="button" onClick={() => onAdd(m.id)}>
          Add a question from {m.name}
        </button>
      ))}
    </section>
  );
}

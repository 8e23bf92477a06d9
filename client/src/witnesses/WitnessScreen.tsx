import {
  addWitnessNote,
  freeTimeLabel,
  visitorsOf,
  type Member,
  type Witness,
  type WitnessNote,
} from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useRoster } from '../roster/useRoster.js';
import LiveScreen from '../screens/LiveScreen.js';
import { useAgenda, useSessionState, useTeams, useWorkshop } from '../state/sessionContext.js';
import { NoteField } from './NoteField.js';
import { useWitnessNotes, useWitnessSessions } from './useWitnesses.js';
import { slotTime, teamName, witnessLine } from './words.js';
import './witnesses.css';

/**
 * A witness's own screen (WITNESS-7): the current item and its countdown, who is coming when, and
 * what they will ask, with a field for each answer and "Add a note" of their own for a team.
 */
export default function WitnessScreen() {
  const witnessId = useSessionState((s) => s.identity?.witnessId ?? null);
  const witness = useWitnessSessions().witnesses.find((w) => w.id === witnessId);
  return (
    <LiveScreen>
      {witness ? (
        <Visitors witness={witness} />
      ) : (
        <p className="witness-screen__none">
          {witnessId
            ? 'This witness is no longer part of the witness sessions: ask the facilitator.'
            : 'This link is not for one of the witnesses: the facilitator makes one for each witness.'}
        </p>
      )}
    </LiveScreen>
  );
}

function Visitors({ witness }: { witness: Witness }) {
  const { doc } = useWorkshop();
  const sessions = useWitnessSessions();
  const roster = useRoster();
  const teams = useTeams();
  const agenda = useAgenda();
  const notes = useWitnessNotes(doc).filter((n) => n.witnessId === witness.id);
  const groups = visitorsOf(sessions, roster, witness.id);
  // A team seen twice has its notes under its first group only.
  const firstSlot = new Map<string, number>();
  for (const { slot, members } of groups)
    if (!firstSlot.has(members[0]!.teamId)) firstSlot.set(members[0]!.teamId, slot);
  return (
    <section className="witness-visitors" aria-labelledby="visitors-heading">
      <h1 className="witness-screen__who">{witnessLine(witness)}</h1>
      <p>Free from {freeTimeLabel(agenda, witness)}.</p>
      <h2 id="visitors-heading">Who is coming</h2>
      {groups.length === 0 && <p>Nobody is coming to you yet: the facilitator is still arranging it.</p>}
      {groups.map(({ slot, members }) => {
        const teamId = members[0]!.teamId;
        const group = `${teamName(teams, teamId)} at ${slotTime(agenda, sessions, slot)}`;
        return (
          <section key={slot} className="witness-group" aria-label={group}>
            <h3>{group}</h3>
            <p className="witness-group__who">{members.map(memberWords).join(', ')}</p>
            {firstSlot.get(teamId) === slot && (
              <VisitorNotes notes={notes.filter((n) => n.teamId === teamId)} members={roster.members} />
            )}
            <button
              type="button"
              className="button"
              onClick={() =>
                addWitnessNote(doc, randomId(), {
                  teamId,
                  witnessId: witness.id,
                  memberId: null,
                  byWitness: true,
                })
              }
            >
              Add a note for {teamName(teams, teamId)}
            </button>
          </section>
        );
      })}
    </section>
  );
}

const memberWords = (m: Member) => (m.role ? `${m.name} (${m.role})` : m.name);

function VisitorNotes({ notes, members }: { notes: WitnessNote[]; members: Member[] }) {
  if (notes.length === 0) return <p className="witness-group__empty">No questions yet.</p>;
  return (
    <ol className="witness-group__notes">
      {notes.map((note) => (
        <li key={note.id} className="witness-note">
          <p className="witness-note__by">
            {note.byWitness
              ? 'Your note'
              : `${members.find((m) => m.id === note.memberId)?.name ?? 'The team'} asks`}
          </p>
          {!note.byWitness && <NoteField noteId={note.id} field="question" label="Question" readOnly />}
          <NoteField noteId={note.id} field="answer" label={note.byWitness ? 'Your note' : 'Your answer'} />
        </li>
      ))}
    </ol>
  );
}

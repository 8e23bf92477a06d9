import { useState, type FormEvent } from 'react';
import {
  freeSlots,
  freeTimeLabel,
  minuteLabel,
  TEXT_LIMITS,
  type Agenda,
  type Attendance,
  type Member,
  type WitnessesCommand,
  type WitnessesState,
} from '../../../shared/src/index.js';
import { randomId } from '../live/ids.js';
import { useRoster } from '../roster/useRoster.js';
import { useAgenda, useTeams } from '../state/sessionContext.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { useWitnessSessions } from './useWitnesses.js';
import { slotTime, teamName, witnessLine } from './words.js';
import './witnesses.css';

type Send = (command: WitnessesCommand) => Promise<boolean>;

/** How long the witness sessions last: the agenda's witness item, else the handbook's 40 minutes. */
function sessionMinutes(agenda: Agenda): number {
  return agenda.find((item) => item.kind === 'witness')?.durationMin || 40;
}

/** How long each group spends with a witness: the handbook's sessions run 30–40 minutes in all. */
const SLOT_CHOICES = [5, 10, 15, 20, 30];

/**
 * The facilitator's witness sessions (PERM-20): set up each witness, let the board propose who goes
 * where, and move people by hand; a move that breaks a rule is refused in the server's words.
 */
export function WitnessesPanel() {
  const sessions = useWitnessSessions();
  const agenda = useAgenda();
  const control = useControlCommand();
  const send: Send = (command) => control.send({ area: 'witnesses', command });
  return (
    <section className="witnesses-panel" aria-labelledby="witnesses-heading">
      <h2 id="witnesses-heading">Witness sessions</h2>
      <ul className="witnesses-panel__list" aria-label="Witnesses">
        {sessions.witnesses.map((w) => (
          <li key={w.id}>
            <span>
              <strong>{witnessLine(w)}</strong>, free {freeTimeLabel(agenda, w)}
            </span>
            <button
              type="button"
              className="button"
              onClick={() => void send({ type: 'removeWitness', witnessId: w.id })}
            >
              Remove {w.name}
            </button>
          </li>
        ))}
      </ul>
      <AddWitness agenda={agenda} send={send} />
      <label className="field field--inline">
        <span>Minutes with each witness</span>
        <select
          value={sessions.slotMinutes}
          onChange={(e) => void send({ type: 'setSlotMinutes', minutes: Number(e.target.value) })}
        >
          {SLOT_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      {sessions.witnesses.length > 0 && (
        <button
          type="button"
          className="button button--primary"
          onClick={() => void send({ type: 'propose' })}
        >
          Propose who goes where
        </button>
      )}
      <FormError message={control.error} />
      {sessions.placements.length > 0 && <Assignment sessions={sessions} agenda={agenda} send={send} />}
    </section>
  );
}

function AddWitness({ agenda, send }: { agenda: Agenda; send: Send }) {
  const length = sessionMinutes(agenda);
  const [name, setName] = useState('');
  const [expertise, setExpertise] = useState('');
  const [attendance, setAttendance] = useState<Attendance>('room');
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(length);
  const minutes = Array.from({ length: Math.floor(length / 5) + 1 }, (_, i) => i * 5);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const witness = { id: randomId(), name, expertise, attendance, freeFromMin: from, freeToMin: to };
    if (await send({ type: 'addWitness', witness })) {
      setName('');
      setExpertise('');
    }
  };
  const timeSelect = (label: string, value: number, set: (n: number) => void) => (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {minutes.map((m) => (
          <option key={m} value={m}>
            {minuteLabel(agenda, m)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="witnesses-panel__form" onSubmit={(e) => void submit(e)} aria-label="Add a witness">
      <label className="field">
        Witness’s name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={TEXT_LIMITS.personName}
          required
        />
      </label>
      <label className="field">
        Expertise
        <input
          value={expertise}
          onChange={(e) => setExpertise(e.target.value)}
          maxLength={TEXT_LIMITS.witnessExpertise}
          placeholder="staff mutuals"
        />
      </label>
      <label className="field">
        Takes part
        <select value={attendance} onChange={(e) => setAttendance(e.target.value as Attendance)}>
          <option value="room">In the room</option>
          <option value="phone">By phone</option>
          <option value="video">By video</option>
        </select>
      </label>
      <div className="witnesses-panel__times">
        {timeSelect('Free from', from, setFrom)}
        {timeSelect('Free until', to, setTo)}
      </div>
      <button type="submit" className="button">
        Add the witness
      </button>
    </form>
  );
}

/** Who goes where, member by member, each with a choice of witness and time (WITNESS-5). */
function Assignment({ sessions, agenda, send }: { sessions: WitnessesState; agenda: Agenda; send: Send }) {
  const roster = useRoster();
  const teams = useTeams();
  const options = sessions.witnesses.flatMap((w) =>
    freeSlots(w, sessions.slotMinutes).map((slot) => ({
      value: `${w.id}@${slot}`,
      label: `${w.name}, ${slotTime(agenda, sessions, slot)}`,
    })),
  );
  const move = (member: Member, value: string) => {
    if (value === '') return void send({ type: 'unassign', memberId: member.id });
    const [witnessId, slot] = value.split('@') as [string, string];
    void send({ type: 'place', placement: { memberId: member.id, witnessId, slot: Number(slot) } });
  };
  return (
    <table className="witnesses-panel__assignment">
      <caption>Who goes where</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Witness and time</th>
        </tr>
      </thead>
      <tbody>
        {roster.members.map((member) => {
          const p = sessions.placements.find((x) => x.memberId === member.id);
          return (
            <tr key={member.id}>
              <th scope="row">
                {member.name} <span className="witnesses-panel__team">{teamName(teams, member.teamId)}</span>
              </th>
              <td>
                <select
                  aria-label={`Witness for ${member.name}`}
                  value={p ? `${p.witnessId}@${p.slot}` : ''}
                  onChange={(e) => move(member, e.target.value)}
                >
                  <option value="">Not going to a witness</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

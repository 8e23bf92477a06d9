import { attendanceWords, visitorsOf } from '../../../shared/src/index.js';
import { useRoster } from '../roster/useRoster.js';
import { useAgenda, useTeams } from '../state/sessionContext.js';
import { useWitnessSessions } from './useWitnesses.js';
import { slotTime, teamName } from './words.js';
import './witnesses.css';

/** The wall during the witness sessions: who is with which witness, when, and where (in the room, phone, video). */
export function WitnessWall() {
  const sessions = useWitnessSessions();
  const roster = useRoster();
  const teams = useTeams();
  const agenda = useAgenda();
  if (sessions.witnesses.length === 0)
    return <p className="witness-wall__empty">The witnesses are being arranged.</p>;
  return (
    <div className="witness-wall" aria-label="Who is with which witness">
      {sessions.witnesses.map((witness) => (
        <section key={witness.id} className="witness-wall__witness" aria-label={witness.name}>
          <h2>{witness.name}</h2>
          <p className="witness-wall__where">
            {attendanceWords[witness.attendance]}
            {witness.expertise && ` · ${witness.expertise}`}
          </p>
          <ul>
            {visitorsOf(sessions, roster, witness.id).map(({ slot, members }) => (
              <li key={slot}>
                <span className="witness-wall__time">{slotTime(agenda, sessions, slot)}</span>{' '}
                <span className="witness-wall__team">{teamName(teams, members[0]!.teamId)}:</span>{' '}
                {members.map((m) => m.name).join(', ')}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

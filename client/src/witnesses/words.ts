import {
  attendanceWords,
  slotLabel,
  type Agenda,
  type Team,
  type Witness,
  type WitnessesState,
} from '../../../shared/src/index.js';

/** "Beth Evans · staff mutuals · In the room": who a witness is, in one line. */
export function witnessLine(witness: Witness): string {
  return [witness.name, witness.expertise, attendanceWords[witness.attendance]].filter(Boolean).join(' · ');
}

/** "11.30" for a slot of the witness sessions. */
export function slotTime(agenda: Agenda, state: WitnessesState, slot: number): string {
  return slotLabel(agenda, state.slotMinutes, slot);
}

export function teamName(teams: readonly Team[], teamId: string): string {
  return teams.find((t) => t.id === teamId)?.name ?? 'A task team';
}

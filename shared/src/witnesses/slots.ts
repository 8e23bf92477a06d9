import { formatProgrammeTime, plannedStartsMin } from '../agenda/programme.js';
import type { Agenda } from '../schema/agenda.js';
import type { Witness, WitnessesState } from '../schema/witnesses.js';

/** A session with nobody set up yet: slots of ten minutes (WITNESS-2). */
export function initialWitnesses(): WitnessesState {
  return { slotMinutes: 10, witnesses: [], placements: [] };
}

/**
 * WITNESS-2: the slots a witness can see a group in: every whole slot inside their free time.
 * Free from 0 to 30 minutes in slots of 10: slots 0, 1 and 2, so three groups.
 */
export function freeSlots(witness: Witness, slotMinutes: number): number[] {
  const slots: number[] = [];
  const first = Math.ceil(witness.freeFromMin / slotMinutes);
  for (let slot = first; (slot + 1) * slotMinutes <= witness.freeToMin; slot++) slots.push(slot);
  return slots;
}

/** WITNESS-2: how many groups a witness can see. */
export function capacityOf(witness: Witness, slotMinutes: number): number {
  return freeSlots(witness, slotMinutes).length;
}

/** When the witness sessions start, in minutes of the day, from the first witness item with a planned time. */
export function sessionStartMin(agenda: Agenda): number | null {
  const starts = plannedStartsMin(agenda);
  const index = agenda.findIndex((item, i) => item.kind === 'witness' && starts[i] !== null);
  return index < 0 ? null : (starts[index] ?? null);
}

/** "11.40" when the agenda has a planned time for the witness sessions; else "minute 10". */
export function minuteLabel(agenda: Agenda, minuteOfSession: number): string {
  const start = sessionStartMin(agenda);
  return start === null ? `minute ${minuteOfSession}` : formatProgrammeTime(start + minuteOfSession);
}

/** When a slot starts, in the workshop's words: "11.40". */
export function slotLabel(agenda: Agenda, slotMinutes: number, slot: number): string {
  return minuteLabel(agenda, slot * slotMinutes);
}

/** "11.30 to 12.00": a witness's free time, in the workshop's words. */
export function freeTimeLabel(agenda: Agenda, witness: Witness): string {
  return `${minuteLabel(agenda, witness.freeFromMin)} to ${minuteLabel(agenda, witness.freeToMin)}`;
}

/** How each way of taking part is said (WITNESS-1). */
export const attendanceWords: Record<Witness['attendance'], string> = {
  room: 'In the room',
  phone: 'By phone',
  video: 'By video',
};

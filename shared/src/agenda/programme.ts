import type { Agenda } from '../schema/agenda.js';

const MIN_PER_DAY = 24 * 60;

/** "9.50" or "13:30" → minutes since midnight. */
export function parseProgrammeTime(text: string): number {
  const match = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!match) throw new RangeError(`not a programme time: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes since midnight → "9.50", "12.40", "1.00": 12-hour, no am/pm, as the handbook prints it. */
export function formatProgrammeTime(minutesOfDay: number): string {
  const total = ((Math.round(minutesOfDay) % MIN_PER_DAY) + MIN_PER_DAY) % MIN_PER_DAY;
  const hours24 = Math.floor(total / 60);
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}.${String(total % 60).padStart(2, '0')}`;
}

/**
 * "1.00 pm", "10.09 am": a programme time that cannot be misread beside another hours away, as a
 * planned finish beside a projected one can be.
 */
export function formatTimeOfDay(minutesOfDay: number): string {
  const total = ((Math.round(minutesOfDay) % MIN_PER_DAY) + MIN_PER_DAY) % MIN_PER_DAY;
  return `${formatProgrammeTime(total)} ${total < 12 * 60 ? 'am' : 'pm'}`;
}

/** Planned start of every item in minutes since midnight: its own `plannedStart`, else the previous item's end. */
export function plannedStartsMin(agenda: Agenda): (number | null)[] {
  let next: number | null = null;
  return agenda.map((item) => {
    const start = item.plannedStart ? parseProgrammeTime(item.plannedStart) : next;
    next = start === null ? null : start + item.durationMin;
    return start;
  });
}

/** The planned end of the programme in minutes since midnight, or null when no item has a planned time. */
export function plannedFinishMin(agenda: Agenda): number | null {
  const starts = plannedStartsMin(agenda);
  const lastIndex = agenda.length - 1;
  const lastStart = starts[lastIndex];
  const last = agenda[lastIndex];
  return lastStart === null || lastStart === undefined || !last ? null : lastStart + last.durationMin;
}

/** A countdown as "24:59"; an overrun as "−1:30" (a true minus sign). Rounds so "0:00" shows only at the end. */
export function formatCountdown(remainingMs: number): string {
  const overrun = remainingMs < 0;
  const seconds = overrun ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return overrun && seconds > 0 ? `\u2212${text}` : text;
}

import type { Attendance } from '../schema/witnesses.js';
import type { PointAnswer, PointKind } from '../doc/dissentPoints.js';

// The chair's own words, one place for the screens and the report.
export { actionLevelLabels, actionStatusLabels, decisionLabels } from '../chair/words.js';

/** Handbook 000, 11.30: "either in person or by phone/Skype on a conference call". */
export const attendanceLabels: Record<Attendance, string> = {
  room: 'In the room',
  phone: 'By phone',
  video: 'By video call',
};

export const pointKindLabels: Record<PointKind, string> = { dissent: 'Dissent', assent: 'Assent' };

export const pointAnswerLabels: Record<PointAnswer, string> = {
  open: 'Not answered',
  addressed: 'Addressed',
  rejected: 'Rejected',
};

/** "1 action", "3 actions". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "£200,000": whole pounds, as a council paper writes them. */
export function pounds(amount: number): string {
  return `£${Math.round(amount).toLocaleString('en-GB')}`;
}

/** Words as a sentence: trimmed, with a full stop unless they end with their own. */
export function sentence(words: string): string {
  const trimmed = words.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

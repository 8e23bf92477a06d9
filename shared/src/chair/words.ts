import type { ActionLevel, ActionStatus, Decision } from '../schema/chair.js';

/** The Leader's decisions in the room's words (handbook 000, 12.40). */
export const decisionLabels: Record<Decision, string> = {
  agreed: 'Agreed',
  'agreed-with-changes': 'Agreed with changes',
  'not-agreed': 'Not agreed',
  'further-work': 'Needs further work',
};

/** The levels of commitment, as handbook 001 asks for them. */
export const actionLevelLabels: Record<ActionLevel, string> = {
  cabinet: 'Cabinet',
  'management-team': 'Management team',
  personal: 'Personal',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  proposed: 'Proposed',
  confirmed: 'Confirmed',
  done: 'Done',
  dropped: 'Dropped',
};

/** "31 March 2027" from "2027-03-31": how a council paper writes a date. */
export function formatDueDate(date: string | null): string {
  if (!date) return 'No date yet';
  const [y, m, d] = date.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

import type { Body } from '../schema/roster.js';

/**
 * The structure of the room each programme is written for: who the people on the task teams are.
 * The facilitator renames a body or a council in the console (the two councils' real names).
 */

/** One council's leading members with its corporate management team (000, 002). */
export const oneCouncil: Body[] = [
  { id: 'cabinet', name: 'Cabinet' },
  { id: 'management-team', name: 'Corporate management team' },
];

/** Two councils sharing services: each cabinet, and the management team they share (001). */
export const twoCouncils: Body[] = [
  { id: 'first-cabinet', name: 'Cabinet', council: 'First council' },
  { id: 'second-cabinet', name: 'Cabinet', council: 'Second council' },
  { id: 'shared-management-team', name: 'Shared management team' },
];

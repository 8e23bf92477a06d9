import type { Role } from '../../../shared/src/index.js';

/** What each role is called on screen. */
export const roleNames: Record<Role, string> = {
  facilitator: 'Facilitator',
  leader: 'Leader',
  team: 'Task team',
  witness: 'Witness',
  projector: 'Projector',
};

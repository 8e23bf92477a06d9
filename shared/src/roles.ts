import { DOC_KEYS, type DocKey } from './doc/keys.js';

export const roles = ['facilitator', 'leader', 'team', 'witness', 'projector'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'workshop:read',
  'token:create',
  'clock:command',
  'board:direct',
  'board:vote',
  'presence:read',
  'content:read',
  'content:write',
  'awareness:write',
] as const;
export type Action = (typeof actions)[number];

const everyone = new Set<Role>(roles);
const editors = new Set<Role>(['facilitator', 'leader', 'team', 'witness']);
const facilitatorOnly = new Set<Role>(['facilitator']);
const voters = new Set<Role>(['facilitator', 'leader', 'team']);

/** Who may do what. The server checks every request against this table; screens only mirror it. */
const permissionTable: Record<Action, ReadonlySet<Role>> = {
  'workshop:read': everyone,
  'token:create': facilitatorOnly,
  'clock:command': facilitatorOnly,
  'board:direct': facilitatorOnly,
  'board:vote': voters,
  'presence:read': everyone,
  'content:read': everyone,
  'content:write': editors,
  'awareness:write': editors,
};

export function can(role: Role, action: Action): boolean {
  return permissionTable[action].has(role);
}

const refusals: Record<Action, string> = {
  'workshop:read': 'This link does not give access to this workshop.',
  'token:create': 'Only the facilitator can create links for this workshop.',
  'clock:command': 'Only the facilitator can change the clock.',
  'board:direct': 'Only the facilitator can change what the board shows, its axes, votes and allocations.',
  'board:vote': 'This screen cannot vote: votes belong to the task teams.',
  'presence:read': 'This link does not show who is connected.',
  'content:read': 'This link does not show the board.',
  'content:write': 'This screen is read-only: it cannot change the board.',
  'awareness:write': 'This screen is read-only: it is not shown to others.',
};

/** The words a refused request gets back: they name the rule. */
export function refusalFor(action: Action): string {
  return refusals[action];
}

/**
 * The parts of the workshop document a role may change. A witness writes only the witness
 * notes; read-only roles write nothing.
 */
export function writableDocKeys(role: Role): readonly DocKey[] {
  if (!can(role, 'content:write')) return [];
  if (role === 'witness') return [DOC_KEYS.witnessNotes];
  return Object.values(DOC_KEYS);
}

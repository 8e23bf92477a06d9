import type { Refusal } from '../result.js';

export const roles = ['facilitator', 'leader', 'team', 'witness', 'projector'] as const;
export type Role = (typeof roles)[number];

/** What a link may do. Each action is a rule of SPEC.md (PERM-n); nothing else decides who may do what. */
export const actions = [
  'workshop:read',
  'links:manage',
  'clock:command',
  'agenda:edit',
  'board:direct',
  'board:vote',
  'presence:read',
  'content:read',
  'content:write',
  'content:remove-any',
  'awareness:write',
] as const;
export type Action = (typeof actions)[number];

const everyone: readonly Role[] = roles;
const facilitator: readonly Role[] = ['facilitator'];
const editors: readonly Role[] = ['facilitator', 'leader', 'team', 'witness'];

/** Who may do what (PERM-1 … PERM-11 in SPEC.md). */
const permissionTable: Record<Action, readonly Role[]> = {
  'workshop:read': everyone,
  'links:manage': facilitator,
  'clock:command': facilitator,
  'agenda:edit': facilitator,
  'board:direct': facilitator,
  'board:vote': ['facilitator', 'leader', 'team'],
  'presence:read': ['facilitator', 'leader'],
  'content:read': everyone,
  'content:write': editors,
  'content:remove-any': facilitator,
  'awareness:write': editors,
};

export function can(role: Role, action: Action): boolean {
  return permissionTable[action].includes(role);
}

const refusals: Record<Action, string> = {
  'workshop:read': 'This link does not give access to this workshop.',
  'links:manage': 'Only the facilitator can make, list or revoke links and join codes.',
  'clock:command': 'Only the facilitator can change the clock.',
  'agenda:edit': 'Only the facilitator can change the agenda.',
  'board:direct': 'Only the facilitator can change what the board shows, its axes, votes and allocations.',
  'board:vote': 'This screen cannot vote: votes belong to the task teams.',
  'presence:read': 'This link does not show who is connected.',
  'content:read': 'This link does not show the board.',
  'content:write': 'This screen is read-only: it cannot change the board.',
  'content:remove-any': 'Only the facilitator can remove what another task team made.',
  'awareness:write': 'This screen is read-only: it is not shown to others.',
};

/** The words a refused request gets back: they name the rule. */
export function refusalFor(action: Action): string {
  return refusals[action];
}

/** A refusal for `action`, or null when `role` may do it: the first line of every reducer and guard. */
export function permissionRefusal(role: Role, action: Action): Refusal | null {
  return can(role, action) ? null : { code: 'forbidden', message: refusalFor(action) };
}

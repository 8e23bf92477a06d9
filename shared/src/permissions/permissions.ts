import type { Refusal } from '../result.js';
import type { Focus } from '../schema/board.js';

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
  'join-codes:read',
  'roster:edit',
  'roster:speak',
  'series:start-next',
  'paper:attach',
  'propositions:status',
  'propositions:any',
  'witnesses:arrange',
  'pooled:sort',
  'pairs:arrange',
  'dissent:run',
  'dissent:spokesperson',
  'chair:present',
  'chair:decide',
  'actions:propose',
  'actions:confirm',
  'report:read',
] as const;
export type Action = (typeof actions)[number];

/** What of the workshop's live control state a rule may depend on. */
export interface PermissionState {
  focus: Focus;
}

/** A role, or a role only while the workshop is in some state (PERM-12: the projector, while it shows joining). */
type Grant = Role | { role: Role; while: (state: PermissionState) => boolean };

const everyone: readonly Grant[] = roles;
const facilitator: readonly Grant[] = ['facilitator'];
const editors: readonly Grant[] = ['facilitator', 'leader', 'team', 'witness'];
const projectorShowsJoining = (state: PermissionState) => state.focus.kind === 'joining';

/** Who may do what (PERM-n in SPEC.md). */
const permissionTable: Record<Action, readonly Grant[]> = {
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
  'join-codes:read': ['facilitator', { role: 'projector', while: projectorShowsJoining }],
  'roster:edit': facilitator,
  'roster:speak': ['team'],
  'series:start-next': facilitator,
  'paper:attach': facilitator,
  'propositions:status': ['facilitator', 'team'],
  'propositions:any': facilitator,
  'witnesses:arrange': facilitator,
  'pooled:sort': facilitator,
  'pairs:arrange': facilitator,
  'dissent:run': facilitator,
  'dissent:spokesperson': ['facilitator', 'team'],
  'chair:present': ['facilitator', 'leader'],
  'chair:decide': ['facilitator', 'leader'],
  'actions:propose': ['facilitator', 'leader', 'team'],
  'actions:confirm': ['facilitator', 'leader'],
  'report:read': ['facilitator', 'leader'],
};

/**
 * Whether `role` may do `action`. A grant that holds only in some state of the workshop needs that
 * state: without it, the answer is no.
 */
export function can(role: Role, action: Action, state?: PermissionState): boolean {
  return permissionTable[action].some((grant) =>
    typeof grant === 'string'
      ? grant === role
      : grant.role === role && state !== undefined && grant.while(state),
  );
}

/** Whether some state of the workshop lets `role` do `action`: who to tell when what it guards changes. */
export function canSometimes(role: Role, action: Action): boolean {
  return permissionTable[action].some((grant) => (typeof grant === 'string' ? grant : grant.role) === role);
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
  'join-codes:read':
    'Join codes are shown only on the facilitator’s console, and on the projector while the facilitator has put the joining screen on it.',
  'roster:edit': 'Only the facilitator can change the task teams’ rosters and the bodies of the room.',
  'roster:speak': 'Only a task team’s tablet says who it speaks for.',
  'series:start-next': 'Only the facilitator can start the next workshop of the series.',
  'paper:attach': 'Only the facilitator can attach, replace or remove the position paper.',
  'propositions:status': 'Only a task team, or the facilitator, moves a proposition on.',
  'propositions:any': 'Only the facilitator can move on another team’s proposition, or set one back.',
  'witnesses:arrange': 'Only the facilitator can set up the witnesses and say who goes to which.',
  'pooled:sort':
    'Only the facilitator sorts the cabinets’ priorities into shared and separate, and merges them.',
  'pairs:arrange': 'Only the facilitator pairs the portfolio holders.',
  'dissent:run': 'Only the facilitator plans and runs the ritual-dissent rounds.',
  'dissent:spokesperson': 'Only a task team, or the facilitator, chooses the team’s spokesperson.',
  'chair:present':
    'Only the Leader, who chairs the presentations, or the facilitator sets their order and what is shown.',
  'chair:decide': 'Only the Leader, or the facilitator, records a decision on a proposition.',
  'actions:propose': 'This screen cannot propose actions.',
  'actions:confirm': 'Only the Leader, or the facilitator, confirms, changes or drops an action.',
  'report:read':
    'Only the Leader, or the facilitator, takes away the Action Report and the workshop’s backup.',
};

/** The words a refused request gets back: they name the rule. */
export function refusalFor(action: Action): string {
  return refusals[action];
}

/** A refusal for `action`, or null when `role` may do it: the first line of every reducer and guard. */
export function permissionRefusal(role: Role, action: Action, state?: PermissionState): Refusal | null {
  return can(role, action, state) ? null : { code: 'forbidden', message: refusalFor(action) };
}

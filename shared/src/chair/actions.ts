import { roomCouncils } from '../councils/teamCouncil.js';
import { accept, refuse, type Outcome } from '../result.js';
import type { Agenda } from '../schema/agenda.js';
import type { ActionCommand, ActionFields, ActionsState, AgreedAction } from '../schema/chair.js';
import { MAX_ACTIONS, MAX_WAITING_PER_TEAM } from '../schema/chair.js';
import type { RosterState } from '../schema/roster.js';
import type { PropositionOwner } from '../teamWork/propositions.js';

export const initialActions = (): ActionsState => ({ actions: [] });

/** What the actions' rules read: who is on the rosters, the propositions, where the programme is. */
export interface ActionFacts {
  roster: RosterState;
  propositionOwners: readonly PropositionOwner[];
  agenda: Agenda;
  currentIndex: number;
  /** The programme has finished: the presentations are over. */
  finished: boolean;
}

export interface ActionActor {
  teamId: string | null;
  /** The Leader and the facilitator confirm, edit, drop and propose at any time (PERM-31). */
  chairs: boolean;
}

/** Applies one command on the agreed actions (ACTION-n in SPEC.md); PERM-30 and PERM-31 are checked before. */
export function applyActionCommand(
  state: ActionsState,
  command: ActionCommand,
  facts: ActionFacts,
  actor: ActionActor,
): Outcome<ActionsState> {
  if (command.type === 'propose') {
    if (!actor.chairs && (facts.finished || facts.agenda[facts.currentIndex]?.kind !== 'presentation'))
      return refuse(
        'not-now',
        'Actions are proposed during the presentations and the action planning: the facilitator will say when.',
      );
    if (state.actions.some((a) => a.id === command.action.id))
      return refuse('action-exists', 'That action is already proposed.');
    if (state.actions.length >= MAX_ACTIONS)
      return refuse('too-many-actions', `A workshop keeps at most ${MAX_ACTIONS} actions.`);
    const waiting = state.actions.filter(
      (a) => a.status === 'proposed' && a.proposedByTeamId === actor.teamId,
    );
    if (!actor.chairs && waiting.length >= MAX_WAITING_PER_TEAM)
      return refuse(
        'too-many-waiting',
        `Your team has ${MAX_WAITING_PER_TEAM} actions waiting for the Leader: wait for those to be confirmed or dropped.`,
      );
    const { id, ...fields } = command.action;
    const bad = fieldsRefusal(fields, facts);
    if (bad) return bad;
    const action: AgreedAction = { id, ...fields, status: 'proposed', proposedByTeamId: actor.teamId };
    return accept({ actions: [...state.actions, action] });
  }
  const action = state.actions.find((a) => a.id === command.actionId);
  if (!action) return refuse('unknown-action', 'That action is not on the list: it may have been dropped.');
  switch (command.type) {
    case 'edit': {
      const defined = Object.fromEntries(Object.entries(command.fields).filter(([, v]) => v !== undefined));
      const edited = { ...action, ...defined };
      const bad = fieldsRefusal(edited, facts);
      return bad ?? accept(replace(state, edited));
    }
    case 'confirm':
      return accept(replace(state, { ...action, status: 'confirmed' }));
    case 'drop':
      // A proposal never agreed goes; an agreed action dropped later is kept, marked so (ACTION-3).
      if (action.status === 'proposed')
        return accept({ actions: state.actions.filter((a) => a.id !== action.id) });
      return accept(replace(state, { ...action, status: 'dropped' }));
    case 'markDone':
      if (action.status === 'proposed' || action.status === 'dropped')
        return refuse('not-confirmed', 'Only a confirmed action can be done.');
      return accept(replace(state, { ...action, status: command.done ? 'done' : 'confirmed' }));
  }
}

function replace(state: ActionsState, action: AgreedAction): ActionsState {
  return { actions: state.actions.map((a) => (a.id === action.id ? action : a)) };
}

/** ACTION-1: an owner from the rosters is on them; a council is one of the room's; a proposition exists. */
function fieldsRefusal(fields: ActionFields, facts: ActionFacts): Outcome<never> | null {
  const owner = fields.owner;
  if (owner && 'memberId' in owner && !facts.roster.members.some((m) => m.id === owner.memberId))
    return refuse('unknown-member', 'That person is not on the roster: write their name in instead.');
  if (fields.council !== null && !roomCouncils(facts.roster).includes(fields.council))
    return refuse('unknown-council', `${fields.council} is not one of this room’s councils.`);
  if (fields.propositionId !== null && !facts.propositionOwners.some((p) => p.id === fields.propositionId))
    return refuse('unknown-proposition', 'That proposition is not on the board: it may have been removed.');
  return null;
}

/** ROSTER: someone who leaves the rosters leaves their actions to their name, so no action loses its owner. */
export function ownersWrittenIn(state: ActionsState, member: { id: string; name: string }): ActionsState {
  const theirs = (a: AgreedAction) => !!a.owner && 'memberId' in a.owner && a.owner.memberId === member.id;
  if (!state.actions.some(theirs)) return state;
  return { actions: state.actions.map((a) => (theirs(a) ? { ...a, owner: { name: member.name } } : a)) };
}

/** ACTION-4: the confirmed actions by level, in the order they were agreed, as the wall and the report list them. */
export function confirmedByLevel(state: ActionsState): Record<AgreedAction['level'], AgreedAction[]> {
  const confirmed = state.actions.filter((a) => a.status === 'confirmed' || a.status === 'done');
  return {
    cabinet: confirmed.filter((a) => a.level === 'cabinet'),
    'management-team': confirmed.filter((a) => a.level === 'management-team'),
    personal: confirmed.filter((a) => a.level === 'personal'),
  };
}

/**
 * ACTION-5: the actions a workshop of a series hands to the next: those still open (confirmed, not
 * done), with their status and where they were agreed (kept from an earlier workshop where they
 * came from one). An owner from the rosters is written in by name, as the next workshop's rosters
 * are its own.
 */
export function carriedActions(
  earlier: ActionsState,
  roster: RosterState,
  from: { workshopId: string; title: string },
): AgreedAction[] {
  return earlier.actions
    .filter((a) => a.status === 'confirmed')
    .map((a) => {
      const owner = a.owner && 'memberId' in a.owner ? memberByName(roster, a.owner.memberId) : a.owner;
      // A proposition of the earlier workshop is not on this one's board.
      return { ...a, owner, propositionId: null, carriedFrom: a.carriedFrom ?? from };
    });
}

function memberByName(roster: RosterState, memberId: string): { name: string } | null {
  const member = roster.members.find((m) => m.id === memberId);
  return member ? { name: member.name } : null;
}

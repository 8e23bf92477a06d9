import { applyAgendaCommand } from '../agenda/agenda.js';
import { applyClockCommand } from '../agenda/clock.js';
import { applyBoardCommand, withoutVoter } from '../board/board.js';
import { applyRosterCommand, votersOf } from '../roster/roster.js';
import { applyPropositionCommand, type PropositionOwner } from '../teamWork/propositions.js';
import { applyPairsCommand, initialPairs } from '../councils/pairs.js';
import { applyPooledCommand, initialPooled } from '../councils/pooled.js';
import { applyDissentCommand, initialDissent } from '../dissent/rounds.js';
import type { DissentState } from '../schema/dissent.js';
import { applyChairCommand, initialChair } from '../chair/chair.js';
import { applyActionCommand, initialActions, ownersWrittenIn } from '../chair/actions.js';
import type { ActionsState, ChairState } from '../schema/chair.js';
import { can, permissionRefusal, type Action, type Role } from '../permissions/permissions.js';
import { accept, type Outcome } from '../result.js';
import type { Agenda } from '../schema/agenda.js';
import type { BoardState } from '../schema/board.js';
import type { ClockState } from '../schema/clock.js';
import type { ControlCommand } from '../schema/control.js';
import type { RosterCommand, RosterState } from '../schema/roster.js';
import type { PropositionsState } from '../schema/teamWork.js';
import type { WitnessesState } from '../schema/witnesses.js';
import { applyWitnessesCommand, settle } from '../witnesses/sessions.js';
import type { PairsState, PooledState } from '../schema/councils.js';

/**
 * Everything the control rules decide over. `teamIds`, `priorityIds` and `propositionOwners` are
 * facts the server reads from the workshop and its document; the rules read them and never change them.
 */
export interface ControlSession {
  agenda: Agenda;
  clock: ClockState;
  board: BoardState;
  roster: RosterState;
  propositions: PropositionsState;
  witnesses: WitnessesState;
  /** The two councils' programme; absent where a workshop has not used it yet. */
  pooled?: PooledState;
  pairs?: PairsState;
  /** The ritual-dissent rounds; absent where a workshop has not planned them. */
  dissent?: DissentState;
  /** The Leader's chair and the agreed actions; absent until the presentations use them. */
  chair?: ChairState;
  actions?: ActionsState;
  /** In the workshop's order (POOL-1 reads a team's position). */
  teamIds: readonly string[];
  priorityIds: readonly string[];
  /** The propositions in the document and the team each belongs to (PROP-1, PROP-2). */
  propositionOwners: readonly PropositionOwner[];
  /** The cabinets' headline priorities in the document (read for pooled commands only). */
  councilPriorityIds?: readonly string[];
}

/** Who sends a command, as the server knows them from the token. */
export interface Actor {
  role: Role;
  /** The link (token) the command came through: a voter is a link (BOARD-3). */
  linkId: string;
  teamId: string | null;
}

/** The permission each command needs (PERM-n): checked before any area's reducer runs. */
export function actionFor(command: ControlCommand): Action {
  switch (command.area) {
    case 'clock':
      return 'clock:command';
    case 'agenda':
      return 'agenda:edit';
    case 'board':
      return command.command.type === 'vote' ? 'board:vote' : 'board:direct';
    case 'roster':
      return rosterAction(command.command);
    case 'propositions':
      return 'propositions:status';
    case 'witnesses':
      return 'witnesses:arrange';
    case 'pooled':
      return 'pooled:sort';
    case 'pairs':
      return 'pairs:arrange';
    case 'dissent':
      return command.command.type === 'setSpokesperson' ? 'dissent:spokesperson' : 'dissent:run';
    case 'chair':
      return command.command.type === 'decide' ? 'chair:decide' : 'chair:present';
    case 'actions':
      return command.command.type === 'propose' ? 'actions:propose' : 'actions:confirm';
  }
}

/**
 * The one entry point of the control plane: checks the permission, then hands the command to its
 * area's pure reducer (clock, board, agenda, roster, propositions, witnesses, the councils' pooling
 * and pairs, the ritual-dissent rounds).
 */
export function applyControlCommand(
  state: ControlSession,
  actor: Actor,
  command: ControlCommand,
  nowMs: number,
): Outcome<ControlSession> {
  const refusal = permissionRefusal(actor.role, actionFor(command));
  if (refusal) return { ok: false, error: refusal };
  const result = applyToArea(state, actor, command, nowMs);
  if (!result.ok) return result;
  // BOARD-11: the facilitator's choice of what the wall shows lasts for the item it was made in,
  // however the room moved on (the clock, or the agenda losing the item it was on).
  const moved = currentItemId(state) !== currentItemId(result.data);
  return moved ? accept({ ...result.data, board: followTheProgramme(result.data.board) }) : result;
}

const currentItemId = (state: ControlSession) => state.agenda[state.clock.currentIndex]?.id;

function applyToArea(
  state: ControlSession,
  actor: Actor,
  command: ControlCommand,
  nowMs: number,
): Outcome<ControlSession> {
  switch (command.area) {
    case 'clock': {
      const clock = applyClockCommand(state.clock, state.agenda, command.command, nowMs);
      return clock.ok ? accept({ ...state, clock: clock.data }) : clock;
    }
    case 'board': {
      // ROSTER-7: a tablet's dots are those of the people it speaks for.
      const voters = votersOf(state.roster, actor.linkId);
      const board = applyBoardCommand(state.board, command.command, actor.linkId, { ...state, voters });
      return board.ok ? accept({ ...state, board: board.data }) : board;
    }
    case 'agenda': {
      const programme = applyAgendaCommand(state, command.command);
      return programme.ok ? accept({ ...state, ...programme.data }) : programme;
    }
    case 'roster': {
      const roster = applyRosterCommand(state.roster, command.command, actor, state.teamIds);
      if (!roster.ok) return roster;
      // ROSTER-7: someone taken off the roster takes their dots with them.
      const removed = command.command.type === 'removeMember' ? command.command.memberId : null;
      const board = removed ? withoutVoter(state.board, removed) : state.board;
      // ACTION-1: someone who leaves the rosters keeps their actions, by name.
      const leaving = removed ? state.roster.members.find((m) => m.id === removed) : undefined;
      const actions = leaving && state.actions ? ownersWrittenIn(state.actions, leaving) : state.actions;
      // WITNESS-6: someone who leaves the roster or moves team leaves a placement that may not hold.
      const witnesses = settle(state.witnesses, roster.data);
      return accept({ ...state, roster: roster.data, board, witnesses, ...(actions && { actions }) });
    }
    case 'witnesses': {
      const witnesses = applyWitnessesCommand(state.witnesses, command.command, state);
      return witnesses.ok ? accept({ ...state, witnesses: witnesses.data }) : witnesses;
    }
    case 'propositions': {
      const next = applyPropositionCommand(
        state.propositions,
        command.command,
        actor,
        state.propositionOwners,
      );
      return next.ok ? accept({ ...state, propositions: next.data }) : next;
    }
    case 'pooled': {
      const pooled = applyPooledCommand(
        state.pooled ?? initialPooled(),
        command.command,
        state.councilPriorityIds ?? [],
      );
      return pooled.ok ? accept({ ...state, pooled: pooled.data }) : pooled;
    }
    case 'pairs': {
      const pairs = applyPairsCommand(
        state.pairs ?? initialPairs(),
        command.command,
        state.roster,
        state.teamIds,
      );
      return pairs.ok ? accept({ ...state, pairs: pairs.data }) : pairs;
    }
    case 'dissent': {
      const dissent = applyDissentCommand(
        state.dissent ?? initialDissent(),
        command.command,
        state,
        { teamId: actor.teamId, anyTeam: can(actor.role, 'dissent:run') },
        nowMs,
      );
      return dissent.ok ? accept({ ...state, dissent: dissent.data }) : dissent;
    }
    case 'chair': {
      const chair = applyChairCommand(state.chair ?? initialChair(), command.command, state, nowMs);
      return chair.ok ? accept({ ...state, chair: chair.data }) : chair;
    }
    case 'actions': {
      const actions = applyActionCommand(
        state.actions ?? initialActions(),
        command.command,
        { ...state, currentIndex: state.clock.currentIndex, finished: state.clock.status === 'finished' },
        { teamId: actor.teamId, chairs: can(actor.role, 'actions:confirm') },
      );
      return actions.ok ? accept({ ...state, actions: actions.data }) : actions;
    }
  }
}

function followTheProgramme(board: BoardState): BoardState {
  return board.focus.kind === 'programme' ? board : { ...board, focus: { kind: 'programme' } };
}

/** The facilitator sets rosters up; a team tablet only says who it speaks for, or adds its own member. */
function rosterAction(command: RosterCommand): Action {
  return command.type === 'speakFor' || command.type === 'joinTeam' ? 'roster:speak' : 'roster:edit';
}

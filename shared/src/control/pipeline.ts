import { applyAgendaCommand } from '../agenda/agenda.js';
import { applyClockCommand } from '../agenda/clock.js';
import { applyBoardCommand } from '../board/board.js';
import { applyRosterCommand, voicesOf } from '../roster/roster.js';
import { permissionRefusal, type Action, type Role } from '../permissions/permissions.js';
import { accept, type Outcome } from '../result.js';
import type { Agenda } from '../schema/agenda.js';
import type { BoardState } from '../schema/board.js';
import type { ClockState } from '../schema/clock.js';
import type { ControlCommand } from '../schema/control.js';
import type { RosterCommand, RosterState } from '../schema/roster.js';

/**
 * Everything the control rules decide over. `teamIds` and `priorityIds` are facts the server reads
 * from the workshop and its document; the rules read them and never change them.
 */
export interface ControlSession {
  agenda: Agenda;
  clock: ClockState;
  board: BoardState;
  roster: RosterState;
  teamIds: readonly string[];
  priorityIds: readonly string[];
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
  }
}

/**
 * The one entry point of the control plane: checks the permission, then hands the command to its
 * area's pure reducer (clock, board, agenda, roster; later witnesses, dissent rounds, presentations).
 */
export function applyControlCommand(
  state: ControlSession,
  actor: Actor,
  command: ControlCommand,
  nowMs: number,
): Outcome<ControlSession> {
  const refusal = permissionRefusal(actor.role, actionFor(command));
  if (refusal) return { ok: false, error: refusal };
  switch (command.area) {
    case 'clock': {
      const clock = applyClockCommand(state.clock, state.agenda, command.command, nowMs);
      if (!clock.ok) return clock;
      // BOARD-11: the facilitator's choice of what the wall shows lasts for the item it was made in.
      const moved = state.agenda[state.clock.currentIndex]?.id !== state.agenda[clock.data.currentIndex]?.id;
      const board = moved ? followTheProgramme(state.board) : state.board;
      return accept({ ...state, clock: clock.data, board });
    }
    case 'board': {
      // ROSTER-7: a tablet votes for every member it speaks for.
      const voices = voicesOf(state.roster, actor.linkId);
      const board = applyBoardCommand(state.board, command.command, actor.linkId, { ...state, voices });
      return board.ok ? accept({ ...state, board: board.data }) : board;
    }
    case 'agenda': {
      const programme = applyAgendaCommand(state, command.command);
      return programme.ok ? accept({ ...state, ...programme.data }) : programme;
    }
    case 'roster': {
      const roster = applyRosterCommand(state.roster, command.command, actor, state.teamIds);
      return roster.ok ? accept({ ...state, roster: roster.data }) : roster;
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

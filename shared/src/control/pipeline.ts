import { applyAgendaCommand } from '../agenda/agenda.js';
import { applyClockCommand } from '../agenda/clock.js';
import { applyBoardCommand } from '../board/board.js';
import { permissionRefusal, type Action, type Role } from '../permissions/permissions.js';
import { accept, type Outcome } from '../result.js';
import type { Agenda } from '../schema/agenda.js';
import type { BoardState } from '../schema/board.js';
import type { ClockState } from '../schema/clock.js';
import type { ControlCommand } from '../schema/control.js';

/**
 * Everything the control rules decide over. `teamIds` and `priorityIds` are facts the server reads
 * from the workshop and its document; the rules read them and never change them.
 */
export interface ControlSession {
  agenda: Agenda;
  clock: ClockState;
  board: BoardState;
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
  }
}

/**
 * The one entry point of the control plane: checks the permission, then hands the command to its
 * area's pure reducer (clock, board, agenda; later witnesses, dissent rounds, presentations).
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
      return clock.ok ? accept({ ...state, clock: clock.data }) : clock;
    }
    case 'board': {
      const board = applyBoardCommand(state.board, command.command, actor.linkId, state);
      return board.ok ? accept({ ...state, board: board.data }) : board;
    }
    case 'agenda': {
      const programme = applyAgendaCommand(state, command.command);
      return programme.ok ? accept({ ...state, ...programme.data }) : programme;
    }
  }
}

import { can, refusalFor, type Role } from '../roles.js';
import { accept, refuse, type Outcome } from '../result.js';
import type { BoardCommand, BoardState } from '../schema/board.js';

export function initialBoard(): BoardState {
  return {
    focus: { kind: 'agenda' },
    axes: { x: 'Ease of delivery', y: 'Impact on the place' },
    votesPerPerson: 5,
    votes: {},
    allocations: {},
  };
}

/** Who does the command, as the server knows them from the token. */
export interface Actor {
  role: Role;
  linkId: string;
}

/** Applies one board command (rules BOARD-n in SPEC.md). `teamIds` are the workshop's task teams. */
export function applyBoardCommand(
  board: BoardState,
  command: BoardCommand,
  actor: Actor,
  teamIds: readonly string[],
): Outcome<BoardState> {
  if (command.type === 'vote') {
    if (!can(actor.role, 'board:vote')) return refuse('forbidden', refusalFor('board:vote'));
    return vote(board, actor.linkId, command.cardId, command.delta);
  }
  if (!can(actor.role, 'board:direct')) return refuse('forbidden', refusalFor('board:direct'));
  switch (command.type) {
    case 'focus':
      if (command.focus.kind === 'team' && !teamIds.includes(command.focus.teamId)) {
        return refuse('unknown-team', 'That task team is not in this workshop.');
      }
      return accept({ ...board, focus: command.focus });
    case 'axes':
      return accept({ ...board, axes: { x: command.x, y: command.y } });
    case 'votesPerPerson':
      return accept({ ...board, votesPerPerson: command.count });
    case 'clearVotes':
      return accept({ ...board, votes: {} });
    case 'allocate':
      return allocate(board, command.cardId, command.teamId, teamIds);
  }
}

function vote(board: BoardState, voter: string, cardId: string, delta: 1 | -1): Outcome<BoardState> {
  const mine = board.votes[voter] ?? {};
  const onCard = mine[cardId] ?? 0;
  if (delta === 1 && votesUsed(board, voter) >= board.votesPerPerson) {
    return refuse(
      'no-votes-left',
      `You have used all ${board.votesPerPerson} of your votes. Take one back to vote again.`,
    );
  }
  if (delta === -1 && onCard === 0)
    return refuse('no-vote-here', 'You have no vote on this priority to take back.');
  const { [cardId]: _dropped, ...others } = mine;
  const updated = onCard + delta > 0 ? { ...others, [cardId]: onCard + delta } : others;
  const { [voter]: _old, ...otherVoters } = board.votes;
  return accept({
    ...board,
    votes: Object.keys(updated).length ? { ...otherVoters, [voter]: updated } : otherVoters,
  });
}

function allocate(
  board: BoardState,
  cardId: string,
  teamId: string | null,
  teamIds: readonly string[],
): Outcome<BoardState> {
  const { [cardId]: _old, ...others } = board.allocations;
  if (teamId === null) return accept({ ...board, allocations: others });
  if (!teamIds.includes(teamId)) return refuse('unknown-team', 'That task team is not in this workshop.');
  return accept({ ...board, allocations: { ...others, [cardId]: teamId } });
}

/** How many of their votes a voter has placed. */
export function votesUsed(board: BoardState, voter: string): number {
  return Object.values(board.votes[voter] ?? {}).reduce((sum, n) => sum + n, 0);
}

/** Total dots on each card, over every voter. */
export function voteTotals(board: BoardState): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const mine of Object.values(board.votes)) {
    for (const [cardId, n] of Object.entries(mine)) totals[cardId] = (totals[cardId] ?? 0) + n;
  }
  return totals;
}

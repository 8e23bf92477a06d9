import { accept, refuse, type Outcome } from '../result.js';
import type { BoardCommand, BoardState } from '../schema/board.js';

export function initialBoard(): BoardState {
  return {
    focus: { kind: 'programme' },
    axes: { x: 'Ease of delivery', y: 'Impact on the place' },
    votesPerPerson: 5,
    votes: {},
    allocations: {},
    briefing: null,
  };
}

/** What the board's rules read but never change: the workshop's task teams and the priorities its document holds. */
export interface BoardFacts {
  teamIds: readonly string[];
  priorityIds: readonly string[];
  /** Whose dots a device's votes are (ROSTER-7); without it, the device's own link's. */
  voters?: Voters;
}

/**
 * Whose dots a device places and takes back (ROSTER-7): `adding`, the people it speaks for (or its
 * own link while it names nobody); `holding`, those and its link, whose earlier dots it may still
 * take back. Dots belong to people, so they follow a person to another tablet and never count twice.
 */
export interface Voters {
  adding: readonly string[];
  holding: readonly string[];
}

const unknownPriority = () =>
  refuse('unknown-priority', 'That priority is not on the board: it may have been removed.');

/**
 * Applies one board command (rules BOARD-n in SPEC.md) for the voter `voterId`. Who may send which
 * command is checked before, by the control pipeline (PERM-5, PERM-6).
 */
export function applyBoardCommand(
  board: BoardState,
  command: BoardCommand,
  voterId: string,
  facts: BoardFacts,
): Outcome<BoardState> {
  const { teamIds, priorityIds } = facts;
  switch (command.type) {
    case 'vote':
      // BOARD-8; a dot on a priority that has gone is released by `releaseRemovedPriorities`.
      if (!priorityIds.includes(command.cardId)) return unknownPriority();
      return vote(
        board,
        facts.voters ?? { adding: [voterId], holding: [voterId] },
        command.cardId,
        command.delta,
      );
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
      if (!priorityIds.includes(command.cardId) && command.teamId !== null) return unknownPriority();
      return allocate(board, command.cardId, command.teamId, teamIds);
    case 'briefing':
      // BOARD-10: screens show the last card when a step runs past a deck's end.
      return accept({ ...board, briefing: { itemId: command.itemId, step: command.step } });
  }
}

/**
 * BOARD-9: votes and allocations follow the priorities. When priorities leave the document, their
 * dots go back to the voters and their allocations end. Returns null when nothing referred to them.
 */
export function releaseRemovedPriorities(
  board: BoardState,
  priorityIds: readonly string[],
): BoardState | null {
  const present = new Set(priorityIds);
  let changed = false;
  const votes: BoardState['votes'] = {};
  for (const [voter, mine] of Object.entries(board.votes)) {
    const kept = Object.fromEntries(Object.entries(mine).filter(([cardId]) => present.has(cardId)));
    if (Object.keys(kept).length !== Object.keys(mine).length) changed = true;
    if (Object.keys(kept).length > 0) votes[voter] = kept;
  }
  const allocations = Object.fromEntries(
    Object.entries(board.allocations).filter(([cardId]) => present.has(cardId)),
  );
  if (Object.keys(allocations).length !== Object.keys(board.allocations).length) changed = true;
  return changed ? { ...board, votes, allocations } : null;
}

function vote(board: BoardState, voters: Voters, cardId: string, delta: 1 | -1): Outcome<BoardState> {
  // A new dot is the first person's with one left; a dot taken back, the last person's on this card.
  const voter =
    delta === 1
      ? voters.adding.find((v) => votesUsed(board, v) < board.votesPerPerson)
      : [...voters.holding].reverse().find((v) => (board.votes[v]?.[cardId] ?? 0) > 0);
  if (voter === undefined && delta === 1) {
    const allowance = board.votesPerPerson * voters.adding.length;
    return refuse(
      'no-votes-left',
      `You have used all ${allowance} of your votes. Take one back to vote again.`,
    );
  }
  if (voter === undefined) return refuse('no-vote-here', 'You have no vote on this priority to take back.');
  const mine = board.votes[voter] ?? {};
  const onCard = mine[cardId] ?? 0;
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

/** A device's dots, for its screen: on one card, placed in all, and still to place (ROSTER-7). */
export function votesOf(board: BoardState, voters: Voters, cardId: string) {
  const sum = (ids: readonly string[], n: (id: string) => number) => ids.reduce((t, id) => t + n(id), 0);
  return {
    onCard: sum(voters.holding, (v) => board.votes[v]?.[cardId] ?? 0),
    used: sum(voters.holding, (v) => votesUsed(board, v)),
    allowed: board.votesPerPerson * voters.adding.length,
    left: sum(voters.adding, (v) => Math.max(0, board.votesPerPerson - votesUsed(board, v))),
  };
}

/** A person taken off the roster takes their dots with them. */
export function withoutVoter(board: BoardState, voter: string): BoardState {
  if (!board.votes[voter]) return board;
  const { [voter]: _gone, ...votes } = board.votes;
  return { ...board, votes };
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

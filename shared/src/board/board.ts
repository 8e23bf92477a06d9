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
  /** How many people the voter votes for: a shared tablet speaks for several (ROSTER-7). */
  voices?: number;
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
      return vote(board, voterId, command.cardId, command.delta, facts.voices ?? 1);
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

function vote(
  board: BoardState,
  voter: string,
  cardId: string,
  delta: 1 | -1,
  voices: number,
): Outcome<BoardState> {
  const mine = board.votes[voter] ?? {};
  const onCard = mine[cardId] ?? 0;
  const allowance = votesAllowed(board, voices);
  if (delta === 1 && votesUsed(board, voter) >= allowance) {
    return refuse(
      'no-votes-left',
      `You have used all ${allowance} of your votes. Take one back to vote again.`,
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

/** A voter's dots: each person they speak for brings the workshop's votes per person (ROSTER-7). */
export function votesAllowed(board: BoardState, voices = 1): number {
  return board.votesPerPerson * Math.max(1, voices);
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

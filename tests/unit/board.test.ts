import { describe, expect, it } from 'vitest';
import {
  applyBoardCommand,
  initialBoard,
  voteTotals,
  votesUsed,
  type Actor,
  type BoardCommand,
  type BoardState,
} from '../../shared/src/index.js';

const teams = ['team-1', 'team-2'];
const facilitator: Actor = { role: 'facilitator', linkId: 'f' };
const tablet: Actor = { role: 'team', linkId: 'tablet-1' };

function run(commands: [Actor, BoardCommand][], board: BoardState = initialBoard()): BoardState {
  return commands.reduce((b, [actor, command]) => {
    const result = applyBoardCommand(b, command, actor, teams);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    return result.value;
  }, board);
}

describe('board rules', () => {
  it('BOARD-1 only the facilitator directs the board', () => {
    for (const command of [
      { type: 'focus', focus: { kind: 'map' } },
      { type: 'axes', x: 'Cost', y: 'Benefit' },
      { type: 'votesPerPerson', count: 3 },
      { type: 'clearVotes' },
      { type: 'allocate', cardId: 'c1', teamId: 'team-1' },
    ] as BoardCommand[]) {
      const refused = applyBoardCommand(initialBoard(), command, tablet, teams);
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringMatching(/Only the facilitator/) },
      });
    }
    expect(run([[facilitator, { type: 'axes', x: 'Cost', y: 'Benefit' }]]).axes).toEqual({
      x: 'Cost',
      y: 'Benefit',
    });
  });

  it('BOARD-2 focuses the agenda, the map or a real team', () => {
    expect(run([[facilitator, { type: 'focus', focus: { kind: 'team', teamId: 'team-2' } }]]).focus).toEqual({
      kind: 'team',
      teamId: 'team-2',
    });
    const refused = applyBoardCommand(
      initialBoard(),
      { type: 'focus', focus: { kind: 'team', teamId: 'team-9' } },
      facilitator,
      teams,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-team' } });
  });

  it('BOARD-3 a voter places at most their votes, several on one card if they like', () => {
    const board = run([
      [facilitator, { type: 'votesPerPerson', count: 3 }],
      [tablet, { type: 'vote', cardId: 'c1', delta: 1 }],
      [tablet, { type: 'vote', cardId: 'c1', delta: 1 }],
      [tablet, { type: 'vote', cardId: 'c2', delta: 1 }],
      [facilitator, { type: 'vote', cardId: 'c2', delta: 1 }],
    ]);
    expect(votesUsed(board, 'tablet-1')).toBe(3);
    expect(voteTotals(board)).toEqual({ c1: 2, c2: 2 });
    const refused = applyBoardCommand(board, { type: 'vote', cardId: 'c3', delta: 1 }, tablet, teams);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'no-votes-left', message: expect.stringMatching(/all 3/) },
    });
  });

  it('BOARD-4 taking back a vote needs one there; an empty voter disappears', () => {
    const board = run([
      [tablet, { type: 'vote', cardId: 'c1', delta: 1 }],
      [tablet, { type: 'vote', cardId: 'c1', delta: -1 }],
    ]);
    expect(board.votes).toEqual({});
    expect(applyBoardCommand(board, { type: 'vote', cardId: 'c1', delta: -1 }, tablet, teams)).toMatchObject({
      ok: false,
    });
  });

  it('BOARD-5 lowering the allowance keeps placed dots but stops new ones', () => {
    const board = run([
      [tablet, { type: 'vote', cardId: 'c1', delta: 1 }],
      [tablet, { type: 'vote', cardId: 'c2', delta: 1 }],
      [facilitator, { type: 'votesPerPerson', count: 1 }],
    ]);
    expect(votesUsed(board, 'tablet-1')).toBe(2);
    expect(applyBoardCommand(board, { type: 'vote', cardId: 'c3', delta: 1 }, tablet, teams).ok).toBe(false);
    expect(run([[facilitator, { type: 'clearVotes' }]], board).votes).toEqual({});
  });

  it('BOARD-6 a priority goes to one team at most', () => {
    const board = run([
      [facilitator, { type: 'allocate', cardId: 'c1', teamId: 'team-1' }],
      [facilitator, { type: 'allocate', cardId: 'c1', teamId: 'team-2' }],
      [facilitator, { type: 'allocate', cardId: 'c2', teamId: 'team-1' }],
      [facilitator, { type: 'allocate', cardId: 'c2', teamId: null }],
    ]);
    expect(board.allocations).toEqual({ c1: 'team-2' });
    expect(
      applyBoardCommand(board, { type: 'allocate', cardId: 'c1', teamId: 'nope' }, facilitator, teams).ok,
    ).toBe(false);
  });

  it('BOARD-7 the projector and witnesses cannot vote; the Leader can', () => {
    for (const role of ['projector', 'witness'] as const) {
      expect(
        applyBoardCommand(
          initialBoard(),
          { type: 'vote', cardId: 'c1', delta: 1 },
          { role, linkId: 'x' },
          teams,
        ).ok,
      ).toBe(false);
    }
    expect(
      applyBoardCommand(
        initialBoard(),
        { type: 'vote', cardId: 'c1', delta: 1 },
        { role: 'leader', linkId: 'l' },
        teams,
      ).ok,
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  applyControlCommand,
  initialBoard,
  initialClock,
  followedView,
  handbookItemViews,
  itemViewsSchema,
  templates,
  CARRIED_FORWARD_ITEM,
  initialPropositions,
  initialRoster,
  initialWitnesses,
  releaseRemovedPriorities,
  voteTotals,
  votesUsed,
  type Actor,
  type BoardCommand,
  type BoardState,
  type ClockCommand,
  type AgendaItemKind,
  type ControlSession,
} from '../../shared/src/index.js';
import { strategicPoliticalLeadershipAgenda as agenda } from './fixtures.js';

const facilitator: Actor = { role: 'facilitator', linkId: 'f', teamId: null };
const tablet: Actor = { role: 'team', linkId: 'tablet-1', teamId: 'team-1' };
const priorityIds = ['c1', 'c2', 'c3'];

/** A board command through the one control pipeline, as the server applies it. */
function apply(board: BoardState, command: BoardCommand, actor: Actor) {
  const session: ControlSession = {
    agenda,
    clock: initialClock(),
    board,
    roster: initialRoster([]),
    propositions: initialPropositions(),
    witnesses: initialWitnesses(),
    teamIds: ['team-1', 'team-2'],
    priorityIds,
    propositionOwners: [],
  };
  const result = applyControlCommand(session, actor, { area: 'board', command }, 0);
  return result.ok ? { ok: true as const, data: result.data.board } : result;
}

function run(commands: [Actor, BoardCommand][], board: BoardState = initialBoard()): BoardState {
  return commands.reduce((b, [actor, command]) => {
    const result = apply(b, command, actor);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    return result.data;
  }, board);
}

describe('board rules', () => {
  it('BOARD-1 PERM-5 only the facilitator directs the board', () => {
    for (const command of [
      { type: 'focus', focus: { kind: 'map' } },
      { type: 'axes', x: 'Cost', y: 'Benefit' },
      { type: 'votesPerPerson', count: 3 },
      { type: 'clearVotes' },
      { type: 'allocate', cardId: 'c1', teamId: 'team-1' },
    ] as BoardCommand[]) {
      expect(apply(initialBoard(), command, tablet)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringMatching(/Only the facilitator/) },
      });
    }
    expect(run([[facilitator, { type: 'axes', x: 'Cost', y: 'Benefit' }]]).axes).toEqual({
      x: 'Cost',
      y: 'Benefit',
    });
  });

  it('BOARD-2 focuses the agenda, the map, a real team or the joining screen', () => {
    expect(run([[facilitator, { type: 'focus', focus: { kind: 'joining' } }]]).focus).toEqual({
      kind: 'joining',
    });
    expect(run([[facilitator, { type: 'focus', focus: { kind: 'team', teamId: 'team-2' } }]]).focus).toEqual({
      kind: 'team',
      teamId: 'team-2',
    });
    const refused = apply(
      initialBoard(),
      { type: 'focus', focus: { kind: 'team', teamId: 'team-9' } },
      facilitator,
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
    expect(apply(board, { type: 'vote', cardId: 'c3', delta: 1 }, tablet)).toMatchObject({
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
    expect(apply(board, { type: 'vote', cardId: 'c1', delta: -1 }, tablet)).toMatchObject({ ok: false });
  });

  it('BOARD-5 lowering the allowance keeps placed dots but stops new ones', () => {
    const board = run([
      [tablet, { type: 'vote', cardId: 'c1', delta: 1 }],
      [tablet, { type: 'vote', cardId: 'c2', delta: 1 }],
      [facilitator, { type: 'votesPerPerson', count: 1 }],
    ]);
    expect(votesUsed(board, 'tablet-1')).toBe(2);
    expect(apply(board, { type: 'vote', cardId: 'c3', delta: 1 }, tablet).ok).toBe(false);
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
    expect(apply(board, { type: 'allocate', cardId: 'c1', teamId: 'nope' }, facilitator).ok).toBe(false);
  });

  it('BOARD-7 PERM-6 the projector and witnesses cannot vote; the Leader can', () => {
    const vote: BoardCommand = { type: 'vote', cardId: 'c1', delta: 1 };
    for (const role of ['projector', 'witness'] as const) {
      expect(apply(initialBoard(), vote, { role, linkId: 'x', teamId: null }).ok).toBe(false);
    }
    expect(apply(initialBoard(), vote, { role: 'leader', linkId: 'l', teamId: null }).ok).toBe(true);
  });

  it('BOARD-8 votes and allocations for a priority that is not on the board are refused', () => {
    expect(apply(initialBoard(), { type: 'vote', cardId: 'never', delta: 1 }, tablet)).toMatchObject({
      ok: false,
      error: { code: 'unknown-priority' },
    });
    expect(
      apply(initialBoard(), { type: 'allocate', cardId: 'never', teamId: 'team-1' }, facilitator),
    ).toMatchObject({ ok: false, error: { code: 'unknown-priority' } });
  });

  it('BOARD-9 a removed priority gives its dots back and ends its allocation', () => {
    const board = run([
      [facilitator, { type: 'votesPerPerson', count: 2 }],
      [tablet, { type: 'vote', cardId: 'c1', delta: 1 }],
      [tablet, { type: 'vote', cardId: 'c2', delta: 1 }],
      [facilitator, { type: 'allocate', cardId: 'c1', teamId: 'team-2' }],
    ]);
    const released = releaseRemovedPriorities(board, ['c2', 'c3'])!;
    expect(released.votes).toEqual({ 'tablet-1': { c2: 1 } });
    expect(released.allocations).toEqual({});
    expect(votesUsed(released, 'tablet-1')).toBe(1);
    expect(releaseRemovedPriorities(released, ['c2', 'c3'])).toBeNull();
  });
});

describe('briefing on the projector (BOARD-10)', () => {
  it('the facilitator steps through an input’s cards; a tablet may not', () => {
    const command: BoardCommand = { type: 'briefing', itemId: 'briefing', step: 2 };
    expect(apply(initialBoard(), command, facilitator)).toMatchObject({
      ok: true,
      data: { briefing: { itemId: 'briefing', step: 2 } },
    });
    expect(apply(initialBoard(), command, tablet)).toMatchObject({ ok: false });
  });
});

describe('the projector follows the programme (BOARD-11)', () => {
  const session = (board: BoardState): ControlSession => ({
    agenda,
    clock: initialClock(),
    board,
    roster: initialRoster([]),
    propositions: initialPropositions(),
    witnesses: initialWitnesses(),
    teamIds: ['team-1', 'team-2'],
    priorityIds,
    propositionOwners: [],
  });
  const clock = (state: ControlSession, command: ClockCommand) => {
    const result = applyControlCommand(state, facilitator, { area: 'clock', command }, 1_000);
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  };

  it('shows what fits each kind of item: the briefing card, when the room is back, the map, or the clock', () => {
    const facts = { hasBriefing: false, carriesForward: false };
    const item = (kind: AgendaItemKind, id = 'item') => ({ id, kind });
    expect(followedView(item('input'), { ...facts, hasBriefing: true }, 'projector')).toBe('briefing');
    // An input the programme has no cards for keeps the clock up.
    expect(followedView(item('input'), facts, 'projector')).toBe('clock');
    expect(followedView(item('break'), facts, 'projector')).toBe('break');
    expect(followedView(item('team-task'), facts, 'projector')).toBe('map');
    // The witness sessions: who is with which witness; team task 3: each team's propositions.
    expect(followedView(item('witness'), facts, 'projector')).toBe('witnesses');
    expect(followedView(item('dissent'), facts, 'tablet')).toBe('propositions');
    // The presentations: what the Leader shows on the wall, the actions on the tablets (CHAIR-6).
    expect(followedView(item('presentation'), facts, 'projector')).toBe('presentations');
    expect(followedView(item('presentation'), facts, 'tablet')).toBe('actions');
    // While ritual-dissent rounds run, every screen follows them (DISSENT-10).
    expect(followedView(item('presentation'), { ...facts, roundsRunning: true }, 'projector')).toBe(
      'rotation',
    );
    // An item may say what it shows: team task 2 is options on the tablets.
    const task2 = { id: 'team-task-2', kind: 'team-task' as const, shows: { tablet: 'options' as const } };
    expect(followedView(task2, facts, 'tablet')).toBe('options');
    expect(followedView(task2, facts, 'projector')).toBe('map');
    // A later workshop of a series opens with what the earlier ones carried forward; a first one cannot.
    const opening = item('other', CARRIED_FORWARD_ITEM);
    expect(followedView(opening, { ...facts, carriesForward: true }, 'projector')).toBe('carried');
    expect(followedView(opening, facts, 'projector')).toBe('clock');
    // A tablet keeps its team's work in front of it whenever there is nothing else to show.
    expect(followedView(item('other'), facts, 'tablet')).toBe('map');
  });

  it('reads what each kind of item shows from the workshop’s programme', () => {
    for (const template of templates)
      expect(itemViewsSchema.safeParse(template.itemViews).success).toBe(true);
    // A programme that puts the teams' work on the wall during its presentations.
    const views = {
      ...handbookItemViews,
      presentation: { projector: 'map' as const, tablet: 'map' as const },
    };
    const facts = { hasBriefing: false, carriesForward: false };
    expect(followedView({ id: 'p', kind: 'presentation' }, { ...facts, views }, 'projector')).toBe('map');
    expect(followedView({ id: 'p', kind: 'presentation' }, facts, 'projector')).toBe('presentations');
  });

  it('a new workshop follows the programme; the facilitator’s choice lasts until the clock moves to another item', () => {
    expect(initialBoard().focus).toEqual({ kind: 'programme' });
    const onMap = session({ ...initialBoard(), focus: { kind: 'map' } });
    // Starting and pausing stay on the item: the choice holds.
    const started = clock(clock(onMap, { type: 'start' }), { type: 'pause' });
    expect(started.board.focus).toEqual({ kind: 'map' });
    const next = clock(started, { type: 'next' });
    expect(next.board.focus).toEqual({ kind: 'programme' });
    const joining = clock(
      { ...next, board: { ...next.board, focus: { kind: 'joining' } } },
      { type: 'goTo', itemId: 'introduction' },
    );
    expect(joining.board.focus).toEqual({ kind: 'programme' });
  });

  it('the facilitator’s choice also ends when the agenda loses the item it was made in', () => {
    const onJoining = session({ ...initialBoard(), focus: { kind: 'joining' } });
    const removed = applyControlCommand(
      onJoining,
      facilitator,
      { area: 'agenda', command: { type: 'remove', itemId: agenda[0]!.id } },
      0,
    );
    expect(removed).toMatchObject({ ok: true, data: { board: { focus: { kind: 'programme' } } } });
    // Retitling the item it is on keeps the choice: the room has not moved on.
    const retitled = applyControlCommand(
      onJoining,
      facilitator,
      { area: 'agenda', command: { type: 'update', itemId: agenda[0]!.id, title: 'Welcome' } },
      0,
    );
    expect(retitled).toMatchObject({ ok: true, data: { board: { focus: { kind: 'joining' } } } });
  });
});

import { describe, expect, it } from 'vitest';
import {
  actionCommandSchema,
  applyControlCommand,
  confirmedByLevel,
  findTemplate,
  initialBoard,
  initialClock,
  initialRoster,
  initialWitnesses,
  presentationOrder,
  presentedPropositionOf,
  type Actor,
  type ActionCommand,
  type ChairCommand,
  type ControlSession,
} from '../../shared/src/index.js';

const T0 = Date.UTC(2026, 10, 29, 12, 40);
const facilitator: Actor = { role: 'facilitator', linkId: 'f', teamId: null };
const leader: Actor = { role: 'leader', linkId: 'l', teamId: null };
const tablet: Actor = { role: 'team', linkId: 't', teamId: 'team-2' };
const teamIds = ['team-1', 'team-2', 'team-3'];
const agenda = findTemplate('strategic-political-leadership')!.agenda;
const presentations = agenda.findIndex((item) => item.kind === 'presentation');

function session(): ControlSession {
  return {
    agenda,
    clock: { ...initialClock(), currentIndex: presentations },
    board: initialBoard(),
    roster: {
      ...initialRoster([]),
      members: [{ id: 'priya', name: 'Priya Shah', teamId: 'team-1', bodyId: null, role: 'Cabinet member' }],
    },
    witnesses: initialWitnesses(),
    propositions: { status: { 'p1-final': 'final', 'p2-a': 'ready-for-dissent' } },
    propositionOwners: [
      { id: 'p1-draft', teamId: 'team-1' },
      { id: 'p1-final', teamId: 'team-1' },
      { id: 'p2-a', teamId: 'team-2' },
      { id: 'p2-b', teamId: 'team-2' },
    ],
    teamIds,
    priorityIds: [],
  };
}

const chair = (state: ControlSession, command: ChairCommand, actor = leader) =>
  applyControlCommand(state, actor, { area: 'chair', command }, T0);
const act = (state: ControlSession, command: ActionCommand, actor = leader) =>
  applyControlCommand(state, actor, { area: 'actions', command }, T0);
function ok<T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}
const refusal = (result: { ok: boolean; error?: { message: string } }) =>
  result.ok ? null : result.error!.message;

const action = {
  id: 'a1',
  commitment: 'Ballot leisure staff on a mutual',
  owner: { memberId: 'priya' },
  level: 'cabinet' as const,
  council: null,
  dueDate: '2027-03-31',
  propositionId: 'p1-final',
};

describe('the Leader’s chair (CHAIR-n)', () => {
  it('CHAIR-1 the Leader and the facilitator chair; a tablet cannot', () => {
    expect(refusal(chair(session(), { type: 'step', by: 1 }, tablet))).toBe(
      'Only the Leader, who chairs the presentations, or the facilitator sets their order and what is shown.',
    );
    expect(ok(chair(session(), { type: 'step', by: 1 }, facilitator)).chair!.showing).toEqual({
      kind: 'team',
      teamId: 'team-1',
    });
  });

  it('CHAIR-2, CHAIR-3 the order names every team once; stepping follows it and stops at either end', () => {
    expect(presentationOrder({ order: [], showing: null, decisions: {} }, teamIds)).toEqual(teamIds);
    expect(refusal(chair(session(), { type: 'setOrder', teamIds: ['team-2', 'team-2', 'team-1'] }))).toBe(
      'The order of presentations names every task team once.',
    );
    let s = ok(chair(session(), { type: 'setOrder', teamIds: ['team-3', 'team-1', 'team-2'] }));
    const shown: string[] = [];
    for (let i = 0; i < 3; i++) {
      s = ok(chair(s, { type: 'step', by: 1 }));
      shown.push(s.chair!.showing!.kind === 'team' ? s.chair!.showing!.teamId : '');
    }
    expect(shown).toEqual(['team-3', 'team-1', 'team-2']);
    expect(refusal(chair(s, { type: 'step', by: 1 }))).toBe('This was the last presentation.');
    s = ok(chair(s, { type: 'show', showing: { kind: 'actions' } }));
    expect(s.chair!.showing).toEqual({ kind: 'actions' });
    // Back from the actions, the Leader carries on from the team shown last.
    expect(ok(chair(s, { type: 'step', by: -1 })).chair!.showing).toEqual({ kind: 'team', teamId: 'team-1' });
  });

  it('CHAIR-4 a team presents its final proposition, else the one it put through dissent, else its first', () => {
    const s = session();
    expect(presentedPropositionOf('team-1', s)).toBe('p1-final');
    const dissent = {
      minutes: { present: 3, dissent: 4, assent: 0, revise: 5 },
      rounds: 1,
      plan: {
        presenting: ['team-2'],
        propositionIds: { 'team-2': 'p2-b' },
        rotation: [{}],
        spokespeople: {},
      },
      run: null,
      undo: null,
    };
    expect(presentedPropositionOf('team-2', { ...s, dissent })).toBe('p2-b');
    expect(presentedPropositionOf('team-2', s)).toBe('p2-a');
    expect(presentedPropositionOf('team-3', s)).toBeNull();
  });

  it('CHAIR-5 a decision is recorded, changed and taken back; agreed with changes needs the changes', () => {
    expect(
      refusal(
        chair(session(), {
          type: 'decide',
          propositionId: 'p1-final',
          decision: 'agreed-with-changes',
          changes: '',
        }),
      ),
    ).toBe('Write down the changes it is agreed with.');
    let s = ok(
      chair(session(), {
        type: 'decide',
        propositionId: 'p1-final',
        decision: 'agreed-with-changes',
        changes: 'Start with one centre',
      }),
    );
    expect(s.chair!.decisions['p1-final']).toEqual({
      decision: 'agreed-with-changes',
      changes: 'Start with one centre',
      decidedAtMs: T0,
    });
    expect(
      refusal(
        chair(s, { type: 'decide', propositionId: 'p1-final', decision: 'agreed', changes: '' }, tablet),
      ),
    ).toBe('Only the Leader, or the facilitator, records a decision on a proposition.');
    s = ok(chair(s, { type: 'decide', propositionId: 'p1-final', decision: null, changes: '' }));
    expect(s.chair!.decisions).toEqual({});
    expect(
      refusal(chair(s, { type: 'decide', propositionId: 'gone', decision: 'agreed', changes: '' })),
    ).toBe('That proposition is not on the board: it may have been removed.');
  });
});

describe('the agreed actions (ACTION-n)', () => {
  it('ACTION-2 a tablet proposes during the presentations only; the Leader confirms; the wall lists confirmed by level', () => {
    const early = { ...session(), clock: { ...initialClock(), currentIndex: 0 } };
    expect(refusal(act(early, { type: 'propose', action }, tablet))).toBe(
      'Actions are proposed during the presentations and the action planning: the facilitator will say when.',
    );
    const over = { ...session(), clock: { ...session().clock, status: 'finished' as const } };
    expect(refusal(act(over, { type: 'propose', action }, tablet))).toBe(
      'Actions are proposed during the presentations and the action planning: the facilitator will say when.',
    );
    let s = ok(act(session(), { type: 'propose', action }, tablet));
    expect(s.actions!.actions[0]).toMatchObject({ status: 'proposed', proposedByTeamId: 'team-2' });
    expect(refusal(act(s, { type: 'confirm', actionId: 'a1' }, tablet))).toBe(
      'Only the Leader, or the facilitator, confirms, changes or drops an action.',
    );
    s = ok(act(s, { type: 'edit', actionId: 'a1', fields: { level: 'personal', dueDate: null } }));
    s = ok(act(s, { type: 'confirm', actionId: 'a1' }));
    s = ok(
      act(s, { type: 'propose', action: { ...action, id: 'a2', owner: { name: 'The chief executive' } } }),
    );
    s = ok(act(s, { type: 'drop', actionId: 'a2' }));
    expect(confirmedByLevel(s.actions!)).toEqual({
      cabinet: [],
      'management-team': [],
      personal: [
        expect.objectContaining({ id: 'a1', level: 'personal', dueDate: null, status: 'confirmed' }),
      ],
    });
    // A proposal dropped is gone; one still proposed cannot be done.
    expect(s.actions!.actions.map((a) => a.id)).toEqual(['a1']);
    s = ok(act(s, { type: 'propose', action: { ...action, id: 'a3' } }));
    expect(refusal(act(s, { type: 'markDone', actionId: 'a3', done: true }))).toBe(
      'Only a confirmed action can be done.',
    );
  });

  it('ACTION-1 an owner not on the roster, a council not in the room or a proposition not on the board is refused', () => {
    expect(
      refusal(act(session(), { type: 'propose', action: { ...action, owner: { memberId: 'nobody' } } })),
    ).toBe('That person is not on the roster: write their name in instead.');
    expect(refusal(act(session(), { type: 'propose', action: { ...action, council: 'Weald' } }))).toBe(
      'Weald is not one of this room’s councils.',
    );
    expect(refusal(act(session(), { type: 'propose', action: { ...action, propositionId: 'gone' } }))).toBe(
      'That proposition is not on the board: it may have been removed.',
    );
  });

  it('ACTION-1 a due date is a day of the calendar; someone leaving the rosters leaves their actions to their name', () => {
    const propose = (dueDate: string) =>
      actionCommandSchema.safeParse({ type: 'propose', action: { ...action, dueDate } }).success;
    expect(propose('2027-02-28')).toBe(true);
    expect(propose('2027-02-30')).toBe(false);
    expect(propose('2027-13-01')).toBe(false);
    const s = ok(act(session(), { type: 'propose', action }));
    const left = ok(
      applyControlCommand(
        s,
        facilitator,
        { area: 'roster', command: { type: 'removeMember', memberId: 'priya' } },
        T0,
      ),
    );
    expect(left.actions!.actions[0]!.owner).toEqual({ name: 'Priya Shah' });
  });

  it('ACTION-2, ACTION-3 a proposal dropped goes; an agreed one dropped is kept; a team has at most 20 waiting', () => {
    let s = ok(act(session(), { type: 'propose', action }, tablet));
    s = ok(act(s, { type: 'drop', actionId: 'a1' }));
    expect(s.actions!.actions).toEqual([]);
    s = ok(act(s, { type: 'propose', action }));
    s = ok(act(s, { type: 'confirm', actionId: 'a1' }));
    s = ok(act(s, { type: 'drop', actionId: 'a1' }));
    expect(s.actions!.actions[0]!.status).toBe('dropped');
    for (let i = 0; i < 20; i++)
      s = ok(act(s, { type: 'propose', action: { ...action, id: `w${i}` } }, tablet));
    expect(refusal(act(s, { type: 'propose', action: { ...action, id: 'w20' } }, tablet))).toBe(
      'Your team has 20 actions waiting for the Leader: wait for those to be confirmed or dropped.',
    );
    expect(ok(act(s, { type: 'propose', action: { ...action, id: 'w20' } })).actions!.actions).toHaveLength(
      22,
    );
  });

  it('CHAIR-5 the changes go with “agreed with changes” alone', () => {
    const s = ok(
      chair(session(), {
        type: 'decide',
        propositionId: 'p1-final',
        decision: 'agreed',
        changes: 'Left from before',
      }),
    );
    expect(s.chair!.decisions['p1-final']!.changes).toBe('');
  });
});

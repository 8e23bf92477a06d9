import { describe, expect, it } from 'vitest';
import {
  applyControlCommand,
  findTemplate,
  initialBoard,
  initialClock,
  initialPropositions,
  initialRoster,
  initialWitnesses,
  speakersOf,
  templates,
  votersOf,
  votesOf,
  type Actor,
  type ControlCommand,
  type ControlSession,
  type Member,
} from '../../shared/src/index.js';
import { strategicPoliticalLeadershipAgenda as agenda } from './fixtures.js';

const facilitator: Actor = { role: 'facilitator', linkId: 'f', teamId: null };
const tabletA: Actor = { role: 'team', linkId: 'tablet-a', teamId: 'team-1' };
const tabletB: Actor = { role: 'team', linkId: 'tablet-b', teamId: 'team-1' };
const otherTeam: Actor = { role: 'team', linkId: 'tablet-c', teamId: 'team-2' };
const leader: Actor = { role: 'leader', linkId: 'l', teamId: null };

const bodies = findTemplate('strategic-political-leadership')!.room.bodies;
const member = (id: string, name: string, teamId = 'team-1', patch: Partial<Member> = {}): Member => ({
  id,
  name,
  teamId,
  bodyId: 'cabinet',
  role: '',
  ...patch,
});

function session(): ControlSession {
  return {
    agenda,
    clock: initialClock(),
    board: initialBoard(),
    roster: initialRoster(bodies),
    propositions: initialPropositions(),
    witnesses: initialWitnesses(),
    teamIds: ['team-1', 'team-2'],
    priorityIds: ['c1', 'c2'],
    propositionOwners: [],
  };
}

function apply(state: ControlSession, actor: Actor, command: ControlCommand) {
  return applyControlCommand(state, actor, command, 0);
}

/** Applies each step and fails on the first refusal, naming it. */
function run(steps: [Actor, ControlCommand][], state = session()): ControlSession {
  return steps.reduce((s, [actor, command]) => {
    const result = apply(s, actor, command);
    if (!result.ok) throw new Error(`${JSON.stringify(command)}: ${result.error.message}`);
    return result.data;
  }, state);
}

const add = (m: Member): ControlCommand => ({ area: 'roster', command: { type: 'addMember', member: m } });
const speakFor = (...memberIds: string[]): ControlCommand => ({
  area: 'roster',
  command: { type: 'speakFor', memberIds },
});
const vote = (cardId: string): ControlCommand => ({
  area: 'board',
  command: { type: 'vote', cardId, delta: 1 },
});
const unvote = (cardId: string): ControlCommand => ({
  area: 'board',
  command: { type: 'vote', cardId, delta: -1 },
});
const times = (n: number, step: [Actor, ControlCommand]): [Actor, ControlCommand][] =>
  Array.from({ length: n }, () => step);

const priya = member('m-priya', 'Priya Shah', 'team-1', { role: 'Portfolio holder, Finance' });
const tom = member('m-tom', 'Tom Jones', 'team-1', {
  bodyId: 'management-team',
  role: 'Director of Resources',
});
const ann = member('m-ann', 'Ann Lee', 'team-2');
const setUp = (): ControlSession =>
  run([
    [facilitator, add(tom)],
    [facilitator, add(ann)],
    [facilitator, add(priya)],
  ]);

describe('the roster (ROSTER-n)', () => {
  it('every template names the structure of its room, and the two councils’ programme has both cabinets and one shared management team', () => {
    for (const template of templates) expect(template.room.bodies.length).toBeGreaterThan(0);
    const shared = findTemplate('shared-services-leadership')!.room.bodies;
    expect(shared.filter((b) => b.name === 'Cabinet').map((b) => b.council)).toEqual([
      'First council',
      'Second council',
    ]);
    expect(shared.filter((b) => /management team/i.test(b.name))).toHaveLength(1);
  });

  it('ROSTER-1, ROSTER-4: the facilitator enters members with their body and role; the roster keeps them in order', () => {
    const state = setUp();
    expect(state.roster.members.map((m) => [m.name, m.teamId, m.bodyId, m.role])).toEqual([
      ['Tom Jones', 'team-1', 'management-team', 'Director of Resources'],
      ['Ann Lee', 'team-2', 'cabinet', ''],
      ['Priya Shah', 'team-1', 'cabinet', 'Portfolio holder, Finance'],
    ]);
  });

  it('ROSTER-1: a member must be on one of the workshop’s teams and in one of its bodies', () => {
    const state = setUp();
    expect(apply(state, facilitator, add(member('m-x', 'Sam', 'team-9')))).toMatchObject({
      ok: false,
      error: { code: 'unknown-team' },
    });
    expect(
      apply(state, facilitator, add(member('m-x', 'Sam', 'team-1', { bodyId: 'nowhere' }))),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknown-body' },
    });
  });

  it('ROSTER-2, ROSTER-3: no two members of a team share a name, and ids are never reused', () => {
    const state = setUp();
    const twin = apply(state, facilitator, add(member('m-x', ' priya shah ')));
    expect(twin).toMatchObject({ ok: false, error: { message: expect.stringContaining('priya shah') } });
    // Another team may have its own Priya Shah.
    expect(apply(state, facilitator, add(member('m-x', 'Priya Shah', 'team-2'))).ok).toBe(true);
    expect(apply(state, facilitator, add(member('m-tom', 'Someone else')))).toMatchObject({
      ok: false,
      error: { code: 'member-exists' },
    });
  });

  it('ROSTER-3: a team holds at most 30 people, so tablets adding themselves cannot crowd out the set-up', () => {
    const full = run(
      Array.from({ length: 28 }, (_, i): [Actor, ControlCommand] => [
        tabletA,
        {
          area: 'roster',
          command: { type: 'joinTeam', member: { id: `j${i}`, name: `Person ${i}`, bodyId: null, role: '' } },
        },
      ]),
      setUp(),
    );
    expect(full.roster.members.filter((m) => m.teamId === 'team-1')).toHaveLength(30);
    const more = {
      area: 'roster',
      command: { type: 'joinTeam', member: { id: 'j99', name: 'One more', bodyId: null, role: '' } },
    } as const;
    expect(apply(full, tabletA, more)).toMatchObject({ ok: false, error: { code: 'team-full' } });
    // Another team still has room.
    expect(apply(full, facilitator, add(member('m-x', 'Sam', 'team-2'))).ok).toBe(true);
  });

  it('PERM-13: only the facilitator sets rosters up or renames the room’s bodies', () => {
    const state = setUp();
    for (const actor of [tabletA, leader]) {
      expect(apply(state, actor, add(member('m-x', 'Sam')))).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      const rename: ControlCommand = {
        area: 'roster',
        command: { type: 'renameBody', bodyId: 'cabinet', name: 'Executive' },
      };
      expect(apply(state, actor, rename)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const renamed = run([
      [
        facilitator,
        { area: 'roster', command: { type: 'renameBody', bodyId: 'cabinet', name: 'Executive' } },
      ],
    ]);
    expect(renamed.roster.bodies[0]).toEqual({ id: 'cabinet', name: 'Executive' });
  });

  it('ROSTER-5: a shared tablet speaks for several members of its own team, never another team’s', () => {
    const state = run([[tabletA, speakFor('m-priya', 'm-tom')]], setUp());
    expect(speakersOf(state.roster, 'tablet-a').map((m) => m.name)).toEqual(['Tom Jones', 'Priya Shah']);
    expect(apply(state, tabletA, speakFor('m-ann'))).toMatchObject({
      ok: false,
      error: { code: 'other-team', message: expect.stringContaining('Ann Lee') },
    });
    expect(apply(state, facilitator, speakFor('m-priya'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('ROSTER-5: a person speaks through one device at a time; the device that claims them last has them', () => {
    const state = run(
      [
        [tabletA, speakFor('m-priya', 'm-tom')],
        [tabletB, speakFor('m-priya')],
      ],
      setUp(),
    );
    expect(speakersOf(state.roster, 'tablet-a').map((m) => m.id)).toEqual(['m-tom']);
    expect(speakersOf(state.roster, 'tablet-b').map((m) => m.id)).toEqual(['m-priya']);
  });

  it('ROSTER-4: a member removed or moved to another team is no longer spoken for', () => {
    const spoken = run([[tabletA, speakFor('m-priya', 'm-tom')]], setUp());
    const moved = run(
      [
        [
          facilitator,
          { area: 'roster', command: { type: 'updateMember', memberId: 'm-tom', teamId: 'team-2' } },
        ],
      ],
      spoken,
    );
    expect(moved.roster.speakingFor).toEqual({ 'tablet-a': ['m-priya'] });
    const removed = run(
      [[facilitator, { area: 'roster', command: { type: 'removeMember', memberId: 'm-priya' } }]],
      moved,
    );
    expect(removed.roster.speakingFor).toEqual({});
    expect(removed.roster.members.map((m) => m.id)).toEqual(['m-tom', 'm-ann']);
  });

  it('ROSTER-6: someone not on the roster joins their own team from its tablet, and the tablet speaks for them', () => {
    const state = run(
      [
        [tabletA, speakFor('m-priya')],
        [
          otherTeam,
          {
            area: 'roster',
            command: { type: 'joinTeam', member: { id: 'm-new', name: 'Jo Bloggs', bodyId: null, role: '' } },
          },
        ],
        [
          tabletA,
          {
            area: 'roster',
            command: {
              type: 'joinTeam',
              member: { id: 'm-kim', name: 'Kim Ray', bodyId: 'cabinet', role: 'Leader' },
            },
          },
        ],
      ],
      setUp(),
    );
    expect(state.roster.members.find((m) => m.id === 'm-new')!.teamId).toBe('team-2');
    expect(state.roster.members.find((m) => m.id === 'm-kim')!.teamId).toBe('team-1');
    expect(state.roster.speakingFor['tablet-a']).toEqual(['m-priya', 'm-kim']);
    const clash = apply(state, tabletA, {
      area: 'roster',
      command: { type: 'joinTeam', member: { id: 'm-y', name: 'Kim Ray', bodyId: null, role: '' } },
    });
    expect(clash).toMatchObject({ ok: false, error: { code: 'name-taken' } });
  });

  it('ROSTER-7: a shared tablet has the votes per person of every member it speaks for', () => {
    const state = run([[tabletA, speakFor('m-priya', 'm-tom')]], setUp());
    expect(votersOf(state.roster, 'tablet-a').adding).toEqual(['m-priya', 'm-tom']);
    expect(votersOf(state.roster, 'tablet-b').adding).toEqual(['tablet-b']);
    // Five votes each: ten for the tablet speaking for two, five for one speaking for nobody yet.
    const voted = run(times(10, [tabletA, vote('c1')]), state);
    expect(voted.board.votes).toEqual({ 'm-priya': { c1: 5 }, 'm-tom': { c1: 5 } });
    expect(apply(voted, tabletA, vote('c2'))).toMatchObject({
      ok: false,
      error: { code: 'no-votes-left', message: expect.stringContaining('all 10') },
    });
    const alone = run(times(5, [tabletB, vote('c2')]), voted);
    expect(apply(alone, tabletB, vote('c2')).ok).toBe(false);
  });

  it('ROSTER-7: dots belong to people, so a replaced tablet never doubles them', () => {
    const voted = run(
      times(10, [tabletA, vote('c1')]),
      run([[tabletA, speakFor('m-priya', 'm-tom')]], setUp()),
    );
    // Tablet A dies; tablet B claims both people. Their ten dots come with them: none to add.
    const replaced = run([[tabletB, speakFor('m-priya', 'm-tom')]], voted);
    expect(apply(replaced, tabletB, vote('c2'))).toMatchObject({
      ok: false,
      error: { code: 'no-votes-left' },
    });
    // Tablet A, speaking for nobody now, has one person's allowance of its own, not theirs.
    expect(votesOf(replaced.board, votersOf(replaced.roster, 'tablet-a'), 'c1')).toMatchObject({
      onCard: 0,
      left: 5,
    });
    // B takes one of Tom's dots back and places it elsewhere.
    const moved = run(
      [
        [tabletB, unvote('c1')],
        [tabletB, vote('c2')],
      ],
      replaced,
    );
    expect(moved.board.votes).toEqual({ 'm-priya': { c1: 5 }, 'm-tom': { c1: 4, c2: 1 } });
  });

  it('ROSTER-7: dots a tablet placed before naming its people can still be taken back; a person removed takes theirs', () => {
    const early = run(times(2, [tabletA, vote('c1')]), setUp());
    expect(early.board.votes).toEqual({ 'tablet-a': { c1: 2 } });
    const named = run(
      [
        [tabletA, speakFor('m-priya')],
        [tabletA, vote('c1')],
      ],
      early,
    );
    expect(votesOf(named.board, votersOf(named.roster, 'tablet-a'), 'c1')).toMatchObject({
      onCard: 3,
      left: 4,
    });
    const back = run(
      [
        [tabletA, unvote('c1')],
        [tabletA, unvote('c1')],
        [tabletA, unvote('c1')],
      ],
      named,
    );
    expect(back.board.votes).toEqual({});
    const gone = run(
      [[facilitator, { area: 'roster', command: { type: 'removeMember', memberId: 'm-priya' } }]],
      run([[tabletA, vote('c2')]], back),
    );
    expect(gone.board.votes).toEqual({});
  });
});

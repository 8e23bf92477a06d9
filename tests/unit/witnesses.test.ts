import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyControlCommand,
  capacityOf,
  findTemplate,
  freeSlots,
  initialBoard,
  initialClock,
  initialRoster,
  initialPropositions,
  initialWitnesses,
  proposeAssignment,
  withFlowingStarts,
  type Actor,
  type ControlCommand,
  type ControlSession,
  type Member,
  type Placement,
  type ProposerInput,
  type Witness,
  type WitnessesCommand,
  type WitnessesState,
} from '../../shared/src/index.js';

const agenda = withFlowingStarts(findTemplate('strategic-political-leadership')!.agenda);
const facilitator: Actor = { role: 'facilitator', linkId: 'f', teamId: null };
const tablet: Actor = { role: 'team', linkId: 't', teamId: 'team-1' };
const leader: Actor = { role: 'leader', linkId: 'l', teamId: null };

const witness = (id: string, name: string, patch: Partial<Witness> = {}): Witness => ({
  id,
  name,
  expertise: '',
  attendance: 'room',
  freeFromMin: 0,
  freeToMin: 40,
  ...patch,
});
const member = (id: string, name: string, teamId: string): Member => ({
  id,
  name,
  teamId,
  bodyId: null,
  role: '',
});

function session(members: Member[] = [], teamIds = ['team-1', 'team-2']): ControlSession {
  return {
    agenda,
    clock: initialClock(),
    board: initialBoard(),
    roster: { ...initialRoster([]), members },
    witnesses: initialWitnesses(),
    propositions: initialPropositions(),
    propositionOwners: [],
    teamIds,
    priorityIds: [],
  };
}
const cmd = (command: WitnessesCommand): ControlCommand => ({ area: 'witnesses', command });
function run(state: ControlSession, ...commands: WitnessesCommand[]): ControlSession {
  return commands.reduce((s, c) => {
    const result = applyControlCommand(s, facilitator, cmd(c), 0);
    if (!result.ok) throw new Error(`${c.type}: ${result.error.message}`);
    return result.data;
  }, state);
}

describe('witness sessions: slots and capacity', () => {
  it('WITNESS-2 a witness free for 30 minutes in slots of 10 can see three groups', () => {
    expect(freeSlots(witness('w', 'A', { freeFromMin: 0, freeToMin: 30 }), 10)).toEqual([0, 1, 2]);
    expect(freeSlots(witness('w', 'A', { freeFromMin: 5, freeToMin: 40 }), 10)).toEqual([1, 2, 3]);
    expect(capacityOf(witness('w', 'A', { freeFromMin: 0, freeToMin: 8 }), 10)).toBe(0);
  });
});

describe('witness sessions: set-up and adjustment', () => {
  const people = [
    member('m1', 'Priya Shah', 'team-1'),
    member('m2', 'Tom Jones', 'team-1'),
    member('m3', 'Ann Lee', 'team-2'),
  ];

  it('PERM-20 only the facilitator sets up witnesses and says who goes where', () => {
    for (const actor of [tablet, leader]) {
      const result = applyControlCommand(
        session(),
        actor,
        cmd({ type: 'addWitness', witness: witness('w1', 'Beth Evans') }),
        0,
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/Only the facilitator can set up the witnesses/);
    }
  });

  it('WITNESS-1 refuses a second witness of the same name and free time that ends before it starts', () => {
    const state = run(session(), { type: 'addWitness', witness: witness('w1', 'Beth Evans') });
    const same = applyControlCommand(
      state,
      facilitator,
      cmd({ type: 'addWitness', witness: witness('w2', ' beth evans') }),
      0,
    );
    expect(!same.ok && same.error.message).toBe(' beth evans is already a witness.');
    const backwards = applyControlCommand(
      state,
      facilitator,
      cmd({ type: 'updateWitness', witnessId: 'w1', freeFromMin: 30, freeToMin: 20 }),
      0,
    );
    expect(!backwards.ok && backwards.error.message).toMatch(/free time must end after it starts/);
  });

  it('WITNESS-5 refuses a move outside the witness’s free time or beside another team, naming the rule', () => {
    let state = run(
      session(people),
      { type: 'addWitness', witness: witness('w1', 'Beth Evans', { freeToMin: 20 }) },
      { type: 'place', placement: { memberId: 'm1', witnessId: 'w1', slot: 0 } },
    );
    const late = applyControlCommand(
      state,
      facilitator,
      cmd({ type: 'place', placement: { memberId: 'm2', witnessId: 'w1', slot: 3 } }),
      0,
    );
    expect(!late.ok && late.error.message).toBe(
      'Beth Evans is free from 11.30 to 11.50, so cannot see Tom Jones at 12.00: a witness sees people only in their free time.',
    );
    const busy = applyControlCommand(
      state,
      facilitator,
      cmd({ type: 'place', placement: { memberId: 'm3', witnessId: 'w1', slot: 0 } }),
      0,
    );
    expect(!busy.ok && busy.error.message).toBe(
      'Beth Evans already sees another task team at 11.30 (Priya Shah): a witness sees one team at a time.',
    );
    // The same team joins the group; another team takes the next slot; unassigning frees the member.
    state = run(
      state,
      { type: 'place', placement: { memberId: 'm2', witnessId: 'w1', slot: 0 } },
      { type: 'place', placement: { memberId: 'm3', witnessId: 'w1', slot: 1 } },
      { type: 'unassign', memberId: 'm1' },
    );
    expect(state.witnesses.placements).toEqual([
      { memberId: 'm2', witnessId: 'w1', slot: 0 },
      { memberId: 'm3', witnessId: 'w1', slot: 1 },
    ]);
  });

  it('WITNESS-6 a shorter free time, a removed witness or a member leaving the roster releases their placements', () => {
    let state = run(
      session(people),
      { type: 'addWitness', witness: witness('w1', 'Beth Evans') },
      { type: 'addWitness', witness: witness('w2', 'Raj Patel', { attendance: 'phone' }) },
      { type: 'propose' },
    );
    expect(state.witnesses.placements).toHaveLength(3);
    state = run(state, { type: 'updateWitness', witnessId: 'w1', freeFromMin: 30 });
    expect(state.witnesses.placements.every((p) => p.witnessId !== 'w1' || p.slot === 3)).toBe(true);
    state = run(state, { type: 'removeWitness', witnessId: 'w2' });
    expect(state.witnesses.placements.some((p) => p.witnessId === 'w2')).toBe(false);
    const placed = run(state, { type: 'propose' });
    const removed = applyControlCommand(
      placed,
      facilitator,
      { area: 'roster', command: { type: 'removeMember', memberId: 'm1' } },
      0,
    );
    expect(removed.ok && removed.data.witnesses.placements.some((p) => p.memberId === 'm1')).toBe(false);
  });

  it('WITNESS-4 a proposal that could place nobody says why and keeps who goes where', () => {
    const refusal = (state: ControlSession) => {
      const result = applyControlCommand(state, facilitator, cmd({ type: 'propose' }), 0);
      return !result.ok && result.error.message;
    };
    expect(refusal(session(people))).toBe('Set up a witness first.');
    const nobody = run(session([]), { type: 'addWitness', witness: witness('w1', 'Beth Evans') });
    expect(refusal(nobody)).toBe('Nobody is on a task team yet: add the members first.');
    const short = run(session(people), {
      type: 'addWitness',
      witness: witness('w1', 'Beth Evans', { freeFromMin: 0, freeToMin: 8 }),
    });
    expect(refusal(short)).toBe(
      'No witness is free for a whole 10 minutes: give them more free time or shorten the time with each witness.',
    );
    expect(refusal(run(short, { type: 'setSlotMinutes', minutes: 5 }))).toBe(false);
  });

  it('WITNESS-4 proposes the same assignment for the same set-up', () => {
    const state = run(
      session(people),
      { type: 'addWitness', witness: witness('w1', 'Beth Evans') },
      { type: 'addWitness', witness: witness('w2', 'Raj Patel') },
    );
    const once = run(state, { type: 'propose' }).witnesses.placements;
    expect(run(state, { type: 'propose' }).witnesses.placements).toEqual(once);
    // Team 1's two members go to different witnesses; team 2's one member to one of them.
    expect(new Set(once.filter((p) => p.memberId !== 'm3').map((p) => p.witnessId)).size).toBe(2);
  });
});

/** An arbitrary set-up: up to 5 teams of up to 7 members, up to 5 witnesses free at any time. */
const setUp: fc.Arbitrary<ProposerInput> = fc
  .record({
    slotMinutes: fc.constantFrom(5, 10, 15, 20),
    witnesses: fc.array(
      fc
        .record({ from: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 40 }) })
        .map(({ from, length }) => ({ freeFromMin: from, freeToMin: Math.min(from + length, 240) })),
      { maxLength: 5 },
    ),
    teams: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 5 }),
  })
  .map(({ slotMinutes, witnesses, teams }) => ({
    slotMinutes,
    witnesses: witnesses.map((free, i) => witness(`w${i}`, `Witness ${i}`, free)),
    teams: teams.map((size, t) => ({
      teamId: `team-${t}`,
      memberIds: Array.from({ length: size }, (_, m) => `t${t}m${m}`),
    })),
  }));

const teamOf = (input: ProposerInput, memberId: string) =>
  input.teams.find((t) => t.memberIds.includes(memberId))!.teamId;

/** WITNESS-3 for any assignment: one place per member, inside free time, one team per witness and slot. */
function checkRules(
  witnesses: readonly Witness[],
  slotMinutes: number,
  placements: readonly Placement[],
  team: (m: string) => string,
) {
  const members = placements.map((p) => p.memberId);
  expect(new Set(members).size).toBe(members.length);
  const seen = new Map<string, string>();
  for (const p of placements) {
    const w = witnesses.find((x) => x.id === p.witnessId)!;
    expect(freeSlots(w, slotMinutes)).toContain(p.slot);
    const key = `${p.witnessId}@${p.slot}`;
    expect(seen.get(key) ?? team(p.memberId)).toBe(team(p.memberId));
    seen.set(key, team(p.memberId));
  }
  // No witness sees more groups than their capacity.
  for (const w of witnesses) {
    const groups = new Set(placements.filter((p) => p.witnessId === w.id).map((p) => p.slot));
    expect(groups.size).toBeLessThanOrEqual(capacityOf(w, slotMinutes));
  }
}

describe('witness sessions: the proposer (properties)', () => {
  const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

  it('WITNESS-3 no member is in two places at once and no witness is over-booked', () => {
    fc.assert(
      fc.property(setUp, (input) => {
        const placements = proposeAssignment(input);
        checkRules(input.witnesses, input.slotMinutes, placements, (m) => teamOf(input, m));
      }),
      runs,
    );
  });

  it('WITNESS-4 each team covers as many witnesses as it has members, up to the number of witnesses, where their time allows', () => {
    fc.assert(
      fc.property(setUp, (input) => {
        const placements = proposeAssignment(input);
        const busyTeams = input.teams.filter((t) => t.memberIds.length > 0).length;
        const roomy = input.witnesses.every((w) => capacityOf(w, input.slotMinutes) >= busyTeams);
        for (const team of input.teams) {
          const mine = placements.filter((p) => team.memberIds.includes(p.memberId));
          const covered = new Set(mine.map((p) => p.witnessId));
          const wanted = Math.min(team.memberIds.length, input.witnesses.length);
          if (roomy) expect(covered.size).toBe(wanted);
          // Short of time, a team stops only when every witness it does not see is full.
          if (covered.size < wanted) {
            for (const w of input.witnesses.filter((x) => !covered.has(x.id))) {
              const used = new Set(placements.filter((p) => p.witnessId === w.id).map((p) => p.slot));
              expect(used.size).toBe(capacityOf(w, input.slotMinutes));
            }
          }
          // Everyone of a team that sees a witness is placed, and its groups differ by one at most.
          if (covered.size > 0) {
            expect(mine).toHaveLength(team.memberIds.length);
            const sizes = [...covered].map((id) => mine.filter((p) => p.witnessId === id).length);
            expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          }
        }
      }),
      runs,
    );
  });

  it('WITNESS-3 WITNESS-6 whatever the facilitator does, the assignment keeps the rules (through applyControlCommand)', () => {
    const memberPool = ['m1', 'm2', 'm3', 'm4', 'm5', 'gone'];
    const witnessPool = ['w1', 'w2', 'w3', 'none'];
    const command: fc.Arbitrary<ControlCommand> = fc.oneof(
      fc
        .record({
          id: fc.constantFrom(...witnessPool),
          from: fc.integer({ min: 0, max: 30 }),
          to: fc.integer({ min: 0, max: 50 }),
        })
        .map(({ id, from, to }) =>
          cmd({
            type: 'addWitness',
            witness: witness(id, `Witness ${id}`, { freeFromMin: from, freeToMin: to }),
          }),
        ),
      fc
        .record({ id: fc.constantFrom(...witnessPool), to: fc.integer({ min: 0, max: 50 }) })
        .map(({ id, to }) => cmd({ type: 'updateWitness', witnessId: id, freeToMin: to })),
      fc.constantFrom(...witnessPool).map((id) => cmd({ type: 'removeWitness', witnessId: id })),
      fc.constantFrom(5, 10, 20).map((minutes) => cmd({ type: 'setSlotMinutes', minutes })),
      fc.constant(cmd({ type: 'propose' })),
      fc
        .record({
          memberId: fc.constantFrom(...memberPool),
          witnessId: fc.constantFrom(...witnessPool),
          slot: fc.integer({ min: 0, max: 6 }),
        })
        .map((placement) => cmd({ type: 'place', placement })),
      fc.constantFrom(...memberPool).map((memberId) => cmd({ type: 'unassign', memberId })),
      fc
        .record({ memberId: fc.constantFrom(...memberPool), teamId: fc.constantFrom('team-1', 'team-2') })
        .map(({ memberId, teamId }): ControlCommand => ({
          area: 'roster',
          command: { type: 'updateMember', memberId, teamId },
        })),
      fc
        .constantFrom(...memberPool)
        .map((memberId): ControlCommand => ({ area: 'roster', command: { type: 'removeMember', memberId } })),
    );
    const start = session([
      member('m1', 'A One', 'team-1'),
      member('m2', 'B Two', 'team-1'),
      member('m3', 'C Three', 'team-1'),
      member('m4', 'D Four', 'team-2'),
      member('m5', 'E Five', 'team-2'),
    ]);
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let state = start;
        for (const c of commands) {
          const result = applyControlCommand(state, facilitator, c, 0);
          if (result.ok) state = result.data;
        }
        const { witnesses, roster } = state;
        const ws: WitnessesState = witnesses;
        for (const p of ws.placements) expect(roster.members.some((m) => m.id === p.memberId)).toBe(true);
        checkRules(
          ws.witnesses,
          ws.slotMinutes,
          ws.placements,
          (m) => roster.members.find((x) => x.id === m)!.teamId,
        );
      }),
      runs,
    );
  });
});

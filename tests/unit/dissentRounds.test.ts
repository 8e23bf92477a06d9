import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyControlCommand,
  contentRefusal,
  findTemplate,
  initialBoard,
  initialClock,
  initialRoster,
  initialWitnesses,
  listeningNow,
  pairingsOf,
  phaseRemainingMs,
  type Actor,
  type ContentChange,
  type ControlSession,
  type DissentCommand,
  type Member,
} from '../../shared/src/index.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 29, 12, 10);
const facilitator: Actor = { role: 'facilitator', linkId: 'f', teamId: null };
const tabletOf = (teamId: string): Actor => ({ role: 'team', linkId: `t-${teamId}`, teamId });
const member = (id: string, teamId: string): Member => ({ id, name: id, teamId, bodyId: null, role: '' });
const teamIds = ['team-1', 'team-2', 'team-3'];

/** Three teams, each with a proposition; teams 1 and 2 have theirs ready for dissent. */
function session(ready = ['team-1', 'team-2'], teams = teamIds): ControlSession {
  return {
    agenda: findTemplate('strategic-political-leadership')!.agenda,
    clock: initialClock(),
    board: initialBoard(),
    roster: {
      ...initialRoster([]),
      members: teams.flatMap((t) => [member(`${t}-a`, t), member(`${t}-b`, t)]),
    },
    witnesses: initialWitnesses(),
    propositions: { status: Object.fromEntries(ready.map((t) => [`p-${t}`, 'ready-for-dissent' as const])) },
    propositionOwners: teams.map((t) => ({ id: `p-${t}`, teamId: t })),
    teamIds: teams,
    priorityIds: [],
  };
}

function apply(state: ControlSession, command: DissentCommand, at = T0, actor = facilitator) {
  return applyControlCommand(state, actor, { area: 'dissent', command }, at);
}
function run(state: ControlSession, command: DissentCommand, at = T0, actor = facilitator): ControlSession {
  const result = apply(state, command, at, actor);
  if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
  return result.data;
}
const refusal = (state: ControlSession, command: DissentCommand, actor = facilitator) => {
  const result = apply(state, command, T0, actor);
  return result.ok ? null : result.error.message;
};

describe('the ritual-dissent rounds (DISSENT-n)', () => {
  it('DISSENT-1 only the facilitator runs the rounds; a team chooses only its own spokesperson', () => {
    const planned = run(session(), { type: 'plan' });
    expect(refusal(planned, { type: 'start' }, tabletOf('team-1'))).toBe(
      'Only the facilitator plans and runs the ritual-dissent rounds.',
    );
    const chosen = run(
      planned,
      { type: 'setSpokesperson', teamId: 'team-1', memberId: 'team-1-b' },
      T0,
      tabletOf('team-1'),
    );
    expect(chosen.dissent!.plan!.spokespeople['team-1']).toBe('team-1-b');
    expect(
      refusal(
        planned,
        { type: 'setSpokesperson', teamId: 'team-2', memberId: 'team-2-b' },
        tabletOf('team-1'),
      ),
    ).toBe('A team chooses only its own spokesperson.');
    expect(refusal(planned, { type: 'setSpokesperson', teamId: 'team-1', memberId: 'team-2-a' })).toBe(
      'A spokesperson is a member of their own team’s roster.',
    );
  });

  it('DISSENT-3 plans from the propositions ready for dissent; the others only listen; one is not enough', () => {
    const planned = run(session(), { type: 'plan' }).dissent!;
    expect(planned.plan).toEqual({
      presenting: ['team-1', 'team-2'],
      propositionIds: { 'team-1': 'p-team-1', 'team-2': 'p-team-2' },
      rotation: [
        { 'team-1': 'team-2', 'team-2': 'team-3' },
        { 'team-1': 'team-3', 'team-2': 'team-1' },
      ],
      spokespeople: { 'team-1': 'team-1-a', 'team-2': 'team-2-a' },
    });
    expect(refusal(session(['team-1']), { type: 'plan' })).toBe(
      'Ritual dissent needs at least two teams with a proposition ready for dissent; only one team has one (ROTATION-5).',
    );
    expect(refusal(session(), { type: 'setRounds', rounds: 3 })).toBe(
      'With 3 teams there can be 1 to 2 rounds (ROTATION-1).',
    );
  });

  it('DISSENT-3 a swap by hand is checked, and a round that has begun cannot change', () => {
    const planned = run(session(), { type: 'plan' });
    const swapped = [
      { 'team-1': 'team-3', 'team-2': 'team-1' },
      { 'team-1': 'team-2', 'team-2': 'team-3' },
    ];
    expect(run(planned, { type: 'setRotation', rotation: swapped }).dissent!.plan!.rotation).toEqual(swapped);
    expect(
      refusal(planned, {
        type: 'setRotation',
        rotation: [
          { 'team-1': 'team-3', 'team-2': 'team-3' },
          { 'team-1': 'team-2', 'team-2': 'team-1' },
        ],
      }),
    ).toBe('In round 1 one team hears two presenters (ROTATION-3).');
    const started = run(planned, { type: 'start' });
    expect(refusal(started, { type: 'setRotation', rotation: swapped })).toBe(
      'Round 1 has begun: only rounds still to come can change.',
    );
    expect(refusal(started, { type: 'plan' })).toBe(
      'The rounds have started: reset them before planning them again.',
    );
  });

  it('DISSENT-2, DISSENT-4, DISSENT-5 phases run from deadlines, through assent when it has minutes, round after round', () => {
    let s = run(session(), { type: 'plan' });
    s = run(s, { type: 'setMinutes', assent: 2 });
    s = run(s, { type: 'start' }, T0);
    expect(s.dissent!.run).toMatchObject({ round: 0, phase: 'present', status: 'running', step: 1 });
    expect(phaseRemainingMs(s.dissent!.run!, T0 + MIN)).toBe(2 * MIN);
    s = run(s, { type: 'pause' }, T0 + MIN);
    expect(phaseRemainingMs(s.dissent!.run!, T0 + 10 * MIN)).toBe(2 * MIN);
    s = run(s, { type: 'resume' }, T0 + 10 * MIN);
    s = run(s, { type: 'extend', minutes: 2 }, T0 + 10 * MIN);
    expect(s.dissent!.run!.deadlineAtMs).toBe(T0 + 14 * MIN);
    s = run(s, { type: 'extend', minutes: -10 }, T0 + 11 * MIN);
    expect(s.dissent!.run!.deadlineAtMs).toBe(T0 + 11 * MIN); // time is up, not before now
    const phases: string[] = [];
    for (let i = 0; i < 4; i++) {
      s = run(s, { type: 'nextPhase' }, T0 + 12 * MIN);
      phases.push(`${s.dissent!.run!.round}:${s.dissent!.run!.phase}`);
    }
    expect(phases).toEqual(['0:dissent', '0:assent', '0:revise', '1:present']);
    expect(s.dissent!.run!.deadlineAtMs).toBe(T0 + 15 * MIN); // running on: 3 minutes to present
    s = run(s, { type: 'nextRound' }, T0 + 13 * MIN);
    expect(s.dissent!.run!.status).toBe('finished');
    expect(refusal(s, { type: 'nextPhase' })).toBe('Every round has run.');
  });

  it('DISSENT-6 undo puts back the last move; reset goes back to the plan', () => {
    let s = run(run(session(), { type: 'plan' }), { type: 'start' }, T0);
    const presenting = s.dissent!.run!;
    s = run(s, { type: 'nextPhase' }, T0 + MIN);
    s = run(s, { type: 'undo' }, T0 + 2 * MIN);
    expect(s.dissent!.run).toEqual({ ...presenting, step: 3 });
    expect(refusal(s, { type: 'undo' })).toBe('There is no change of phase or round to undo.');
    s = run(s, { type: 'reset' });
    expect(s.dissent!.run).toBeNull();
    expect(run(s, { type: 'undo' }).dissent!.run).toEqual({ ...presenting, step: 4 });
  });

  it('DISSENT-4 any sequence of commands keeps a run that can be drawn', () => {
    const command: fc.Arbitrary<DissentCommand> = fc.oneof(
      fc.constantFrom<DissentCommand>(
        { type: 'plan' },
        { type: 'start' },
        { type: 'pause' },
        { type: 'resume' },
        { type: 'nextPhase' },
        { type: 'nextRound' },
        { type: 'undo' },
        { type: 'reset' },
      ),
      fc
        .integer({ min: -10, max: 10 })
        .filter((n) => n !== 0)
        .map((minutes) => ({ type: 'extend' as const, minutes })),
      fc.integer({ min: 0, max: 5 }).map((assent) => ({ type: 'setMinutes' as const, assent })),
      fc.integer({ min: 1, max: 2 }).map((rounds) => ({ type: 'setRounds' as const, rounds })),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(command, fc.integer({ min: 0, max: 5 * MIN })), { maxLength: 40 }),
        (steps) => {
          let s = session(['team-1', 'team-2', 'team-3']);
          let now = T0;
          let lastStep = 0;
          for (const [c, after] of steps) {
            now += after;
            const result = apply(s, c, now);
            if (!result.ok) continue;
            s = result.data;
            const r = s.dissent?.run;
            if (!r) continue;
            expect(r.step).toBeGreaterThanOrEqual(lastStep);
            lastStep = r.step;
            expect(r.round).toBeLessThan(s.dissent!.plan!.rotation.length);
            if (r.status === 'running') expect(r.deadlineAtMs).not.toBeNull();
            // Paused over time keeps how far over it is (negative), as the agenda clock does.
            if (r.status === 'paused') expect(typeof r.remainingMs).toBe('number');
            if (r.status === 'ready') expect(r.remainingMs).toBeGreaterThanOrEqual(0);
            expect(pairingsOf(s.dissent!.plan!, r.round).length).toBe(3);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('dissent points (DISSENT-7, DISSENT-8, PERM-27)', () => {
  const dissentNow = (() => {
    let s = run(run(session(), { type: 'plan' }), { type: 'start' });
    s = run(s, { type: 'nextPhase' });
    return s.dissent;
  })();
  // Round 1: team 1 presents to team 2, team 2 to team 3.
  const point = (patch: Partial<ContentChange> = {}): ContentChange => ({
    key: 'dissentPoints',
    entry: 'pt1',
    kind: 'create',
    owner: 'team-2',
    fields: { presentingTeamId: 'team-1', round: 0 },
    ...patch,
  });
  const live = () => ({ listening: listeningNow(dissentNow) });
  const team = (teamId: string) => ({ role: 'team' as const, teamId });

  it('only the team hearing the proposition, during its round, writes a point', () => {
    expect(contentRefusal(team('team-2'), point(), live)).toBeNull();
    expect(contentRefusal(team('team-2'), point({ kind: 'edit', within: ['text'] }), live)).toBeNull();
    expect(contentRefusal(team('team-3'), point({ owner: 'team-3' }), live)?.code).toBe('not-listening');
    expect(contentRefusal(team('team-1'), point({ owner: 'team-1' }), live)?.code).toBe('not-listening');
    expect(
      contentRefusal(team('team-2'), point({ fields: { presentingTeamId: 'team-1', round: 1 } }), live)?.code,
    ).toBe('not-listening');
    // Outside the dissent and assent phases, nobody but the facilitator.
    const presenting = () => ({ listening: null });
    expect(contentRefusal(team('team-2'), point(), presenting)?.code).toBe('not-listening');
    expect(contentRefusal({ role: 'facilitator', teamId: null }, point(), presenting)).toBeNull();
  });

  it('only the presenting team answers a point, at any time; it cannot change the point itself', () => {
    const answer = point({ kind: 'edit', within: ['response'] });
    const after = () => ({ listening: null });
    expect(contentRefusal(team('team-1'), answer, after)).toBeNull();
    expect(contentRefusal(team('team-2'), answer, after)?.code).toBe('not-owner');
    expect(contentRefusal(team('team-1'), point({ kind: 'edit', within: ['text'] }), after)?.code).toBe(
      'not-listening',
    );
    expect(
      contentRefusal(team('team-1'), point({ kind: 'edit', within: ['text', 'response'] }), live)?.code,
    ).toBe('not-listening');
  });

  it('DISSENT-11 no screen writes the record of a round, the facilitator’s neither', () => {
    const record = {
      key: 'propositionHistory',
      entry: 'p-team-1|0',
      kind: 'edit' as const,
      owner: undefined,
    };
    expect(contentRefusal({ role: 'facilitator', teamId: null }, record)).toEqual({
      code: 'forbidden',
      message: 'This screen cannot change a record of a round.',
    });
    expect(contentRefusal(team('team-1'), { ...record, kind: 'create' })?.code).toBe('forbidden');
  });
});

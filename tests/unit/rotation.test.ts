import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRotation, proposeRotation, type Rotation } from '../../shared/src/index.js';

const teams = (t: number) => Array.from({ length: t }, (_, i) => `team-${i + 1}`);

/** T from 2 to 12, R from 1 to T−1, and which teams present (at least two). */
const shape = fc.integer({ min: 2, max: 12 }).chain((t) =>
  fc.record({
    teamIds: fc.constant(teams(t)),
    rounds: fc.integer({ min: 1, max: t - 1 }),
    presenting: fc.subarray(teams(t), { minLength: 2 }),
  }),
);

describe('the ritual-dissent rotation (ROTATION-n)', () => {
  it('ROTATION-2 … ROTATION-5 hold for every T from 2 to 12 and R from 1 to T−1, teams that only listen included', () => {
    fc.assert(
      fc.property(shape, ({ teamIds, rounds, presenting }) => {
        const proposed = proposeRotation(teamIds, presenting, rounds);
        if (!proposed.ok) throw new Error(proposed.error.message);
        const rotation = proposed.data;
        expect(rotation).toHaveLength(rounds);
        const met = new Map<string, string[]>();
        for (const round of rotation) {
          expect(Object.keys(round).sort()).toEqual([...presenting].sort());
          const listeners = Object.values(round);
          expect(new Set(listeners).size).toBe(listeners.length); // ROTATION-3
          for (const [presenter, listener] of Object.entries(round)) {
            expect(listener).not.toBe(presenter); // ROTATION-2
            expect(met.get(presenter) ?? []).not.toContain(listener); // ROTATION-4
            met.set(presenter, [...(met.get(presenter) ?? []), listener]);
          }
        }
        expect(checkRotation(teamIds, presenting, rotation).ok).toBe(true);
        // Deterministic: the same room gets the same schedule.
        expect(proposeRotation(teamIds, presenting, rounds)).toEqual(proposed);
      }),
      { numRuns: 300 },
    );
  });

  it('two teams swap', () => {
    expect(proposeRotation(['a', 'b'], ['a', 'b'], 1)).toEqual({ ok: true, data: [{ a: 'b', b: 'a' }] });
  });

  it('refuses fewer than two presenting teams, and rounds or teams out of range, saying why', () => {
    expect(proposeRotation(teams(4), ['team-1'], 2)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('at least two teams with a proposition ready for dissent') },
    });
    expect(proposeRotation(teams(4), teams(4), 4)).toMatchObject({
      ok: false,
      error: { message: 'With 4 teams there can be 1 to 3 rounds (ROTATION-1).' },
    });
    expect(proposeRotation(teams(13), teams(13), 2)).toMatchObject({
      ok: false,
      error: { code: 'rotation-1' },
    });
  });

  it('a schedule changed by hand is refused when it breaks a rule, naming the rule', () => {
    const ids = teams(4);
    const base = (proposeRotation(ids, ids, 2) as { data: Rotation }).data;
    const swapped = (round: number, patch: Record<string, string>): Rotation =>
      base.map((r, i) => (i === round ? { ...r, ...patch } : r));
    // Two presenters at one team in round 1.
    expect(checkRotation(ids, ids, swapped(0, { 'team-1': base[0]!['team-2']! }))).toMatchObject({
      ok: false,
      error: { code: 'rotation-3', message: 'In round 1 one team hears two presenters (ROTATION-3).' },
    });
    // Presenting to its own team.
    expect(checkRotation(ids, ids, swapped(1, { 'team-3': 'team-3' }))).toMatchObject({
      error: { code: 'rotation-2' },
    });
    // Meeting in round 2 the team met in round 1: swap round 2's pairings to repeat round 1's.
    expect(checkRotation(ids, ids, [base[0]!, base[0]!])).toMatchObject({ error: { code: 'rotation-4' } });
    // A listening team sent to present.
    expect(checkRotation(ids, ['team-1', 'team-2'], base)).toMatchObject({ error: { code: 'rotation-5' } });
    // A valid hand swap: in round 1, teams 1 and 2 exchange listeners with teams 3 and 4.
    const handSwap: Rotation = [
      { 'team-1': 'team-3', 'team-2': 'team-4', 'team-3': 'team-1', 'team-4': 'team-2' },
      base[0]!,
    ];
    expect(checkRotation(ids, ids, handSwap).ok).toBe(true);
  });
});

import { accept, refuse, type Outcome } from '../result.js';
import { MAX_TEAMS } from '../schema/api.js';

/** One round: presenting team id → the team its spokesperson presents to. */
export type RotationRound = Record<string, string>;
export type Rotation = RotationRound[];

/** Two teams swap; fewer cannot test each other. */
const MIN_TEAMS = 2;

/**
 * ROTATION-6: the board's proposal. Presenter at place i visits the team at place i + r in round
 * r (round the workshop's team order), so every round is a bijection: listeners never repeat in a
 * round, a presenter never meets a team twice, and never its own team while r < T.
 */
export function proposeRotation(
  teamIds: readonly string[],
  presenting: readonly string[],
  rounds: number,
): Outcome<Rotation> {
  const refusal = refuseShape(teamIds, presenting, rounds);
  if (refusal) return refusal;
  const order = [...teamIds];
  const rotation: Rotation = [];
  for (let r = 1; r <= rounds; r++) {
    const round: RotationRound = {};
    for (const team of order) {
      if (!presenting.includes(team)) continue;
      round[team] = order[(order.indexOf(team) + r) % order.length]!;
    }
    rotation.push(round);
  }
  return accept(rotation);
}

/** ROTATION-1 … ROTATION-5 for a schedule the facilitator changed by hand: null, or the broken rule in words. */
export function checkRotation(
  teamIds: readonly string[],
  presenting: readonly string[],
  rotation: Rotation,
): Outcome<Rotation> {
  const refusal = refuseShape(teamIds, presenting, rotation.length);
  if (refusal) return refusal;
  const met = new Map<string, Set<string>>();
  for (const [i, round] of rotation.entries()) {
    const heard = new Set<string>();
    for (const presenter of presenting) {
      const listener = round[presenter];
      const inRound = `In round ${i + 1}`;
      if (listener === undefined || !teamIds.includes(listener))
        return refuse('rotation-2', `${inRound} a presenting team has no team to present to (ROTATION-2).`);
      if (listener === presenter)
        return refuse('rotation-2', `${inRound} a team presents to itself (ROTATION-2).`);
      if (heard.has(listener))
        return refuse('rotation-3', `${inRound} one team hears two presenters (ROTATION-3).`);
      heard.add(listener);
      const seen = met.get(presenter) ?? new Set<string>();
      if (seen.has(listener))
        return refuse('rotation-4', `${inRound} a presenter meets a team it has met before (ROTATION-4).`);
      met.set(presenter, seen.add(listener));
    }
    if (Object.keys(round).some((team) => !presenting.includes(team)))
      return refuse(
        'rotation-5',
        `In round ${i + 1} a team that only listens is sent to present (ROTATION-5).`,
      );
  }
  return accept(rotation);
}

function refuseShape(teamIds: readonly string[], presenting: readonly string[], rounds: number) {
  const t = teamIds.length;
  if (t < MIN_TEAMS || t > MAX_TEAMS)
    return refuse(
      'rotation-1',
      `Ritual dissent needs ${MIN_TEAMS} to ${MAX_TEAMS} task teams; this workshop has ${t} (ROTATION-1).`,
    );
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > t - 1)
    return refuse('rotation-1', `With ${t} teams there can be 1 to ${t - 1} rounds (ROTATION-1).`);
  if (presenting.some((team) => !teamIds.includes(team)))
    return refuse('rotation-5', 'A presenting team is not in this workshop (ROTATION-5).');
  if (new Set(presenting).size < 2)
    return refuse(
      'rotation-5',
      'Ritual dissent needs at least two teams with a proposition ready for dissent (ROTATION-5).',
    );
  return null;
}

import type { DissentPlan } from '../../../shared/src/index.js';

type Rotation = DissentPlan['rotation'];

/**
 * The schedule with `presenter` sent to `listener` in round `round`. A listener another presenter
 * visits in that round is swapped with this presenter's, so a change by hand keeps every team
 * hearing one presenter (ROTATION-3); whether the result keeps every other rule is the server's to
 * say.
 */
export function swapListener(
  rotation: Rotation,
  round: number,
  presenter: string,
  listener: string,
): Rotation {
  return rotation.map((entries, i) => {
    if (i !== round) return entries;
    const before = entries[presenter];
    const next = { ...entries, [presenter]: listener };
    const other = Object.keys(entries).find((team) => team !== presenter && entries[team] === listener);
    if (other !== undefined && before !== undefined) next[other] = before;
    return next;
  });
}

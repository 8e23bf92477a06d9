import type { Placement, Witness } from '../schema/witnesses.js';
import { freeSlots } from './slots.js';

/** A task team as the proposer sees it: its members, in roster order. */
export interface ProposerTeam {
  teamId: string;
  memberIds: readonly string[];
}

export interface ProposerInput {
  witnesses: readonly Witness[];
  slotMinutes: number;
  /** In the workshop's order of teams. */
  teams: readonly ProposerTeam[];
}

interface Booking {
  witness: Witness;
  index: number;
  /** Slots still free, earliest first. */
  free: number[];
  /** Members sent so far: spreads the load when two witnesses have as many slots left. */
  members: number;
}

/**
 * WITNESS-4: which member goes to which witness, and when. Teams take turns, one witness a turn,
 * so when the witnesses' time runs short every team loses alike; each turn a team takes, among the
 * witnesses it does not see yet, the one with most free slots left (then fewest members, then the
 * next witness after the one the team before started with), in that witness's earliest free
 * slot. A team takes as many witnesses as it has members, up to the number of witnesses, and its
 * members are dealt over them in roster order, so its groups differ by one member at most.
 * Deterministic: the same set-up gives the same assignment.
 */
export function proposeAssignment(input: ProposerInput): Placement[] {
  const bookings: Booking[] = input.witnesses.map((witness, index) => ({
    witness,
    index,
    free: freeSlots(witness, input.slotMinutes),
    members: 0,
  }));
  const teams = input.teams.filter((team) => team.memberIds.length > 0);
  const taken = teams.map(() => [] as { booking: Booking; slot: number }[]);
  const wants = teams.map((team) => Math.min(team.memberIds.length, bookings.length));
  for (let round = 0; round < bookings.length; round++) {
    teams.forEach((team, t) => {
      if (taken[t]!.length >= wants[t]!) return;
      const booking = nextWitness(bookings, taken[t]!, t);
      if (!booking) return;
      const slot = booking.free.shift()!;
      // Counted now, so the next team prefers a witness this one did not load.
      booking.members += Math.ceil(team.memberIds.length / wants[t]!);
      taken[t]!.push({ booking, slot });
    });
  }
  return teams.flatMap((team, t) => {
    const groups = taken[t]!;
    if (!groups.length) return [];
    return team.memberIds.map((memberId, i) => {
      const { booking, slot } = groups[i % groups.length]!;
      return { memberId, witnessId: booking.witness.id, slot };
    });
  });
}

function nextWitness(
  bookings: readonly Booking[],
  taken: readonly { booking: Booking }[],
  teamIndex: number,
): Booking | undefined {
  const count = bookings.length;
  const rotation = (b: Booking) => (b.index - (teamIndex % count) + count) % count;
  return bookings
    .filter((b) => b.free.length > 0 && !taken.some((t) => t.booking === b))
    .sort((a, b) => b.free.length - a.free.length || a.members - b.members || rotation(a) - rotation(b))[0];
}

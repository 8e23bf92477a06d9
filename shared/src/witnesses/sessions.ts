import { accept, refuse, type Outcome } from '../result.js';
import type { Agenda } from '../schema/agenda.js';
import type { Member, RosterState } from '../schema/roster.js';
import {
  MAX_WITNESSES,
  type Placement,
  type Witness,
  type WitnessesCommand,
  type WitnessesState,
} from '../schema/witnesses.js';
import { proposeAssignment } from './propose.js';
import { capacityOf, freeSlots, freeTimeLabel, slotLabel } from './slots.js';

/** What the witness sessions' rules read and never change: who is on which team, and the programme's times. */
export interface WitnessFacts {
  roster: RosterState;
  teamIds: readonly string[];
  agenda: Agenda;
}

/** Applies one command of the witness sessions (WITNESS-n in SPEC.md); PERM-20 is checked before. */
export function applyWitnessesCommand(
  state: WitnessesState,
  command: WitnessesCommand,
  facts: WitnessFacts,
): Outcome<WitnessesState> {
  switch (command.type) {
    case 'addWitness': {
      if (state.witnesses.some((w) => w.id === command.witness.id))
        return refuse('witness-exists', 'That witness is already set up.');
      if (state.witnesses.length >= MAX_WITNESSES)
        return refuse('too-many-witnesses', `The sessions take at most ${MAX_WITNESSES} witnesses.`);
      return withWitness(state, command.witness, facts);
    }
    case 'updateWitness': {
      const witness = state.witnesses.find((w) => w.id === command.witnessId);
      if (!witness) return unknownWitness();
      const { type: _type, witnessId: _id, ...change } = command;
      const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
      return withWitness(state, { ...witness, ...defined }, facts);
    }
    case 'removeWitness': {
      if (!state.witnesses.some((w) => w.id === command.witnessId)) return unknownWitness();
      const witnesses = state.witnesses.filter((w) => w.id !== command.witnessId);
      return accept(settle({ ...state, witnesses }, facts.roster));
    }
    case 'setSlotMinutes':
      return accept(settle({ ...state, slotMinutes: command.minutes }, facts.roster));
    case 'propose': {
      const nothing = nothingToPropose(state, facts);
      if (nothing) return nothing;
      return accept({ ...state, placements: proposeAssignment(proposerInput(state, facts)) });
    }
    case 'place':
      return place(state, command.placement, facts);
    case 'unassign': {
      const placements = state.placements.filter((p) => p.memberId !== command.memberId);
      return accept({ ...state, placements });
    }
  }
}

/** WITNESS-4: a proposal that could place nobody says why, instead of clearing who goes where. */
function nothingToPropose(state: WitnessesState, facts: WitnessFacts): Outcome<never> | null {
  if (state.witnesses.length === 0) return refuse('no-witnesses', 'Set up a witness first.');
  if (!facts.roster.members.some((m) => facts.teamIds.includes(m.teamId)))
    return refuse('no-members', 'Nobody is on a task team yet: add the members first.');
  if (state.witnesses.every((w) => capacityOf(w, state.slotMinutes) === 0))
    return refuse(
      'no-free-slot',
      `No witness is free for a whole ${state.slotMinutes} minutes: give them more free time or shorten the time with each witness.`,
    );
  return null;
}

/** The teams and their members in the workshop's order, as the proposer takes them. */
export function proposerInput(state: WitnessesState, facts: WitnessFacts) {
  return {
    witnesses: state.witnesses,
    slotMinutes: state.slotMinutes,
    teams: facts.teamIds.map((teamId) => ({
      teamId,
      memberIds: facts.roster.members.filter((m) => m.teamId === teamId).map((m) => m.id),
    })),
  };
}

/**
 * WITNESS-6: keeps only the placements that still hold after the roster or the set-up changed, in
 * their order: the member is on the roster and placed once, the witness is set up and free then,
 * and sees one team in that slot.
 */
export function settle(state: WitnessesState, roster: RosterState): WitnessesState {
  const kept: Placement[] = [];
  for (const placement of state.placements) {
    if (clash(state, kept, placement, roster) === null) kept.push(placement);
  }
  return kept.length === state.placements.length ? state : { ...state, placements: kept };
}

type Clash =
  | { rule: 'unknown-member' | 'unknown-witness' | 'placed' }
  | { rule: 'not-free'; witness: Witness }
  | { rule: 'other-team'; witness: Witness; others: Member[] };

/** Which rule of WITNESS-3 a placement would break beside `others`, or null. */
function clash(
  state: WitnessesState,
  others: readonly Placement[],
  placement: Placement,
  roster: RosterState,
): Clash | null {
  const member = roster.members.find((m) => m.id === placement.memberId);
  if (!member) return { rule: 'unknown-member' };
  const witness = state.witnesses.find((w) => w.id === placement.witnessId);
  if (!witness) return { rule: 'unknown-witness' };
  if (others.some((p) => p.memberId === member.id)) return { rule: 'placed' };
  if (!freeSlots(witness, state.slotMinutes).includes(placement.slot)) return { rule: 'not-free', witness };
  const sameSlot = others.filter((p) => p.witnessId === witness.id && p.slot === placement.slot);
  const otherTeam = sameSlot
    .map((p) => roster.members.find((m) => m.id === p.memberId))
    .filter((m): m is Member => m !== undefined && m.teamId !== member.teamId);
  return otherTeam.length ? { rule: 'other-team', witness, others: otherTeam } : null;
}

/** WITNESS-5: the facilitator moves a member by hand; a move that breaks WITNESS-3 is refused in words. */
function place(state: WitnessesState, placement: Placement, facts: WitnessFacts): Outcome<WitnessesState> {
  const rest = state.placements.filter((p) => p.memberId !== placement.memberId);
  const found = clash(state, rest, placement, facts.roster);
  if (found === null) return accept({ ...state, placements: [...rest, placement] });
  const name = facts.roster.members.find((m) => m.id === placement.memberId)?.name ?? '';
  const when = slotLabel(facts.agenda, state.slotMinutes, placement.slot);
  switch (found.rule) {
    case 'unknown-member':
    case 'placed':
      return refuse('unknown-member', 'That person is not on the roster: they may have been removed.');
    case 'unknown-witness':
      return unknownWitness();
    case 'not-free':
      return refuse(
        'witness-not-free',
        `${found.witness.name} is free from ${freeTimeLabel(facts.agenda, found.witness)}, so cannot see ${name} at ${when}: a witness sees people only in their free time.`,
      );
    case 'other-team':
      return refuse(
        'witness-busy',
        `${found.witness.name} already sees another task team at ${when} (${found.others.map((m) => m.name).join(', ')}): a witness sees one team at a time.`,
      );
  }
}

/** WITNESS-1: a witness has a name no other witness has, and free time that ends after it starts. */
function withWitness(state: WitnessesState, witness: Witness, facts: WitnessFacts): Outcome<WitnessesState> {
  if (witness.freeToMin <= witness.freeFromMin)
    return refuse('free-time', `${witness.name}’s free time must end after it starts.`);
  const sameName = state.witnesses.find(
    (w) => w.id !== witness.id && w.name.trim().toLowerCase() === witness.name.trim().toLowerCase(),
  );
  if (sameName) return refuse('name-taken', `${witness.name} is already a witness.`);
  const exists = state.witnesses.some((w) => w.id === witness.id);
  const witnesses = exists
    ? state.witnesses.map((w) => (w.id === witness.id ? witness : w))
    : [...state.witnesses, witness];
  return accept(settle({ ...state, witnesses }, facts.roster));
}

const unknownWitness = () =>
  refuse('unknown-witness', 'That witness is not part of the sessions: they may have been removed.');

/** The witness a member goes to, and when; undefined while they are not placed. */
export function placementOf(state: WitnessesState, memberId: string): Placement | undefined {
  return state.placements.find((p) => p.memberId === memberId);
}

/** Who goes to a witness, slot by slot, as the witness's own screen and the wall show it. */
export function visitorsOf(
  state: WitnessesState,
  roster: RosterState,
  witnessId: string,
): { slot: number; members: Member[] }[] {
  const slots = new Map<number, Member[]>();
  for (const p of state.placements) {
    if (p.witnessId !== witnessId) continue;
    const member = roster.members.find((m) => m.id === p.memberId);
    if (member) slots.set(p.slot, [...(slots.get(p.slot) ?? []), member]);
  }
  return Array.from(slots, ([slot, members]) => ({ slot, members })).sort((a, b) => a.slot - b.slot);
}

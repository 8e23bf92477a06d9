import { accept, refuse, type Outcome } from '../result.js';
import type { ChairCommand, ChairState } from '../schema/chair.js';
import type { DissentState } from '../schema/dissent.js';
import type { PropositionsState } from '../schema/teamWork.js';
import { statusOf, type PropositionOwner } from '../teamWork/propositions.js';

export const initialChair = (): ChairState => ({ order: [], showing: null, decisions: {} });

/** What the chair reads and never changes: the teams and their propositions. */
export interface ChairFacts {
  teamIds: readonly string[];
  propositions: PropositionsState;
  propositionOwners: readonly PropositionOwner[];
  dissent?: DissentState;
}

/** CHAIR-2: the order of presentations: the one set, else the workshop's; a team set since is added at the end. */
export function presentationOrder(chair: ChairState, teamIds: readonly string[]): string[] {
  const set = chair.order.filter((id) => teamIds.includes(id));
  return [...set, ...teamIds.filter((id) => !set.includes(id))];
}

/**
 * CHAIR-4: the proposition a team presents to the Leader: its first final one, else the one it
 * put through ritual dissent, else its first. Null for a team with none.
 */
export function presentedPropositionOf(teamId: string, facts: ChairFacts): string | null {
  const own = facts.propositionOwners.filter((p) => p.teamId === teamId);
  const final = own.find((p) => statusOf(facts.propositions, p.id) === 'final');
  const dissented = facts.dissent?.plan?.propositionIds[teamId];
  const tested = own.find((p) => p.id === dissented);
  return (final ?? tested ?? own[0])?.id ?? null;
}

/** Applies one command of the Leader's chair (CHAIR-n in SPEC.md); PERM-28 and PERM-29 are checked before. */
export function applyChairCommand(
  state: ChairState,
  command: ChairCommand,
  facts: ChairFacts,
  nowMs: number,
): Outcome<ChairState> {
  switch (command.type) {
    case 'setOrder': {
      const { teamIds } = command;
      const same = teamIds.length === facts.teamIds.length && new Set(teamIds).size === teamIds.length;
      if (!same || teamIds.some((id) => !facts.teamIds.includes(id)))
        return refuse('order', 'The order of presentations names every task team once.');
      return accept({ ...state, order: [...teamIds] });
    }
    case 'show': {
      const showing = command.showing;
      if (showing?.kind === 'team' && !facts.teamIds.includes(showing.teamId))
        return refuse('unknown-team', 'That task team is not in this workshop.');
      return accept({ ...state, showing, ...(showing?.kind === 'team' && { lastTeamId: showing.teamId }) });
    }
    case 'step':
      return step(state, command.by, facts);
    case 'decide':
      return decide(state, command, facts, nowMs);
  }
}

function step(state: ChairState, by: 1 | -1, facts: ChairFacts): Outcome<ChairState> {
  const order = presentationOrder(state, facts.teamIds);
  const shown = state.showing?.kind === 'team' ? state.showing.teamId : state.lastTeamId;
  const at = shown === undefined ? -1 : order.indexOf(shown);
  const next = at < 0 ? (by === 1 ? 0 : order.length - 1) : at + by;
  if (next < 0) return refuse('first', 'This is the first presentation.');
  if (next >= order.length) return refuse('last', 'This was the last presentation.');
  return accept({ ...state, showing: { kind: 'team', teamId: order[next]! }, lastTeamId: order[next]! });
}

function decide(
  state: ChairState,
  command: Extract<ChairCommand, { type: 'decide' }>,
  facts: ChairFacts,
  nowMs: number,
): Outcome<ChairState> {
  if (!facts.propositionOwners.some((p) => p.id === command.propositionId))
    return refuse('unknown-proposition', 'That proposition is not on the board: it may have been removed.');
  const { [command.propositionId]: _dropped, ...others } = state.decisions;
  if (command.decision === null) return accept({ ...state, decisions: others });
  if (command.decision === 'agreed-with-changes' && command.changes === '')
    return refuse('changes', 'Write down the changes it is agreed with.');
  // Changes belong to "agreed with changes" alone: a decision changed since keeps none of them.
  const changes = command.decision === 'agreed-with-changes' ? command.changes : '';
  const record = { decision: command.decision, changes, decidedAtMs: nowMs };
  return accept({ ...state, decisions: { ...others, [command.propositionId]: record } });
}

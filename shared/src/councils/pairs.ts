import { accept, refuse, type Outcome } from '../result.js';
import type { PairsCommand, PairsState, PortfolioPair } from '../schema/councils.js';
import type { Member, RosterState } from '../schema/roster.js';
import { teamCouncil } from './teamCouncil.js';

export const initialPairs = (): PairsState => ({ pairs: [] });

/** PAIR-1: a portfolio holder is a member whose role says so ("Portfolio holder, Finance"). */
export function isPortfolioHolder(member: Member): boolean {
  return /portfolio[\s-]*holder/i.test(member.role);
}

const notPortfolioWords = new Set([
  'portfolio',
  'holder',
  'for',
  'and',
  'of',
  'the',
  'with',
  'lead',
  'member',
  'cabinet',
]);

/** The words of a role that name the portfolio: "Portfolio holder, Finance and Resources" → finance, resources. */
export function portfolioWords(role: string): string[] {
  const words = role.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => !notPortfolioWords.has(w)))];
}

/** A pair's id follows from its two people, so the same two always make the same pair. */
export function pairId(memberIds: readonly [string, string]): string {
  return [...memberIds].sort().join('~');
}

export interface ProposedPair {
  memberIds: [string, string];
  /** The portfolio words the two roles share. */
  words: string[];
}

/**
 * PAIR-2: the board's proposal. The portfolio holders of the first council are matched with those
 * of the second by the portfolio words their roles share, most shared first; anyone already in a
 * pair, or sharing no word with anyone, is left for the facilitator.
 */
export function proposePairs(
  roster: RosterState,
  teamIds: readonly string[],
  state: PairsState,
): ProposedPair[] {
  // A pair whose other person has left the roster holds nobody back.
  const paired = new Set(livePairs(state, roster).flatMap(({ pair }) => pair.memberIds));
  const holders = roster.members.filter((m) => isPortfolioHolder(m) && !paired.has(m.id));
  const councilOf = (m: Member) => teamCouncil(roster, teamIds, m.teamId);
  const councils = [...new Set(holders.map(councilOf).filter((c): c is string => c !== null))];
  if (councils.length < 2) return [];
  const [first, second] = councils;
  const candidates: (ProposedPair & { score: number })[] = [];
  for (const a of holders.filter((m) => councilOf(m) === first)) {
    for (const b of holders.filter((m) => councilOf(m) === second)) {
      const theirs = new Set(portfolioWords(b.role));
      const words = portfolioWords(a.role).filter((w) => theirs.has(w));
      if (words.length) candidates.push({ memberIds: [a.id, b.id], words, score: words.length });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const taken = new Set<string>();
  const proposals: ProposedPair[] = [];
  for (const { memberIds, words } of candidates) {
    if (memberIds.some((id) => taken.has(id))) continue;
    memberIds.forEach((id) => taken.add(id));
    proposals.push({ memberIds, words });
  }
  return proposals;
}

/** Applies the facilitator's pairing (PAIR-3): two people of the two councils, each in one pair. */
export function applyPairsCommand(
  state: PairsState,
  command: PairsCommand,
  roster: RosterState,
  teamIds: readonly string[],
): Outcome<PairsState> {
  if (command.type === 'unpair') {
    if (!state.pairs.some((p) => p.id === command.pairId))
      return refuse('unknown-pair', 'That pair is not there: it may have been unpaired already.');
    return accept({ pairs: state.pairs.filter((p) => p.id !== command.pairId) });
  }
  const [a, b] = command.memberIds.map((id) => roster.members.find((m) => m.id === id));
  if (!a || !b)
    return refuse('unknown-member', 'That person is not on the roster: they may have been removed.');
  if (a.id === b.id) return refuse('same-member', 'A pair is two people: pick one from each council.');
  const [councilA, councilB] = [a, b].map((m) => teamCouncil(roster, teamIds, m.teamId));
  if (!councilA || !councilB)
    return refuse('no-council', `${(councilA ? b : a).name} is not on either council’s cabinet.`);
  if (councilA === councilB)
    return refuse(
      'same-council',
      `${a.name} and ${b.name} are both from ${councilA}: a pair is one from each council.`,
    );
  // Only pairs whose two people are still on the roster count; the others go with this change.
  const live = livePairs(state, roster).map(({ pair }) => pair);
  for (const member of [a, b]) {
    const pair = live.find((p) => p.memberIds.includes(member.id));
    if (pair) return refuse('already-paired', `${member.name} is already in a pair: unpair them first.`);
  }
  const pair: PortfolioPair = { id: pairId([a.id, b.id]), memberIds: [a.id, b.id] };
  return accept({ pairs: [...live, pair] });
}

/** The pairs whose two people are both still on the roster, with them. */
export function livePairs(
  state: PairsState,
  roster: RosterState,
): { pair: PortfolioPair; members: [Member, Member] }[] {
  return state.pairs.flatMap((pair) => {
    const [a, b] = pair.memberIds.map((id) => roster.members.find((m) => m.id === id));
    return a && b ? [{ pair, members: [a, b] as [Member, Member] }] : [];
  });
}

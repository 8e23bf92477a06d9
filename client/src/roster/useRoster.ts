import { useMemo } from 'react';
import { membersOf, speakersOf, type Member, type RosterState } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

const EMPTY: RosterState = { bodies: [], members: [], speakingFor: {} };

/** The workshop's roster as the server last sent it (the same object until it changes). */
export function useRoster(): RosterState {
  return useSessionState((s) => s.control?.roster ?? EMPTY);
}

/** The members on one team's roster, in the order the facilitator entered them. */
export function useTeamMembers(teamId: string): Member[] {
  const roster = useRoster();
  return useMemo(() => membersOf(roster, teamId), [roster, teamId]);
}

/** Who this device speaks for (ROSTER-5): none until someone picks their name. */
export function useMySpeakers(): Member[] {
  const roster = useRoster();
  const linkId = useSessionState((s) => s.identity?.linkId ?? '');
  return useMemo(() => speakersOf(roster, linkId), [roster, linkId]);
}

/** "Priya Shah", "Priya Shah and Tom Jones", "Priya Shah, Tom Jones and Ann Lee". */
export function namesList(members: readonly Member[]): string {
  const names = members.map((m) => m.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

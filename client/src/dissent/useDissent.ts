import { useMemo } from 'react';
import {
  pairingsOf,
  roundsRunning,
  type DissentPlan,
  type DissentRun,
  type DissentState,
  type Member,
  type Pairing,
} from '../../../shared/src/index.js';
import { useRoster } from '../roster/useRoster.js';
import { useSessionState, useTeams } from '../state/sessionContext.js';

export interface DissentView {
  state: DissentState | null;
  plan: DissentPlan | null;
  run: DissentRun | null;
  /** Started and not finished (DISSENT-10). */
  running: boolean;
  /** The round on now (or the first, before the start), with names. */
  pairings: NamedPairing[];
  teamName: (teamId: string) => string;
  memberName: (memberId: string | null) => string | null;
}

export interface NamedPairing extends Pairing {
  presentingName: string;
  listeningName: string;
  spokesperson: Member | null;
}

/** The ritual-dissent rounds as every screen reads them: control state, named from the teams and the roster. */
export function useDissent(): DissentView {
  const state = useSessionState((s) => s.control?.dissent ?? null);
  const teams = useTeams();
  const roster = useRoster();
  return useMemo(() => {
    const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? 'A task team';
    const member = (id: string | null) => (id ? (roster.members.find((m) => m.id === id) ?? null) : null);
    const plan = state?.plan ?? null;
    const run = state?.run ?? null;
    const round = run && run.status !== 'finished' ? run.round : 0;
    const pairings = plan
      ? pairingsOf(plan, round).map((p) => ({
          ...p,
          presentingName: teamName(p.presenting),
          listeningName: teamName(p.listening),
          spokesperson: member(p.spokespersonId),
        }))
      : [];
    return {
      state,
      plan,
      run,
      running: roundsRunning(state ?? undefined),
      pairings,
      teamName,
      memberName: (id: string | null) => member(id)?.name ?? null,
    };
  }, [state, teams, roster]);
}

/** "Priya Shah" or, with nobody on the team's roster yet, "Housing and growth’s spokesperson". */
export function spokespersonWords(pairing: NamedPairing): string {
  return pairing.spokesperson?.name ?? `${pairing.presentingName}’s spokesperson`;
}

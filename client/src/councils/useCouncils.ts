import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  councilNoteKey,
  councilNoteText,
  councilNotesMap,
  councilPrioritiesMap,
  initialPairs,
  initialPooled,
  managementTeamId,
  pooledView,
  readCouncilPriorities,
  roomCouncils,
  teamCouncils,
  type CouncilPriorityText,
  type PooledView,
} from '../../../shared/src/index.js';
import { useRoster } from '../roster/useRoster.js';
import { useSessionState, useTeams, useWorkshop } from '../state/sessionContext.js';

const versions = new WeakMap<Y.Map<Y.Map<unknown>>, { n: number }>();

/**
 * How many times a top-level map (or anything in it) has changed: watched from the first read, so
 * a change between a render and its subscription is not missed (as `useCards` does).
 */
function versionOf(map: Y.Map<Y.Map<unknown>>): number {
  let version = versions.get(map);
  if (!version) {
    const created = { n: 0 };
    map.observeDeep(() => {
      created.n++;
    });
    versions.set(map, (version = created));
  }
  return version.n;
}

function useVersion(map: Y.Map<Y.Map<unknown>>): number {
  return useSyncExternalStore(
    (onChange) => {
      versionOf(map);
      map.observeDeep(onChange);
      return () => map.unobserveDeep(onChange);
    },
    () => versionOf(map),
  );
}

/** Both cabinets' headline priorities as the document holds them now. */
/** The same empty pooling every time, so what is derived from it is not worked out afresh each render. */
const NO_POOLING = initialPooled();

export function useCouncilPriorities(): CouncilPriorityText[] {
  const { doc } = useWorkshop();
  const version = useVersion(councilPrioritiesMap(doc));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- re-read whenever the document's priorities change
  return useMemo(() => readCouncilPriorities(doc), [doc, version]);
}

/** Who each team is in the two councils' programme (POOL-1), and the team that notes implications (POOL-6). */
export function useCouncilFacts() {
  const roster = useRoster();
  const teams = useTeams();
  return useMemo(() => {
    const teamIds = teams.map((t) => t.id);
    return {
      teamIds,
      councils: roomCouncils(roster),
      teamCouncils: teamCouncils(roster, teamIds),
      teamNames: new Map(teams.map((t) => [t.id, t.name])),
      managementTeamId: managementTeamId(roster, teamIds),
    };
  }, [roster, teams]);
}

/** The pooled priorities as every screen shows them: unsorted, shared, each council's own. */
export function usePooledView(): PooledView {
  const priorities = useCouncilPriorities();
  const pooled = useSessionState((s) => s.control?.pooled) ?? NO_POOLING;
  const facts = useCouncilFacts();
  return useMemo(() => pooledView(pooled, priorities, facts), [pooled, priorities, facts]);
}

const NO_PAIRS = initialPairs();

export function usePairs() {
  return useSessionState((s) => s.control?.pairs ?? NO_PAIRS);
}

/** A note's text (POOL-6, PAIR-4, PAIR-5) for the teams that own it; undefined until someone starts it. */
export function useCouncilNote(
  topic: string,
  teamIds: readonly string[],
): { key: string; text: Y.Text | undefined } {
  const { doc } = useWorkshop();
  const key = councilNoteKey(topic, teamIds);
  const version = useVersion(councilNotesMap(doc));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- re-read whenever the notes change
  const text = useMemo(() => councilNoteText(doc, key), [doc, key, version]);
  return { key, text };
}

import type { AgendaItem } from '../schema/agenda.js';
import type { PairsState, PooledState } from '../schema/councils.js';
import type { RosterState } from '../schema/roster.js';
import { noteTopics } from '../doc/councils.js';
import { livePairs } from './pairs.js';
import { managementTeamId } from './teamCouncil.js';

/** A note the two councils' programme needs: its topic and the teams it belongs to. */
export interface NoteDue {
  topic: string;
  teamIds: string[];
}

export interface NotesFacts {
  agenda: readonly AgendaItem[];
  roster: RosterState;
  /** Absent in a workshop that has not pooled or paired anything. */
  pooled?: PooledState;
  pairs?: PairsState;
  teamIds: readonly string[];
}

/**
 * Every note the session calls for now (POOL-6, PAIR-4, PAIR-5): one per pooled priority for its
 * implications, one per portfolio pair, one per team and discussion item. The server makes each
 * one before any device types in it (NOTE-1), so two tablets never start the same note at once.
 */
export function councilNotesDue(facts: NotesFacts): NoteDue[] {
  const managers = managementTeamId(facts.roster, facts.teamIds);
  const implications = (facts.pooled?.groups ?? []).map((group) => ({
    topic: noteTopics.implications(group.id),
    teamIds: managers ? [managers] : [],
  }));
  const pairs = livePairs(facts.pairs ?? { pairs: [] }, facts.roster).map(({ pair, members }) => ({
    topic: noteTopics.pair(pair.id),
    teamIds: [...new Set(members.map((m) => m.teamId))],
  }));
  const discussions = facts.agenda
    .filter((item) => item.shows?.tablet === 'discussion')
    .flatMap((item) =>
      facts.teamIds.map((teamId) => ({ topic: noteTopics.discussion(item.id), teamIds: [teamId] })),
    );
  return [...implications, ...pairs, ...discussions];
}

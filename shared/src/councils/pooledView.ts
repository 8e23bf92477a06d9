import type { PoolScope, PooledState } from '../schema/councils.js';

/** One cabinet's headline priority as the document holds it. */
export interface CouncilPriorityText {
  id: string;
  teamId: string;
  headline: string;
  fit: string;
}

/** One wording of a pooled priority, with where it came from. */
export interface PooledWording extends CouncilPriorityText {
  /** The council it came from (POOL-1), or its team's name where the team is no council's. */
  from: string;
}

export interface PooledEntry {
  id: string;
  scope: PoolScope;
  wordings: PooledWording[];
  /** Every council (or team) its wordings came from, in the room's order, each once. */
  from: string[];
}

export interface PooledView {
  unsorted: PooledWording[];
  shared: PooledEntry[];
  /** One column per council (and per team of no council with a separate priority), in the room's order. */
  separate: { from: string; entries: PooledEntry[] }[];
}

export interface PooledFacts {
  teamCouncils: ReadonlyMap<string, string | null>;
  teamNames: ReadonlyMap<string, string>;
  /** The room's councils in order: each has a column of its own, even while empty. */
  councils: readonly string[];
}

/**
 * What the wall, the tablets and the console show of the pooling: the priorities not yet sorted,
 * the shared ones, and each council's own. A merged priority shows every wording with its council
 * (POOL-4); a priority gone from the document is left out (POOL-5).
 */
export function pooledView(
  state: PooledState,
  priorities: readonly CouncilPriorityText[],
  facts: PooledFacts,
): PooledView {
  const byId = new Map(priorities.map((p) => [p.id, p]));
  const from = (teamId: string) =>
    facts.teamCouncils.get(teamId) ?? facts.teamNames.get(teamId) ?? 'A task team';
  const wording = (p: CouncilPriorityText): PooledWording => ({ ...p, from: from(p.teamId) });
  const order = (names: string[]) => {
    const rank = (name: string) => {
      const at = facts.councils.indexOf(name);
      return at < 0 ? facts.councils.length : at;
    };
    return [...new Set(names)].sort((a, b) => rank(a) - rank(b));
  };
  const sorted = new Set<string>();
  const entries: PooledEntry[] = [];
  for (const group of state.groups) {
    const wordings = group.priorityIds.flatMap((id) => {
      const p = byId.get(id);
      return p ? [wording(p)] : [];
    });
    group.priorityIds.forEach((id) => sorted.add(id));
    if (wordings.length === 0) continue;
    entries.push({ id: group.id, scope: group.scope, wordings, from: order(wordings.map((w) => w.from)) });
  }
  const separateEntries = entries.filter((e) => e.scope === 'separate');
  const columns = order([...facts.councils, ...separateEntries.flatMap((e) => e.from)]);
  return {
    unsorted: priorities.filter((p) => !sorted.has(p.id)).map(wording),
    shared: entries.filter((e) => e.scope === 'shared'),
    separate: columns.map((name) => ({
      from: name,
      entries: separateEntries.filter((e) => e.from.includes(name)),
    })),
  };
}

import { accept, refuse, type Outcome } from '../result.js';
import type { PoolScope, PooledCommand, PooledGroup, PooledState } from '../schema/councils.js';

export const initialPooled = (): PooledState => ({ groups: [] });

/** A merge keeps at most this many wordings together: more is a list, not a duplicate. */
export const MAX_MERGED = 20;

/**
 * Applies the facilitator's sorting and merging (POOL-2 … POOL-5). `priorityIds` are the cabinets'
 * priorities in the document now: a command naming any other is refused in words.
 */
export function applyPooledCommand(
  state: PooledState,
  command: PooledCommand,
  priorityIds: readonly string[],
): Outcome<PooledState> {
  const missing = [command.priorityId, ...(command.type === 'merge' ? [command.intoId] : [])].find(
    (id) => !priorityIds.includes(id),
  );
  if (missing !== undefined) return notOnTheBoard();
  switch (command.type) {
    case 'sort':
      return accept(sort(state, command.priorityId, command.scope));
    case 'unsort': {
      if (!groupOf(state, command.priorityId))
        return refuse('not-sorted', 'That priority is not sorted yet, so there is nothing to take back.');
      return accept(withoutPriority(state, command.priorityId));
    }
    case 'merge':
      return merge(state, command.priorityId, command.intoId);
  }
}

export function groupOf(state: PooledState, priorityId: string): PooledGroup | undefined {
  return state.groups.find((g) => g.priorityIds.includes(priorityId));
}

const notOnTheBoard = () =>
  refuse('unknown-priority', 'That priority is not on the board: its cabinet may have removed it.');

function sort(state: PooledState, priorityId: string, scope: PoolScope): PooledState {
  const group = groupOf(state, priorityId);
  if (group) return replaceGroup(state, { ...group, scope });
  return { groups: [...state.groups, { id: freshId(state, priorityId), priorityIds: [priorityId], scope }] };
}

/** POOL-4: both wordings stay, each with its own council; the pooled priority is the one merged into. */
function merge(state: PooledState, priorityId: string, intoId: string): Outcome<PooledState> {
  if (priorityId === intoId) return refuse('same-priority', 'A priority cannot be merged with itself.');
  const from = groupOf(state, priorityId);
  const into = groupOf(state, intoId);
  if (from && from === into) return refuse('already-merged', 'Those two are already one pooled priority.');
  const moving = from?.priorityIds ?? [priorityId];
  const staying = into?.priorityIds ?? [intoId];
  if (moving.length + staying.length > MAX_MERGED)
    return refuse('merge-too-big', `A pooled priority keeps at most ${MAX_MERGED} wordings together.`);
  // A duplicate across the two councils is common to both: shared, unless the facilitator sorted either already.
  const scope = into?.scope ?? from?.scope ?? 'shared';
  const merged: PooledGroup = {
    id: into?.id ?? freshId(state, intoId),
    priorityIds: [...staying, ...moving],
    scope,
  };
  const others = state.groups.filter((g) => g !== from && g !== into);
  const at = into ? state.groups.indexOf(into) : state.groups.length;
  const groups = [...others];
  groups.splice(Math.min(at, others.length), 0, merged);
  return accept({ groups });
}

function withoutPriority(state: PooledState, priorityId: string): PooledState {
  const groups = state.groups
    .map((g) => ({ ...g, priorityIds: g.priorityIds.filter((id) => id !== priorityId) }))
    .filter((g) => g.priorityIds.length > 0);
  return { groups };
}

function replaceGroup(state: PooledState, group: PooledGroup): PooledState {
  return { groups: state.groups.map((g) => (g.id === group.id ? group : g)) };
}

/** A pooled priority is named after its first priority; once that name is taken, the next free one. */
function freshId(state: PooledState, base: string): string {
  const taken = new Set(state.groups.map((g) => g.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}~${n}`)) n++;
  return `${base}~${n}`;
}

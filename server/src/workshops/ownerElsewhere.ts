import { addressOf } from '../http/forwarding.js';
import type { LeaseStore } from '../store/storage.js';
import type { Ownership } from './ownership.js';

/** How long a looked-up owner is trusted: a workshop's connections arrive together, its moves are rare. */
const REMEMBER_MS = 1000;

/**
 * The node a workshop is live on, when that is another node this one can reach: the one to pass
 * its devices to. Null when this node has it, nobody has it (this node will take it), or the
 * owner has no address (a single node on SQLite).
 */
export function ownerElsewhere(
  ownership: Ownership,
  leases: LeaseStore,
  nowMs: () => number = Date.now,
): { find: (workshopId: string) => Promise<URL | null>; forget: (workshopId: string) => void } {
  const remembered = new Map<string, { nodeId: string | null; untilMs: number }>();
  // An owner that could not be reached is looked up afresh next time: it may have died.
  const forget = (workshopId: string) => void remembered.delete(workshopId);
  const find = async (workshopId: string) => {
    if (ownership.epochOf(workshopId) !== undefined) return null;
    let known = remembered.get(workshopId);
    if (!known || known.untilMs < nowMs()) {
      const lease = await leases.owner(workshopId);
      known = { nodeId: lease?.nodeId ?? null, untilMs: nowMs() + REMEMBER_MS };
      remembered.set(workshopId, known);
      if (remembered.size > 10_000) remembered.clear();
    }
    return known.nodeId && known.nodeId !== ownership.nodeId ? addressOf(known.nodeId) : null;
  };
  return { find, forget };
}

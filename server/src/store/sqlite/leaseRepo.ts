import type { Epoch, Lease, LeaseStore } from '../storage.js';
import type { Db } from './db.js';

/**
 * Leases in SQLite. The data folder's lock already makes one process the only node, so these
 * matter for the same fencing rules as PostgreSQL's, not for exclusion; expiry is this process's
 * clock, which is the database's clock here.
 */
export class SqliteLeaseStore implements LeaseStore {
  private readonly select;
  private readonly upsert;
  private readonly extend;
  private readonly expire;
  private readonly acquireTx;

  constructor(
    db: Db,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.select = db.prepare<[string], { owner: string; epoch: number; expires_at: number }>(
      'SELECT owner, epoch, expires_at FROM workshop_leases WHERE workshop_id = ?',
    );
    this.upsert = db.prepare(
      `INSERT INTO workshop_leases (workshop_id, owner, epoch, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id) DO UPDATE SET owner = excluded.owner, epoch = excluded.epoch,
       expires_at = excluded.expires_at`,
    );
    // A lease that lapsed while nobody took it is still its owner's tenure (no other epoch exists
    // to fence), so a node that stalled for a moment carries on; a released one (0) is not revived.
    this.extend = db.prepare(
      'UPDATE workshop_leases SET expires_at = ? WHERE workshop_id = ? AND owner = ? AND epoch = ? AND expires_at > 0',
    );
    this.expire = db.prepare(
      'UPDATE workshop_leases SET expires_at = 0 WHERE workshop_id = ? AND owner = ? AND epoch = ?',
    );
    this.acquireTx = db.transaction((workshopId: string, nodeId: string, ttlMs: number): Epoch | null => {
      const now = this.nowMs();
      const lease = this.select.get(workshopId);
      const live = lease !== undefined && lease.expires_at >= now;
      if (live && lease.owner !== nodeId) return null;
      // Renewing its own live lease keeps the epoch; any other taking is a new tenure.
      const epoch = live ? lease.epoch : (lease?.epoch ?? 0) + 1;
      this.upsert.run(workshopId, nodeId, epoch, now + ttlMs);
      return epoch;
    });
  }

  async acquire(workshopId: string, nodeId: string, ttlMs: number): Promise<Epoch | null> {
    return this.acquireTx(workshopId, nodeId, ttlMs);
  }

  async renew(nodeId: string, held: ReadonlyMap<string, Epoch>, ttlMs: number): Promise<string[]> {
    const now = this.nowMs();
    const lost = [...held].filter(
      ([workshopId, epoch]) => this.extend.run(now + ttlMs, workshopId, nodeId, epoch).changes === 0,
    );
    return lost.map(([workshopId]) => workshopId);
  }

  async release(workshopId: string, nodeId: string, epoch: Epoch): Promise<void> {
    this.expire.run(workshopId, nodeId, epoch);
  }

  async owner(workshopId: string): Promise<Lease | null> {
    const lease = this.select.get(workshopId);
    const live = lease !== undefined && lease.expires_at >= this.nowMs();
    return live ? { nodeId: lease.owner, epoch: lease.epoch } : null;
  }

  /** The current epoch of each workshop, read inside a writing transaction to fence it. */
  epochOf(workshopId: string): Epoch | undefined {
    return this.select.get(workshopId)?.epoch;
  }
}

import type pg from 'pg';
import { FencedError, type Epoch, type Lease, type LeaseStore } from '../storage.js';
import { rows, type Sql } from './pool.js';

// Every expiry is read against now(), the database's clock: nodes' clocks never decide who owns what.

/**
 * Free, expired, released or this node's own: renewing its own live lease keeps the epoch, any
 * other taking (another node's, or this node's again after it lapsed or was released) is a new
 * tenure with the next epoch, so nothing written under an earlier one can pass the fence.
 */
const ACQUIRE = `
  INSERT INTO workshop_leases AS l (workshop_id, owner, epoch, expires_at)
  VALUES ($1, $2, 1, now() + make_interval(secs => $3))
  ON CONFLICT (workshop_id) DO UPDATE
    SET owner = excluded.owner, expires_at = excluded.expires_at,
        epoch = CASE WHEN l.owner = excluded.owner AND l.expires_at > now() THEN l.epoch ELSE l.epoch + 1 END
    WHERE l.owner = excluded.owner OR l.expires_at <= now()
  RETURNING epoch`;

/**
 * One statement for all of a node's leases. A lease that lapsed while nobody took it is still this
 * node's tenure (no other epoch exists to fence), so a node that stalled for a moment carries on;
 * one taken by another node, or released, is lost.
 */
const RENEW = `
  UPDATE workshop_leases AS l SET expires_at = now() + make_interval(secs => $4)
  FROM unnest($2::text[], $3::bigint[]) AS held(workshop_id, epoch)
  WHERE l.workshop_id = held.workshop_id AND l.epoch = held.epoch AND l.owner = $1
    AND l.expires_at > '-infinity'
  RETURNING l.workshop_id`;

/** Expired at once; the row stays, so the next owner's epoch follows this one. */
const RELEASE = `
  UPDATE workshop_leases SET expires_at = '-infinity'
  WHERE workshop_id = $1 AND owner = $2 AND epoch = $3`;

const OWNER = 'SELECT owner, epoch FROM workshop_leases WHERE workshop_id = $1 AND expires_at > now()';

/**
 * The fencing check of a write made in a transaction: the lease still has the writer's epoch.
 * FOR SHARE holds the row until commit, so a takeover waits for this write instead of passing it.
 */
export async function holdLease(client: pg.PoolClient, workshopId: string, epoch: Epoch): Promise<void> {
  const held = await client.query(
    'SELECT 1 FROM workshop_leases WHERE workshop_id = $1 AND epoch = $2 FOR SHARE',
    [workshopId, epoch],
  );
  if (!held.rowCount) throw new FencedError(workshopId);
}

export class PostgresLeaseStore implements LeaseStore {
  constructor(private readonly sql: Sql) {}

  async acquire(workshopId: string, nodeId: string, ttlMs: number): Promise<Epoch | null> {
    const [row] = await rows<{ epoch: number }>(this.sql, ACQUIRE, [workshopId, nodeId, ttlMs / 1000]);
    return row?.epoch ?? null;
  }

  async renew(nodeId: string, held: ReadonlyMap<string, Epoch>, ttlMs: number): Promise<string[]> {
    if (held.size === 0) return [];
    const renewed = await rows<{ workshop_id: string }>(this.sql, RENEW, [
      nodeId,
      [...held.keys()],
      [...held.values()],
      ttlMs / 1000,
    ]);
    const kept = new Set(renewed.map((row) => row.workshop_id));
    return [...held.keys()].filter((workshopId) => !kept.has(workshopId));
  }

  async release(workshopId: string, nodeId: string, epoch: Epoch): Promise<void> {
    await this.sql.query(RELEASE, [workshopId, nodeId, epoch]);
  }

  async owner(workshopId: string): Promise<Lease | null> {
    const [row] = await rows<{ owner: string; epoch: number }>(this.sql, OWNER, [workshopId]);
    return row ? { nodeId: row.owner, epoch: row.epoch } : null;
  }
}

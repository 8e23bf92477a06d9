import type pg from 'pg';
import type { DocStore, Epoch, LoggedUpdate, StoredDoc } from '../storage.js';
import { holdLease } from './leases.js';
import { inTransaction, rows, type Sql } from './pool.js';

/**
 * The snapshot and the updates after it in one statement, so both come from the same moment: the
 * snapshot as the row with seq 0 (logged updates start at 1).
 */
const LOAD = `
  SELECT 0::bigint AS seq, snapshot AS data, upto_seq FROM doc_snapshots WHERE workshop_id = $1
  UNION ALL
  SELECT seq, data, NULL FROM doc_updates
  WHERE workshop_id = $1
    AND seq > coalesce((SELECT upto_seq FROM doc_snapshots WHERE workshop_id = $1), 0)
  ORDER BY seq`;

/**
 * One group commit, one statement (so one transaction) for every workshop in it. A row goes in only
 * while its epoch is still its workshop's lease; FOR SHARE makes a takeover running at the same time
 * wait for this commit, or, if the takeover committed first, re-reads its new epoch and drops ours.
 */
const APPEND = `
  WITH batch AS (
    SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bytea[]) AS b(workshop_id, seq, epoch, data)
  ), fenced AS (
    SELECT b.* FROM batch b JOIN workshop_leases l ON l.workshop_id = b.workshop_id AND l.epoch = b.epoch
    FOR SHARE OF l
  )
  INSERT INTO doc_updates (workshop_id, seq, epoch, data) SELECT workshop_id, seq, epoch, data FROM fenced
  RETURNING workshop_id, seq`;

const UPSERT_SNAPSHOT = `
  INSERT INTO doc_snapshots (workshop_id, snapshot, upto_seq, updated_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (workshop_id) DO UPDATE SET snapshot = excluded.snapshot, upto_seq = excluded.upto_seq,
    updated_at = excluded.updated_at`;

/** Logs with no live lease: what a node that stopped without writing out left behind. */
const ORPHANED = `
  SELECT DISTINCT u.workshop_id COLLATE "C" AS workshop_id FROM doc_updates u
  WHERE NOT EXISTS (
    SELECT 1 FROM workshop_leases l WHERE l.workshop_id = u.workshop_id AND l.expires_at > now()
  )
  ORDER BY 1`;

/** Writes a workshop's snapshot; the log up to `uptoSeq` is in it. Unfenced: the caller decides. */
export async function putSnapshot(
  sql: Sql,
  workshopId: string,
  snapshot: Uint8Array,
  uptoSeq: number,
  nowMs: number,
): Promise<void> {
  await sql.query(UPSERT_SNAPSHOT, [workshopId, snapshot, uptoSeq, nowMs]);
}

export class PostgresDocStore implements DocStore {
  constructor(private readonly pool: pg.Pool) {}

  async load(workshopId: string): Promise<StoredDoc> {
    const found = await rows<{ seq: number; data: Buffer; upto_seq: number | null }>(this.pool, LOAD, [
      workshopId,
    ]);
    const snapshotRow = found[0]?.upto_seq != null ? found[0] : undefined;
    const updateRows = snapshotRow ? found.slice(1) : found;
    const snapshot = snapshotRow ? new Uint8Array(snapshotRow.data) : null;
    const updates = updateRows.map((row) => new Uint8Array(row.data));
    const storedBytes = updates.reduce((sum, u) => sum + u.byteLength, snapshot?.byteLength ?? 0);
    const lastSeq = updateRows.at(-1)?.seq ?? snapshotRow?.upto_seq ?? 0;
    return { snapshot, updates, lastSeq, storedBytes };
  }

  async append(batch: readonly LoggedUpdate[]): Promise<{ fenced: ReadonlySet<string> }> {
    if (batch.length === 0) return { fenced: new Set() };
    const inserted = await rows<{ workshop_id: string; seq: number }>(this.pool, APPEND, [
      batch.map((u) => u.workshopId),
      batch.map((u) => u.seq),
      batch.map((u) => u.epoch),
      batch.map((u) => u.data),
    ]);
    const kept = new Set(inserted.map((row) => `${row.workshop_id}\u0000${row.seq}`));
    const refused = batch.filter((u) => !kept.has(`${u.workshopId}\u0000${u.seq}`));
    return { fenced: new Set(refused.map((u) => u.workshopId)) };
  }

  async compact(
    workshopId: string,
    epoch: Epoch,
    snapshot: Uint8Array,
    uptoSeq: number,
    nowMs: number,
  ): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await holdLease(client, workshopId, epoch);
      await putSnapshot(client, workshopId, snapshot, uptoSeq, nowMs);
      await client.query('DELETE FROM doc_updates WHERE workshop_id = $1 AND seq <= $2', [
        workshopId,
        uptoSeq,
      ]);
    });
  }

  async orphanedLogs(): Promise<string[]> {
    return (await rows<{ workshop_id: string }>(this.pool, ORPHANED)).map((row) => row.workshop_id);
  }
}

import { FencedError, type DocStore, type Epoch, type LoggedUpdate, type StoredDoc } from '../storage.js';
import type { Db } from './db.js';
import type { SqliteLeaseStore } from './leaseRepo.js';

export class SqliteDocStore implements DocStore {
  private readonly selectSnapshot;
  private readonly selectUpdates;
  private readonly insertUpdate;
  private readonly upsertSnapshot;
  private readonly deleteUpdates;
  private readonly selectOrphaned;
  private readonly appendTx;
  private readonly compactTx;

  constructor(
    db: Db,
    private readonly leases: SqliteLeaseStore,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.selectSnapshot = db.prepare<[string], { snapshot: Buffer; upto_seq: number }>(
      'SELECT snapshot, upto_seq FROM doc_snapshots WHERE workshop_id = ?',
    );
    this.selectUpdates = db.prepare<[string, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE workshop_id = ? AND seq > ? ORDER BY seq',
    );
    this.insertUpdate = db.prepare(
      'INSERT INTO doc_updates (workshop_id, seq, epoch, data) VALUES (?, ?, ?, ?)',
    );
    this.upsertSnapshot = db.prepare(
      `INSERT INTO doc_snapshots (workshop_id, snapshot, upto_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id) DO UPDATE SET snapshot = excluded.snapshot, upto_seq = excluded.upto_seq,
       updated_at = excluded.updated_at`,
    );
    this.deleteUpdates = db.prepare('DELETE FROM doc_updates WHERE workshop_id = ? AND seq <= ?');
    this.selectOrphaned = db.prepare<[number], { workshop_id: string }>(
      `SELECT DISTINCT u.workshop_id FROM doc_updates u
       LEFT JOIN workshop_leases l ON l.workshop_id = u.workshop_id AND l.expires_at >= ?
       WHERE l.workshop_id IS NULL`,
    );
    this.appendTx = db.transaction((batch: readonly LoggedUpdate[]) => {
      const fenced = new Set<string>();
      for (const u of batch) {
        if (fenced.has(u.workshopId)) continue;
        if (this.leases.epochOf(u.workshopId) !== u.epoch) fenced.add(u.workshopId);
        else this.insertUpdate.run(u.workshopId, u.seq, u.epoch, u.data);
      }
      return fenced;
    });
    this.compactTx = db.transaction(
      (workshopId: string, epoch: Epoch | null, snapshot: Uint8Array, uptoSeq: number, atMs: number) => {
        if (epoch !== null && this.leases.epochOf(workshopId) !== epoch) throw new FencedError(workshopId);
        this.upsertSnapshot.run(workshopId, snapshot, uptoSeq, atMs);
        this.deleteUpdates.run(workshopId, uptoSeq);
      },
    );
  }

  async load(workshopId: string): Promise<StoredDoc> {
    const snap = this.selectSnapshot.get(workshopId);
    const afterSeq = snap?.upto_seq ?? 0;
    const rows = this.selectUpdates.all(workshopId, afterSeq);
    const updates = rows.map((row) => new Uint8Array(row.data));
    const snapshot = snap ? new Uint8Array(snap.snapshot) : null;
    const storedBytes = updates.reduce((sum, u) => sum + u.byteLength, snapshot?.byteLength ?? 0);
    return { snapshot, updates, lastSeq: rows.at(-1)?.seq ?? afterSeq, storedBytes };
  }

  async append(batch: readonly LoggedUpdate[]): Promise<{ fenced: ReadonlySet<string> }> {
    return { fenced: this.appendTx(batch) };
  }

  async compact(
    workshopId: string,
    epoch: Epoch,
    snapshot: Uint8Array,
    uptoSeq: number,
    nowMs: number,
  ): Promise<void> {
    this.compactTx(workshopId, epoch, snapshot, uptoSeq, nowMs);
  }

  /** A restored workshop's first snapshot: nobody owns it yet, so nothing to fence. */
  writeFirstSnapshot(workshopId: string, snapshot: Uint8Array, nowMs: number): void {
    this.compactTx(workshopId, null, snapshot, 0, nowMs);
  }

  async orphanedLogs(): Promise<string[]> {
    return this.selectOrphaned.all(this.nowMs()).map((row) => row.workshop_id);
  }
}

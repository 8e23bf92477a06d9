import type { Db } from './db.js';

/** What storage holds of one workshop's document: the last snapshot and the updates logged since. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  lastSeq: number;
  /** Bytes of the snapshot plus every update since: what the next compaction starts from. */
  storedBytes: number;
}

export interface LoggedUpdate {
  workshopId: string;
  /** Numbered by the workshop's room, one more than the last logged update of that workshop. */
  seq: number;
  data: Uint8Array;
}

/**
 * The update log and snapshots. Kept behind this interface so that another store (PostgreSQL,
 * for several nodes) is a new adapter, not a rewrite.
 */
export interface DocStore {
  load(workshopId: string): StoredDoc;
  /** Appends in one transaction, in order. */
  append(batch: readonly LoggedUpdate[]): void;
  /** Replaces the snapshot and drops the updates it already contains (seq ≤ uptoSeq). */
  compact(workshopId: string, snapshot: Uint8Array, uptoSeq: number, nowMs: number): void;
  /** Workshops with updates logged since their last snapshot. */
  workshopsWithLog(): string[];
}

export class SqliteDocStore implements DocStore {
  private readonly selectSnapshot;
  private readonly selectUpdates;
  private readonly insertUpdate;
  private readonly upsertSnapshot;
  private readonly deleteUpdates;
  private readonly selectLogged;
  private readonly appendAll;
  private readonly compactTx;

  constructor(db: Db) {
    this.selectSnapshot = db.prepare<[string], { snapshot: Buffer; upto_seq: number }>(
      'SELECT snapshot, upto_seq FROM doc_snapshots WHERE workshop_id = ?',
    );
    this.selectUpdates = db.prepare<[string, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE workshop_id = ? AND seq > ? ORDER BY seq',
    );
    this.insertUpdate = db.prepare('INSERT INTO doc_updates (workshop_id, seq, data) VALUES (?, ?, ?)');
    this.upsertSnapshot = db.prepare(
      `INSERT INTO doc_snapshots (workshop_id, snapshot, upto_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id) DO UPDATE SET snapshot = excluded.snapshot, upto_seq = excluded.upto_seq,
       updated_at = excluded.updated_at`,
    );
    this.deleteUpdates = db.prepare('DELETE FROM doc_updates WHERE workshop_id = ? AND seq <= ?');
    this.selectLogged = db.prepare<[], { workshop_id: string }>(
      'SELECT DISTINCT workshop_id FROM doc_updates',
    );
    this.appendAll = db.transaction((batch: readonly LoggedUpdate[]) => {
      for (const u of batch) this.insertUpdate.run(u.workshopId, u.seq, u.data);
    });
    this.compactTx = db.transaction(
      (workshopId: string, snapshot: Uint8Array, uptoSeq: number, nowMs: number) => {
        this.upsertSnapshot.run(workshopId, snapshot, uptoSeq, nowMs);
        this.deleteUpdates.run(workshopId, uptoSeq);
      },
    );
  }

  load(workshopId: string): StoredDoc {
    const snap = this.selectSnapshot.get(workshopId);
    const afterSeq = snap?.upto_seq ?? 0;
    const rows = this.selectUpdates.all(workshopId, afterSeq);
    const updates = rows.map((row) => new Uint8Array(row.data));
    const snapshot = snap ? new Uint8Array(snap.snapshot) : null;
    const storedBytes = updates.reduce((sum, u) => sum + u.byteLength, snapshot?.byteLength ?? 0);
    return { snapshot, updates, lastSeq: rows.at(-1)?.seq ?? afterSeq, storedBytes };
  }

  append(batch: readonly LoggedUpdate[]): void {
    this.appendAll(batch);
  }

  compact(workshopId: string, snapshot: Uint8Array, uptoSeq: number, nowMs: number): void {
    this.compactTx(workshopId, snapshot, uptoSeq, nowMs);
  }

  workshopsWithLog(): string[] {
    return this.selectLogged.all().map((row) => row.workshop_id);
  }
}

import { FencedError, type Epoch } from '../storage.js';
import type { Db } from './db.js';
import type { SqliteLeaseStore } from './leaseRepo.js';

export class ControlRepo {
  private readonly select;
  private readonly upsert;
  private readonly insertUnreadable;

  constructor(
    db: Db,
    private readonly leases: SqliteLeaseStore,
  ) {
    this.select = db.prepare<[string], { state: string }>(
      'SELECT state FROM control_states WHERE workshop_id = ?',
    );
    this.upsert = db.prepare(
      `INSERT INTO control_states (workshop_id, state) VALUES (?, ?)
       ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`,
    );
    this.insertUnreadable = db.prepare(
      `INSERT INTO control_states_unreadable (workshop_id, state, kept_at)
       SELECT workshop_id, state, ? FROM control_states WHERE workshop_id = ?`,
    );
  }

  /** The stored JSON, parsed but not yet validated: the caller owns the shape. Text that is not JSON comes back as the string. */
  load(workshopId: string): unknown {
    const row = this.select.get(workshopId);
    if (!row) return undefined;
    try {
      return JSON.parse(row.state) as unknown;
    } catch {
      return row.state;
    }
  }

  /** Only the owner saves: refused once another node's lease has a newer epoch. Null: not owned (a restore). */
  save(workshopId: string, epoch: Epoch | null, state: unknown): void {
    if (epoch !== null && this.leases.epochOf(workshopId) !== epoch) throw new FencedError(workshopId);
    this.upsert.run(workshopId, JSON.stringify(state));
  }

  /** Copies the stored row, byte for byte, to where it survives the next save: for someone to recover by hand. */
  keepUnreadable(workshopId: string, nowMs: number): void {
    this.insertUnreadable.run(nowMs, workshopId);
  }
}

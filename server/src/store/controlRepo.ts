import type { Db } from './db.js';

export class ControlRepo {
  private readonly select;
  private readonly upsert;
  private readonly insertUnreadable;

  constructor(db: Db) {
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

  save(workshopId: string, state: unknown): void {
    this.upsert.run(workshopId, JSON.stringify(state));
  }

  /** Copies the stored row, byte for byte, to where it survives the next save: for someone to recover by hand. */
  keepUnreadable(workshopId: string, nowMs: number): void {
    this.insertUnreadable.run(nowMs, workshopId);
  }
}

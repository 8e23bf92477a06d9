import type { Db } from './db.js';

export class ControlRepo {
  private readonly select;
  private readonly upsert;

  constructor(db: Db) {
    this.select = db.prepare<[string], { state: string }>(
      'SELECT state FROM control_states WHERE workshop_id = ?',
    );
    this.upsert = db.prepare(
      `INSERT INTO control_states (workshop_id, state) VALUES (?, ?)
       ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`,
    );
  }

  /** The stored JSON, parsed but not yet validated: the caller owns the shape. */
  load(workshopId: string): unknown {
    const row = this.select.get(workshopId);
    return row ? (JSON.parse(row.state) as unknown) : undefined;
  }

  save(workshopId: string, state: unknown): void {
    this.upsert.run(workshopId, JSON.stringify(state));
  }
}

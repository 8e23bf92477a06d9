import { FencedError, type ControlStore, type Epoch } from '../storage.js';
import { rows, type Sql } from './pool.js';

/**
 * Fenced in one statement, on the path of every control command: no row comes back once another
 * node holds the workshop's lease. FOR SHARE keeps a takeover waiting until this save commits.
 */
const SAVE_FENCED = `
  WITH lease AS (SELECT 1 FROM workshop_leases WHERE workshop_id = $1 AND epoch = $2 FOR SHARE)
  INSERT INTO control_states (workshop_id, state) SELECT $1, $3 FROM lease
  ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state
  RETURNING 1`;

const UPSERT = `
  INSERT INTO control_states (workshop_id, state) VALUES ($1, $2)
  ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`;

/** Writes the control state as JSON text. Unfenced: for a restore, which no node owns yet. */
export async function putControl(sql: Sql, workshopId: string, state: unknown): Promise<void> {
  await sql.query(UPSERT, [workshopId, JSON.stringify(state)]);
}

export class PostgresControlStore implements ControlStore {
  constructor(private readonly sql: Sql) {}

  async load(workshopId: string): Promise<unknown> {
    const [row] = await rows<{ state: string }>(
      this.sql,
      'SELECT state FROM control_states WHERE workshop_id = $1',
      [workshopId],
    );
    if (!row) return undefined;
    try {
      return JSON.parse(row.state) as unknown;
    } catch {
      return row.state;
    }
  }

  async save(workshopId: string, epoch: Epoch, state: unknown): Promise<void> {
    const saved = await rows(this.sql, SAVE_FENCED, [workshopId, epoch, JSON.stringify(state)]);
    if (saved.length === 0) throw new FencedError(workshopId);
  }

  async keepUnreadable(workshopId: string, nowMs: number): Promise<void> {
    await this.sql.query(
      `INSERT INTO control_states_unreadable (workshop_id, state, kept_at)
       SELECT workshop_id, state, $2 FROM control_states WHERE workshop_id = $1`,
      [workshopId, nowMs],
    );
  }
}

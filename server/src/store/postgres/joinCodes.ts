import type { JoinCode, JoinCodeStore } from '../storage.js';
import { changed, rows, type Sql } from './pool.js';

interface Row {
  code: string;
  workshop_id: string;
  team_id: string;
}

const toCode = (row: Row): JoinCode => ({ code: row.code, workshopId: row.workshop_id, teamId: row.team_id });

const ACTIVE = 'SELECT code, workshop_id, team_id FROM join_codes WHERE revoked_at IS NULL';

export class PostgresJoinCodeStore implements JoinCodeStore {
  constructor(private readonly sql: Sql) {}

  async create(code: JoinCode, nowMs: number): Promise<void> {
    await this.sql.query(
      'INSERT INTO join_codes (code, workshop_id, team_id, created_at) VALUES ($1, $2, $3, $4)',
      [code.code, code.workshopId, code.teamId, nowMs],
    );
  }

  async findActive(code: string): Promise<JoinCode | undefined> {
    const [row] = await rows<Row>(this.sql, `${ACTIVE} AND code = $1`, [code]);
    return row && toCode(row);
  }

  async activeForTeam(workshopId: string, teamId: string): Promise<JoinCode | undefined> {
    const [row] = await rows<Row>(this.sql, `${ACTIVE} AND workshop_id = $1 AND team_id = $2`, [
      workshopId,
      teamId,
    ]);
    return row && toCode(row);
  }

  async activeForWorkshop(workshopId: string): Promise<JoinCode[]> {
    // Team ids compare byte by byte, as in SQLite, whatever the database's own collation.
    const active = await rows<Row>(this.sql, `${ACTIVE} AND workshop_id = $1 ORDER BY team_id COLLATE "C"`, [
      workshopId,
    ]);
    return active.map(toCode);
  }

  async revoke(workshopId: string, code: string, nowMs: number): Promise<boolean> {
    const revoked = await changed(
      this.sql,
      'UPDATE join_codes SET revoked_at = $1 WHERE code = $2 AND workshop_id = $3 AND revoked_at IS NULL',
      [nowMs, code, workshopId],
    );
    return revoked > 0;
  }
}

import type { JoinCode } from '../storage.js';
import type { Db } from './db.js';

interface Row {
  code: string;
  workshop_id: string;
  team_id: string;
}

const toCode = (row: Row): JoinCode => ({ code: row.code, workshopId: row.workshop_id, teamId: row.team_id });

/** Short codes a tablet types to join a task team; the facilitator can revoke them. */
export class JoinCodeRepo {
  private readonly insert;
  private readonly selectActive;
  private readonly selectForTeam;
  private readonly selectForWorkshop;
  private readonly revokeCode;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO join_codes (code, workshop_id, team_id, created_at) VALUES (?, ?, ?, ?)',
    );
    this.selectActive = db.prepare<[string], Row>(
      'SELECT code, workshop_id, team_id FROM join_codes WHERE code = ? AND revoked_at IS NULL',
    );
    this.selectForTeam = db.prepare<[string, string], Row>(
      'SELECT code, workshop_id, team_id FROM join_codes WHERE workshop_id = ? AND team_id = ? AND revoked_at IS NULL',
    );
    this.selectForWorkshop = db.prepare<[string], Row>(
      'SELECT code, workshop_id, team_id FROM join_codes WHERE workshop_id = ? AND revoked_at IS NULL ORDER BY team_id',
    );
    this.revokeCode = db.prepare(
      'UPDATE join_codes SET revoked_at = ? WHERE code = ? AND workshop_id = ? AND revoked_at IS NULL',
    );
  }

  create(code: JoinCode, nowMs: number): void {
    this.insert.run(code.code, code.workshopId, code.teamId, nowMs);
  }

  findActive(code: string): JoinCode | undefined {
    const row = this.selectActive.get(code);
    return row && toCode(row);
  }

  activeForTeam(workshopId: string, teamId: string): JoinCode | undefined {
    const row = this.selectForTeam.get(workshopId, teamId);
    return row && toCode(row);
  }

  activeForWorkshop(workshopId: string): JoinCode[] {
    return this.selectForWorkshop.all(workshopId).map(toCode);
  }

  /** True when an active code of that workshop was revoked. */
  revoke(workshopId: string, code: string, nowMs: number): boolean {
    return this.revokeCode.run(nowMs, code, workshopId).changes > 0;
  }
}

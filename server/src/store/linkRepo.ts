import type { Role } from '../../../shared/src/index.js';
import type { Db } from './db.js';

/** A link into a workshop: what a token grants. The token itself is never stored, only its hash. */
export interface Link {
  id: string;
  workshopId: string;
  role: Role;
  teamId: string | null;
  name: string | null;
}

interface LinkRow {
  id: string;
  workshop_id: string;
  role: Role;
  team_id: string | null;
  name: string | null;
}

export class LinkRepo {
  private readonly insert;
  private readonly selectByHash;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO links (id, token_hash, workshop_id, role, team_id, name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.selectByHash = db.prepare<[string], LinkRow>(
      'SELECT id, workshop_id, role, team_id, name FROM links WHERE token_hash = ? AND revoked_at IS NULL',
    );
  }

  create(link: Link, tokenHash: string, createdAtMs: number): void {
    this.insert.run(link.id, tokenHash, link.workshopId, link.role, link.teamId, link.name, createdAtMs);
  }

  findByTokenHash(tokenHash: string): Link | undefined {
    const row = this.selectByHash.get(tokenHash);
    return (
      row && { id: row.id, workshopId: row.workshop_id, role: row.role, teamId: row.team_id, name: row.name }
    );
  }
}

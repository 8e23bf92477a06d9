import type { Link, LinkRecord, LinkStore } from '../storage.js';
import { changed, rows, type Sql } from './pool.js';
import { linkOf, linkRecordOf, SEEN_RESOLUTION_MS, type LinkRow } from '../rows.js';

const INSERT = `
  INSERT INTO links (id, token_hash, workshop_id, role, team_id, name, join_code, witness_id, created_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

// Ids compare byte by byte, as in SQLite, whatever the database's own collation.
const FOR_WORKSHOP = 'SELECT * FROM links WHERE workshop_id = $1 ORDER BY created_at, id COLLATE "C"';

export async function insertLink(
  sql: Sql,
  link: Link,
  tokenHash: string,
  createdAtMs: number,
): Promise<void> {
  const { id, workshopId, role, teamId, name, joinCode = null, witnessId = null } = link;
  await sql.query(INSERT, [id, tokenHash, workshopId, role, teamId, name, joinCode, witnessId, createdAtMs]);
}

export class PostgresLinkStore implements LinkStore {
  constructor(private readonly sql: Sql) {}

  async create(link: Link, tokenHash: string, createdAtMs: number): Promise<void> {
    await insertLink(this.sql, link, tokenHash, createdAtMs);
  }

  async findByTokenHash(tokenHash: string): Promise<Link | undefined> {
    const [row] = await rows<LinkRow>(
      this.sql,
      'SELECT * FROM links WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
    return row && linkOf(row);
  }

  async seen(linkId: string, nowMs: number): Promise<void> {
    await this.sql.query(
      'UPDATE links SET last_seen_at = $1 WHERE id = $2 AND (last_seen_at IS NULL OR last_seen_at < $3)',
      [nowMs, linkId, nowMs - SEEN_RESOLUTION_MS],
    );
  }

  async forWorkshop(workshopId: string): Promise<LinkRecord[]> {
    return (await rows<LinkRow>(this.sql, FOR_WORKSHOP, [workshopId])).map(linkRecordOf);
  }

  async activeFromJoinCode(workshopId: string, joinCode: string): Promise<string[]> {
    const active = await rows<{ id: string }>(
      this.sql,
      `SELECT id FROM links WHERE workshop_id = $1 AND join_code = $2 AND revoked_at IS NULL
       ORDER BY created_at, id COLLATE "C"`,
      [workshopId, joinCode],
    );
    return active.map((row) => row.id);
  }

  async revoke(workshopId: string, linkId: string, nowMs: number): Promise<boolean> {
    const revoked = await changed(
      this.sql,
      'UPDATE links SET revoked_at = $1 WHERE id = $2 AND workshop_id = $3 AND revoked_at IS NULL',
      [nowMs, linkId, workshopId],
    );
    return revoked > 0;
  }
}

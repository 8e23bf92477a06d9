import type { Link, LinkRecord } from '../storage.js';
import type { Db } from './db.js';
import { linkOf, linkRecordOf, SEEN_RESOLUTION_MS, type LinkRow } from '../rows.js';

export class LinkRepo {
  private readonly insert;
  private readonly selectByHash;
  private readonly selectForWorkshop;
  private readonly updateSeen;
  private readonly updateRevoked;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO links (id, token_hash, workshop_id, role, team_id, name, join_code, witness_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.selectByHash = db.prepare<[string], LinkRow>(
      'SELECT * FROM links WHERE token_hash = ? AND revoked_at IS NULL',
    );
    this.selectForWorkshop = db.prepare<[string], LinkRow>(
      'SELECT * FROM links WHERE workshop_id = ? ORDER BY created_at, id',
    );
    this.updateSeen = db.prepare(
      'UPDATE links SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)',
    );
    this.updateRevoked = db.prepare(
      'UPDATE links SET revoked_at = ? WHERE id = ? AND workshop_id = ? AND revoked_at IS NULL',
    );
  }

  create(link: Link, tokenHash: string, createdAtMs: number): void {
    const { id, workshopId, role, teamId, name, joinCode = null, witnessId = null } = link;
    this.insert.run(id, tokenHash, workshopId, role, teamId, name, joinCode, witnessId, createdAtMs);
  }

  findByTokenHash(tokenHash: string): Link | undefined {
    const row = this.selectByHash.get(tokenHash);
    return row && linkOf(row);
  }

  /** Notes that a link was used now. */
  seen(linkId: string, nowMs: number): void {
    this.updateSeen.run(nowMs, linkId, nowMs - SEEN_RESOLUTION_MS);
  }

  forWorkshop(workshopId: string): LinkRecord[] {
    return this.selectForWorkshop.all(workshopId).map(linkRecordOf);
  }

  /** The active links made with a join code. */
  activeFromJoinCode(workshopId: string, joinCode: string): string[] {
    return this.forWorkshop(workshopId)
      .filter((link) => link.joinCode === joinCode && link.revokedAtMs === null)
      .map((link) => link.id);
  }

  /** True when an active link of that workshop was revoked. */
  revoke(workshopId: string, linkId: string, nowMs: number): boolean {
    return this.updateRevoked.run(nowMs, linkId, workshopId).changes > 0;
  }
}

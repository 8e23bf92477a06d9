import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export type Durability = 'normal' | 'full';

/** Each step brings the schema one version forward; applied in order, once, inside a transaction. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE workshops (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     template_id TEXT NOT NULL,
     agenda TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE teams (
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     id TEXT NOT NULL,
     name TEXT NOT NULL,
     position INTEGER NOT NULL,
     PRIMARY KEY (workshop_id, id)
   );
   CREATE TABLE links (
     id TEXT PRIMARY KEY,
     token_hash TEXT NOT NULL UNIQUE,
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     role TEXT NOT NULL,
     team_id TEXT,
     name TEXT,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   CREATE TABLE doc_snapshots (
     workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
     snapshot BLOB NOT NULL,
     upto_seq INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE doc_updates (
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     seq INTEGER NOT NULL,
     data BLOB NOT NULL,
     PRIMARY KEY (workshop_id, seq)
   ) WITHOUT ROWID;
   CREATE TABLE control_states (
     workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
     state TEXT NOT NULL
   );`,
  `CREATE TABLE join_codes (
     code TEXT PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     team_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   CREATE INDEX join_codes_by_workshop ON join_codes (workshop_id, team_id);`,
  // The update log in arrival order. Each commit now adds its row at the end of one B-tree, which
  // SQLite does without rebalancing; clustered by workshop, a quarter of commits rewrote three or
  // four pages. Loading or compacting a workshop scans the log, but the log only holds what loaded
  // workshops changed since their last snapshot (each is compacted by 500 updates and on unload;
  // what a crash leaves is written out at start-up).
  // Sequence numbers are unique per workshop because its room alone assigns them, in order.
  `CREATE TABLE doc_log (
     id INTEGER PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     seq INTEGER NOT NULL,
     data BLOB NOT NULL
   );
   INSERT INTO doc_log (workshop_id, seq, data)
     SELECT workshop_id, seq, data FROM doc_updates ORDER BY workshop_id, seq;
   DROP TABLE doc_updates;
   ALTER TABLE doc_log RENAME TO doc_updates;`,
  // A stored control state that could not be read is copied here before it is overwritten.
  `CREATE TABLE control_states_unreadable (
     id INTEGER PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     state TEXT NOT NULL,
     kept_at INTEGER NOT NULL
   );`,
  // When each link was last used, for the facilitator's list of links.
  `ALTER TABLE links ADD COLUMN last_seen_at INTEGER;
   CREATE INDEX links_by_workshop ON links (workshop_id);`,
  // The join code a team link was made with, so revoking the code can disconnect its tablets.
  `ALTER TABLE links ADD COLUMN join_code TEXT;`,
  // The earlier workshop of its series a workshop was started from, for what it carries forward.
  `ALTER TABLE workshops ADD COLUMN follows TEXT REFERENCES workshops(id);
   CREATE INDEX workshops_by_follows ON workshops (follows);`,
  // The workshop's position paper, kept outside its document: written text, or a PDF's bytes.
  `CREATE TABLE position_papers (
     workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
     kind TEXT NOT NULL CHECK (kind IN ('written', 'pdf')),
     text TEXT,
     pdf BLOB,
     file_name TEXT,
     bytes INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );`,
  // The witness a witness link belongs to (PERM-22).
  `ALTER TABLE links ADD COLUMN witness_id TEXT;`,
  // Which node owns each live workshop, and the epoch every write of the owner carries: the same
  // rules as with PostgreSQL, so one contract suite tests both (one node holds them all here).
  `CREATE TABLE workshop_leases (
     workshop_id TEXT PRIMARY KEY,
     owner TEXT NOT NULL,
     epoch INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   ALTER TABLE doc_updates ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0;`,
];

/**
 * Opens (and creates or migrates) the database in `dataDir`. WAL lets readers run beside the one
 * writer. With `normal` durability a commit survives the process being killed (the WAL is written
 * before the commit returns) but not a power cut; `full` also fsyncs every commit.
 */
export function openDatabase(dataDir: string, durability: Durability = 'normal'): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(databaseFile(dataDir));
  db.pragma('journal_mode = WAL');
  // Checkpoints run in the Checkpointer's worker, never inside a commit on the event loop.
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'challenge-board.sqlite');
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((sql, offset) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}

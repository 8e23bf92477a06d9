import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export type Durability = 'normal' | 'full';

/** Each step brings the schema one version forward; applied in order, once, inside a transaction. */
const migrations: readonly string[] = [
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
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     workshop_id TEXT NOT NULL REFERENCES workshops(id),
     data BLOB NOT NULL
   );
   CREATE INDEX doc_updates_by_workshop ON doc_updates (workshop_id, seq);
   CREATE TABLE control_states (
     workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
     state TEXT NOT NULL
   );`,
];

/**
 * Opens (and creates or migrates) the database in `dataDir`. WAL lets readers run beside the one
 * writer. With `normal` durability a commit survives the process being killed (the WAL is written
 * before the commit returns) but not a power cut; `full` also fsyncs every commit.
 */
export function openDatabase(dataDir: string, durability: Durability = 'normal'): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'challenge-board.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  migrations.slice(current).forEach((sql, offset) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}

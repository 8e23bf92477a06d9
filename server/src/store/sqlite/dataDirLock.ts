import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface DataDirLock {
  release(): void;
}

/**
 * Claims the data folder for this process. Two servers on one folder would each load their own
 * copy of a workshop and write its update log side by side, so a second server refuses to start.
 * The lock is SQLite's own file lock on a small file beside the database: the operating system
 * drops it when the process ends, however it ends, so a crash never leaves the folder locked.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = new Database(path.join(dataDir, 'server.lock'), { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch {
    lock.close();
    throw new Error(
      `Another Challenge Board server is using the data folder ${path.resolve(dataDir)}. Stop it, or give this server its own DATA_DIR.`,
    );
  }
  return {
    release() {
      lock.exec('ROLLBACK');
      lock.close();
    },
  };
}

import fs from 'node:fs/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStorage } from '../../server/src/store/postgres/postgresStorage.js';
import type { Storage } from '../../server/src/store/storage.js';
import { databaseFile } from '../../server/src/store/sqlite/db.js';
import { openSqliteStorage } from '../../server/src/store/sqlite/sqliteStorage.js';
import { freshDatabase } from './postgres.js';
import { tempDataDir } from './server.js';

/** Where one engine keeps a store: empty at first, opened as often as a test likes. */
export interface StoragePlace {
  open(): Promise<Storage>;
  /** Writes a control row's text as it is, as a damaged or older version might have left it. */
  writeControlText(workshopId: string, text: string): Promise<void>;
  /** The rows `keepUnreadable` kept for someone to recover by hand, oldest first. */
  keptUnreadable(workshopId: string): Promise<string[]>;
  /** Closes every store opened here and removes the place. */
  dispose(): Promise<void>;
}

export interface StorageEngine {
  name: Storage['engine'];
  place(): Promise<StoragePlace>;
}

/** Every store a place opened is closed once at the end, whether or not the test closed it first. */
function tracked(
  open: () => Promise<Storage>,
  remove: () => Promise<void>,
  raw: Pick<StoragePlace, 'writeControlText' | 'keptUnreadable'>,
): StoragePlace {
  const opened: Storage[] = [];
  return {
    ...raw,
    async open() {
      const storage = await open();
      opened.push(storage);
      return storage;
    },
    async dispose() {
      await Promise.all(
        opened.map((storage) =>
          Promise.resolve()
            .then(() => storage.close())
            .catch(() => undefined),
        ),
      );
      await remove();
    },
  };
}

export const postgresEngine: StorageEngine = {
  name: 'postgres',
  async place() {
    const database = await freshDatabase();
    const query = async (text: string, values: unknown[]) => {
      const client = new pg.Client({ connectionString: database.url });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return (await client.query<{ state: string }>(text, values)).rows;
      } finally {
        await client.end();
      }
    };
    return tracked(() => openPostgresStorage({ databaseUrl: database.url, poolSize: 4 }), database.drop, {
      async writeControlText(workshopId, text) {
        await query(
          `INSERT INTO control_states (workshop_id, state) VALUES ($1, $2)
           ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`,
          [workshopId, text],
        );
      },
      async keptUnreadable(workshopId) {
        const kept = await query(
          'SELECT state FROM control_states_unreadable WHERE workshop_id = $1 ORDER BY id',
          [workshopId],
        );
        return kept.map((row) => row.state);
      },
    });
  },
};

export const sqliteEngine: StorageEngine = {
  name: 'sqlite',
  async place() {
    const dataDir = tempDataDir();
    // A second connection to the same file, beside the store's own (WAL lets both in).
    const sql = <Row>(work: (db: Database.Database) => Row): Row => {
      const db = new Database(databaseFile(dataDir));
      try {
        return work(db);
      } finally {
        db.close();
      }
    };
    return tracked(
      async () => openSqliteStorage({ dataDir }),
      () => fs.rm(dataDir, { recursive: true, force: true }),
      {
        async writeControlText(workshopId, text) {
          sql((db) =>
            db
              .prepare(
                `INSERT INTO control_states (workshop_id, state) VALUES (?, ?)
                 ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`,
              )
              .run(workshopId, text),
          );
        },
        async keptUnreadable(workshopId) {
          const kept = sql((db) =>
            db
              .prepare<[string], { state: string }>(
                'SELECT state FROM control_states_unreadable WHERE workshop_id = ? ORDER BY id',
              )
              .all(workshopId),
          );
          return kept.map((row) => row.state);
        },
      },
    );
  },
};

export const storageEngines: StorageEngine[] = [sqliteEngine, postgresEngine];

import type { Storage } from '../storage.js';
import { PostgresControlStore } from './control.js';
import { PostgresDocStore } from './docs.js';
import { PostgresJoinCodeStore } from './joinCodes.js';
import { PostgresLeaseStore } from './leases.js';
import { PostgresLinkStore } from './links.js';
import { migrate } from './migrations.js';
import { PostgresPaperStore } from './papers.js';
import { createPool, type PoolOptions } from './pool.js';
import { restoreWorkshop } from './restore.js';
import { PostgresWorkshopStore } from './workshops.js';

/**
 * Storage in the PostgreSQL at `databaseUrl`, shared by every node: migrates the schema (once,
 * however many nodes start together), then serves from a pool of `poolSize` connections.
 * `onError` hears of connections that die while idle (PostgreSQL restarting, a failover).
 */
export async function openPostgresStorage(options: PoolOptions): Promise<Storage> {
  const pool = createPool(options);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    engine: 'postgres',
    docs: new PostgresDocStore(pool),
    leases: new PostgresLeaseStore(pool),
    control: new PostgresControlStore(pool),
    workshops: new PostgresWorkshopStore(pool),
    links: new PostgresLinkStore(pool),
    joinCodes: new PostgresJoinCodeStore(pool),
    papers: new PostgresPaperStore(pool),
    restore: (record) => restoreWorkshop(pool, record),
    close: () => (closing ??= pool.end()),
  };
}

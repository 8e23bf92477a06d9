import pg from 'pg';

/** A pool or one client of it inside a transaction: both run the same statements. */
export type Sql = pg.Pool | pg.PoolClient;

export interface PoolOptions {
  databaseUrl: string;
  poolSize?: number;
  onError?: (error: Error) => void;
}

/**
 * bigint columns (ms timestamps, sequence numbers, epochs) come back as numbers. pg returns them as
 * strings by default because they may exceed 2^53; ours never do, and a value that did would be a
 * bug worth failing loudly on. Per pool, so nothing else in the process is changed.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`A bigint column holds ${text}, beyond 2^53.`);
  return value;
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export function createPool({ databaseUrl, poolSize = 10, onError }: PoolOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types });
  // An idle client whose connection dies (PostgreSQL restarting, a failover) emits 'error' on the
  // pool; without a listener that would end the process. The next query reports it anyway.
  pool.on('error', (error) => onError?.(error));
  return pool;
}

export async function rows<Row extends pg.QueryResultRow>(
  sql: Sql,
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  return (await sql.query<Row>(text, values)).rows;
}

/** The number of rows a statement changed. */
export async function changed(sql: Sql, text: string, values: unknown[] = []): Promise<number> {
  return (await sql.query(text, values)).rowCount ?? 0;
}

/** Runs `work` in one transaction on one client: all of it commits, or none of it. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      // A client that cannot roll back is not handed to the next caller.
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

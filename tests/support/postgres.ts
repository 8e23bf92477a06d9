import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** What the server project's global setup hands every test file: a PostgreSQL to use, or why there is none. */
export type TestPostgres = { adminUrl: string } | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: TestPostgres;
  }
}

export interface FreshDatabase {
  url: string;
  /** Drops the database, closing whatever connections are still open on it. */
  drop(): Promise<void>;
}

/** The admin address of the run's PostgreSQL; a test that needs one fails here, with the reason. */
export function postgresAdminUrl(): string {
  const postgres = inject('postgres');
  if ('error' in postgres) throw new Error(postgres.error);
  return postgres.adminUrl;
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => {
    // A connection ended by the server under us (it is stopping) fails the statement anyway.
  });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * An empty database of its own for one test file (or one test), with a random name, so files that
 * run at the same time never share one. C collation: text sorts byte by byte, as in SQLite.
 */
export async function freshDatabase(): Promise<FreshDatabase> {
  const adminUrl = postgresAdminUrl();
  const name = `cb_test_${crypto.randomBytes(8).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

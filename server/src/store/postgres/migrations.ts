import type pg from 'pg';
import { inTransaction } from './pool.js';

/**
 * PostgreSQL's own schema steps, applied in order, once each; version n is MIGRATIONS[n - 1].
 * Version 1 is the SQLite schema as it stands after its ninth step (the same tables, columns and
 * meanings; `bigint` for ms timestamps and sequence numbers, `bytea` for bytes, `text` for JSON so
 * an unreadable control row is kept byte for byte), plus what several nodes need: a lease per
 * live workshop and the epoch of the node that logged each update. New steps go at the end.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE workshops (
     id text PRIMARY KEY,
     title text NOT NULL,
     template_id text NOT NULL,
     agenda text NOT NULL,
     created_at bigint NOT NULL,
     follows text REFERENCES workshops(id)
   );
   CREATE INDEX workshops_by_follows ON workshops (follows);
   CREATE TABLE teams (
     workshop_id text NOT NULL REFERENCES workshops(id),
     id text NOT NULL,
     name text NOT NULL,
     position integer NOT NULL,
     PRIMARY KEY (workshop_id, id)
   );
   CREATE TABLE links (
     id text PRIMARY KEY,
     token_hash text NOT NULL UNIQUE,
     workshop_id text NOT NULL REFERENCES workshops(id),
     role text NOT NULL,
     team_id text,
     name text,
     created_at bigint NOT NULL,
     revoked_at bigint,
     last_seen_at bigint,
     join_code text,
     witness_id text
   );
   CREATE INDEX links_by_workshop ON links (workshop_id);
   CREATE TABLE join_codes (
     code text PRIMARY KEY,
     workshop_id text NOT NULL REFERENCES workshops(id),
     team_id text NOT NULL,
     created_at bigint NOT NULL,
     revoked_at bigint
   );
   CREATE INDEX join_codes_by_workshop ON join_codes (workshop_id, team_id);
   CREATE TABLE doc_snapshots (
     workshop_id text PRIMARY KEY REFERENCES workshops(id),
     snapshot bytea NOT NULL,
     upto_seq bigint NOT NULL,
     updated_at bigint NOT NULL
   );
   -- Clustered by workshop, unlike SQLite's arrival-order log: PostgreSQL's heap takes rows in
   -- arrival order anyway, and the key is what a load reads by. It also refuses a repeated seq.
   CREATE TABLE doc_updates (
     workshop_id text NOT NULL REFERENCES workshops(id),
     seq bigint NOT NULL,
     epoch bigint NOT NULL,
     data bytea NOT NULL,
     PRIMARY KEY (workshop_id, seq)
   );
   CREATE TABLE control_states (
     workshop_id text PRIMARY KEY REFERENCES workshops(id),
     state text NOT NULL
   );
   CREATE TABLE control_states_unreadable (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     workshop_id text NOT NULL REFERENCES workshops(id),
     state text NOT NULL,
     kept_at bigint NOT NULL
   );
   CREATE TABLE position_papers (
     workshop_id text PRIMARY KEY REFERENCES workshops(id),
     kind text NOT NULL CHECK (kind IN ('written', 'pdf')),
     text text,
     pdf bytea,
     file_name text,
     bytes bigint NOT NULL,
     updated_at bigint NOT NULL
   );
   CREATE TABLE workshop_leases (
     workshop_id text PRIMARY KEY,
     owner text NOT NULL,
     epoch bigint NOT NULL,
     expires_at timestamptz NOT NULL
   );`,
];

// pg_advisory_xact_lock's key for schema changes: any constant no other part of the product uses.
const MIGRATION_LOCK = 0x43_42_53_43; // "CBSC"

/**
 * Brings the schema up to date. Each step runs in its own transaction holding the advisory lock,
 * and checks again under the lock whether it is still missing: nodes starting together wait for
 * each other, and each step is applied by exactly one of them.
 */
export async function migrate(pool: pg.Pool, steps: readonly string[] = MIGRATIONS): Promise<void> {
  for (const [index, sql] of steps.entries()) {
    const version = index + 1;
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL)',
      );
      const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (done.rowCount) return;
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [version]);
    });
  }
}

import { hostname } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Durability } from './store/sqlite/db.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), findUp());

/** From server/src (tsx) or dist/server/server/src (built): the folder holding package.json. */
function findUp(): string {
  return fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? '../../../..' : '../..';
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  STATIC_DIR: z.string().default(path.join(projectRoot, 'dist', 'client')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  UNLOAD_GRACE_SECONDS: z.coerce.number().min(0).default(60),
  DOC_MAX_MB: z.coerce.number().positive().default(16),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  // Several nodes: one PostgreSQL for all of them, instead of SQLite in DATA_DIR.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// address')
    .optional(),
  NODE_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash or underscore')
    .optional(),
  NODE_ADDRESS: z.string().url().optional(),
  LEASE_SECONDS: z.coerce.number().min(1).max(600).default(5),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | null;
  staticDir: string;
  logLevel: string;
  unloadGraceMs: number;
  maxDocBytes: number;
  durability: Durability;
  /** PostgreSQL for several nodes; null: SQLite in `dataDir`. */
  databaseUrl: string | null;
  nodeName: string | undefined;
  /** Where the other nodes reach this one; with PostgreSQL, http://<host name>:<port> by default. */
  nodeAddress: string | null;
  leaseTtlMs: number;
}

/** Reads the environment; a bad value stops start-up with a message naming it. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    publicUrl: e.PUBLIC_URL ?? null,
    staticDir: path.resolve(e.STATIC_DIR),
    logLevel: e.LOG_LEVEL,
    unloadGraceMs: e.UNLOAD_GRACE_SECONDS * 1000,
    maxDocBytes: Math.round(e.DOC_MAX_MB * 1_000_000),
    durability: e.SQLITE_SYNCHRONOUS,
    databaseUrl: e.DATABASE_URL ?? null,
    nodeName: e.NODE_ID,
    nodeAddress: e.NODE_ADDRESS ?? (e.DATABASE_URL && e.PORT !== 0 ? `http://${hostname()}:${e.PORT}` : null),
    leaseTtlMs: e.LEASE_SECONDS * 1000,
  };
}

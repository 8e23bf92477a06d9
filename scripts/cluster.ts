/**
 * The deployment of compose.yaml without containers, in the foreground: one PostgreSQL
 * (DATABASE_URL, or an embedded one started and removed here), N server nodes and Debian's
 * HAProxy in front, listening on PORT (3000) and HOST (0.0.0.0). Stop it with Ctrl-C or SIGTERM.
 *
 *   npm run cluster -- [--nodes 2] [--source] [--lease-seconds 5] [--log-level warn]
 *
 * --source runs the server's TypeScript through tsx; without it, the build in dist/ (npm run build).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCluster } from '../tests/support/cluster.js';

const INNER = 'CHALLENGE_BOARD_CLUSTER_INNER';

if (process.env[INNER]) await runCluster();
else inOwnProcessGroup();

/**
 * Ctrl-C in a terminal signals the whole foreground process group: PostgreSQL would stop while
 * the nodes still write their workshops out to it. So the cluster runs in a process group of its
 * own and is stopped in order, once, from here; if this process dies, the IPC channel closes and
 * the cluster stops too.
 */
function inOwnProcessGroup(): void {
  const inner = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [INNER]: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => inner.kill('SIGTERM'));
  inner.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runCluster(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '2' },
      source: { type: 'boolean', default: false },
      'lease-seconds': { type: 'string', default: '5' },
      'log-level': { type: 'string', default: 'warn' },
    },
  });
  const nodes = Number(values.nodes);
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '0.0.0.0';
  // Asked to stop while starting: it stops once started, so nothing it started is left behind.
  let stopAsked = false;
  let stop = () => void (stopAsked = true);
  for (const event of ['SIGTERM', 'SIGINT', 'disconnect'] as const) process.on(event, () => stop());
  let cluster;
  try {
    cluster = await startCluster({
      nodes,
      source: values.source,
      leaseSeconds: Number(values['lease-seconds']),
      logLevel: values['log-level'],
      host,
      port,
      ...(process.env.DATABASE_URL && { databaseUrl: process.env.DATABASE_URL }),
      echo: (line) => console.error(line),
    });
  } catch (error) {
    console.error(`The cluster could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const running = cluster;
  let stopping = false;
  stop = () => {
    if (stopping) return;
    stopping = true;
    writePeaks(running.nodes);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`The cluster did not stop cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  if (stopAsked) return stop();
  console.log(
    `Challenge Board cluster is running: open ${running.url} (${nodes} node${nodes === 1 ? '' : 's'}, PostgreSQL, HAProxy)`,
  );
}

/**
 * The benchmark measures the whole tree and reports its largest process; each node's own peak
 * resident memory (VmHWM) is written here when CLUSTER_PEAKS_FILE names a file, before it stops.
 */
function writePeaks(nodes: readonly { name: string; pid: number | undefined }[]): void {
  const file = process.env.CLUSTER_PEAKS_FILE;
  if (!file) return;
  const peakMiB = (pid: number | undefined) => {
    const status = pid ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '';
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
    return Math.round((kb / 1024) * 10) / 10;
  };
  const peaks = nodes.map((node) => ({ name: node.name, peakRssMiB: peakMiB(node.pid) }));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ nodes: peaks }));
}

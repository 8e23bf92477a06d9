import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './ports.js';

const root = path.resolve(import.meta.dirname, '..', '..');
export const haproxyConfig = path.join(root, 'deploy', 'haproxy.cfg');

/**
 * deploy/haproxy.cfg for `count` nodes: its node2 server lines repeated for node3, node4…
 * (NODE3_ADDR…), or left out for a single node. Two nodes: the file as it is.
 */
export function haproxyConfigFor(count: number): string {
  const text = fs.readFileSync(haproxyConfig, 'utf8');
  if (count === 2) return text;
  const numbered = (line: string, n: number) =>
    line.replaceAll('node2', `node${n}`).replaceAll('NODE2_ADDR', `NODE${n}_ADDR`);
  return text
    .split('\n')
    .flatMap((line) =>
      /^\s*server node2 /.test(line)
        ? Array.from({ length: count - 1 }, (_, i) => numbered(line, i + 2))
        : [line],
    )
    .join('\n');
}

/** Debian's HAProxy (2.6 or later). Missing, it fails the test that needs it: never a skip. */
export function haproxyBinary(): string {
  const dirs = ['/usr/sbin', '/usr/local/sbin', ...(process.env.PATH ?? '').split(path.delimiter)];
  const found = dirs.map((dir) => path.join(dir, 'haproxy')).find((file) => isExecutable(file));
  if (found) return found;
  throw new Error(
    'HAProxy is not installed (no haproxy in /usr/sbin or on the PATH): apt-get install haproxy (.ci/run does).',
  );
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface ConfigCheck {
  valid: boolean;
  output: string;
}

/** `haproxy -c`: parses the file with these variables and says whether it would start. */
export function checkConfig(env: Record<string, string>): ConfigCheck {
  const result = spawnSync(haproxyBinary(), ['-c', '-f', haproxyConfig], {
    env: { PATH: process.env.PATH, ...env }, // only these: none inherited from the shell
    encoding: 'utf8',
  });
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export interface RunningHaproxy {
  baseUrl: string;
  wsUrl: string;
  /** Everything HAProxy printed so far (its log goes to stdout in the foreground). */
  output(): string;
  stop(): Promise<void>;
}

/** HAProxy in the foreground (-db) on a free loopback port, in front of two nodes; ready once it proxies /healthz. */
export async function startHaproxy(node1Port: number, node2Port: number): Promise<RunningHaproxy> {
  const port = await freePort();
  const child = spawn(haproxyBinary(), ['-f', haproxyConfig, '-db'], {
    env: {
      ...process.env,
      LISTEN_ADDR: `127.0.0.1:${port}`,
      NODE1_ADDR: `127.0.0.1:${node1Port}`,
      NODE2_ADDR: `127.0.0.1:${node2Port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const running: RunningHaproxy = {
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${baseUrl}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return running;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await running.stop();
  throw new Error(`HAProxy did not start proxying in 10 s:\n${output}`);
}

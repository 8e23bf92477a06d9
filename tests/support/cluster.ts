import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { haproxyBinary, haproxyConfig, haproxyConfigFor } from './haproxy.js';
import { freePort } from './ports.js';
import { manage, type ManagedProcess, type ProcessHooks } from './clusterProcess.js';
import { productNodeArgs } from '../../scripts/productNodeArgs.mjs';
import { startEmbedded } from './postgresSetup.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const builtEntry = path.join(root, 'dist', 'server', 'server', 'src', 'main.js');
const sourceEntry = path.join(root, 'server', 'src', 'main.ts');

export interface ClusterOptions {
  /** Server nodes behind HAProxy (2). */
  nodes?: number;
  /** LEASE_SECONDS of every node: how soon a dead node's workshops may move (the server's 5 by default). */
  leaseSeconds?: number;
  /** The TypeScript source through tsx, rather than the build in dist/ (`npm run build` first). */
  source?: boolean;
  /** A PostgreSQL to share; without one, an embedded PostgreSQL is started and removed afterwards. */
  databaseUrl?: string;
  /** Where HAProxy listens (a free loopback port by default). */
  host?: string;
  port?: number;
  /** LOG_LEVEL of every node (warn). */
  logLevel?: string;
  /** Each line a node or HAProxy writes (HAProxy: its warnings, not its request log), prefixed with its name. */
  echo?: (line: string) => void;
  /** A process of the cluster ended without being asked to (console.error by default). */
  unexpected?: (message: string) => void;
}

export interface ClusterNode {
  readonly name: string;
  readonly port: number;
  readonly baseUrl: string;
  /** Its Yjs endpoint, straight to this node: `ws://127.0.0.1:<port>/yjs`. */
  readonly wsUrl: string;
  /** The current process (a restart makes a new one). */
  readonly pid: number;
  readonly exited: Promise<number | null>;
  /** Whether HAProxy's health check has this node up now. */
  readonly upInHaproxy: boolean;
  /** Sends `signal` to the process; its exit is then not reported as a death. */
  kill(signal?: NodeJS.Signals): void;
  /** A new process on the same port, once the old one has gone; resolves when HAProxy sends it devices again. */
  restart(): Promise<void>;
  /** The process's last lines of output. */
  output(): string;
}

export interface RunningCluster {
  /** HAProxy's address, where devices connect. */
  url: string;
  /** HAProxy's Yjs endpoint: `ws://<host>:<port>/yjs`. */
  wsUrl: string;
  databaseUrl: string;
  nodes: ClusterNode[];
  /** HAProxy's last lines of output (its request log too). */
  haproxyOutput(): string;
  /** Stops the nodes (SIGTERM: they write every workshop out), HAProxy, then PostgreSQL; removes temp folders. */
  stop(): Promise<void>;
}

/**
 * The deployment of compose.yaml without containers: one PostgreSQL, N node processes, Debian's
 * HAProxy in front with deploy/haproxy.cfg. For trying it (`npm run cluster`), the benchmark and
 * the failover test.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<RunningCluster> {
  const count = options.nodes ?? 2;
  if (!Number.isInteger(count) || count < 1 || count > 9) throw new Error('A cluster has 1 to 9 nodes.');
  if (!options.source && !fs.existsSync(builtEntry))
    throw new Error(`There is no build in dist/: run \`npm run build\` first, or use the source (--source).`);
  const haproxy = haproxyBinary();
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) await step();
  };
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'challenge-board-cluster-'));
  stops.push(async () => fs.rmSync(tempDir, { recursive: true, force: true }));
  const unexpected = options.unexpected ?? ((message: string) => console.error(message));
  try {
    const databaseUrl = options.databaseUrl ?? (await embeddedDatabase(stops, unexpected));
    const host = options.host ?? '127.0.0.1';
    const port = options.port ?? (await freePort());
    const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
    const env = {
      DATABASE_URL: databaseUrl,
      LEASE_SECONDS: String(options.leaseSeconds ?? 5),
      LOG_LEVEL: options.logLevel ?? 'warn',
      PUBLIC_URL: process.env.PUBLIC_URL ?? url,
    };
    const hooks = (name: string): ProcessHooks => ({
      line: (text) => {
        // Only the cluster's own line says where to open it; each node's would be a second one.
        if (!text.startsWith('Challenge Board is running')) options.echo?.(`[${name}] ${text}`);
      },
      unexpected,
    });
    const nodes: LiveNode[] = [];
    for (let i = 1; i <= count; i++)
      nodes.push(new LiveNode(`node${i}`, await freePort(), env, tempDir, !!options.source, hooks));
    stops.push(() => Promise.all(nodes.map((node) => node.stop())));
    await Promise.all(nodes.map((node) => node.start()));
    const balancer = startHaproxy(haproxy, tempDir, host, port, nodes, options, unexpected);
    stops.push(() => balancer.stop());
    await throughToEveryNode(url, nodes, balancer);
    return {
      url,
      wsUrl: `${url.replace(/^http/, 'ws')}/yjs`,
      databaseUrl,
      nodes,
      haproxyOutput: balancer.output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function embeddedDatabase(
  stops: (() => Promise<unknown>)[],
  unexpected: (message: string) => void,
): Promise<string> {
  const postgres = await startEmbedded();
  if ('error' in postgres.provided) throw new Error(postgres.provided.error);
  let stopping = false;
  void postgres.exited.then(() => stopping || unexpected('PostgreSQL stopped unexpectedly'));
  stops.push(() => {
    stopping = true;
    return postgres.stop();
  });
  return postgres.provided.adminUrl;
}

/** One node: its address and data folder stay, its process is replaced by `restart`. */
class LiveNode implements ClusterNode {
  readonly baseUrl: string;
  readonly wsUrl: string;
  upInHaproxy = true;
  private process!: ManagedProcess;
  private readonly dataDir: string;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    tempDir: string,
    private readonly source: boolean,
    private readonly hooks: (name: string) => ProcessHooks,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.wsUrl = `ws://127.0.0.1:${port}/yjs`;
    this.dataDir = path.join(tempDir, name);
    fs.mkdirSync(this.dataDir);
  }

  get pid(): number {
    return this.process.child.pid ?? -1;
  }

  get exited(): Promise<number | null> {
    return this.process.exited;
  }

  /** Starts the process and resolves once it answers /healthz. */
  async start(): Promise<void> {
    const args = [...productNodeArgs(), ...(this.source ? ['--import', 'tsx', sourceEntry] : [builtEntry])];
    this.process = manage(
      this.name,
      process.execPath,
      args,
      {
        cwd: root,
        env: {
          ...process.env,
          ...this.env,
          NODE_ID: this.name,
          NODE_ADDRESS: this.baseUrl,
          PORT: String(this.port),
          HOST: '127.0.0.1',
          DATA_DIR: this.dataDir,
        },
      },
      this.hooks(this.name),
    );
    await until(
      () => answers(`${this.baseUrl}/healthz`),
      30_000,
      () => this.process.exited,
      () => `${this.name} did not answer /healthz:\n${this.process.output()}`,
    );
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    this.process.expectExit();
    this.process.child.kill(signal);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
    await until(
      async () => this.upInHaproxy,
      15_000,
      () => this.process.exited,
      () => `HAProxy did not mark ${this.name} up again`,
    );
  }

  stop(): Promise<void> {
    return this.process.stop('SIGTERM');
  }

  output(): string {
    return this.process.output();
  }
}

function startHaproxy(
  binary: string,
  tempDir: string,
  host: string,
  port: number,
  nodes: LiveNode[],
  options: ClusterOptions,
  unexpected: (message: string) => void,
): ManagedProcess {
  let config = haproxyConfig;
  if (nodes.length !== 2) {
    config = path.join(tempDir, 'haproxy.cfg');
    fs.writeFileSync(config, haproxyConfigFor(nodes.length));
  }
  const addresses = Object.fromEntries(
    nodes.map((node, i) => [`NODE${i + 1}_ADDR`, `127.0.0.1:${node.port}`]),
  );
  return manage(
    'HAProxy',
    binary,
    ['-f', config, '-db'],
    { env: { ...process.env, LISTEN_ADDR: `${host}:${port}`, ...addresses } },
    {
      line: (text, stream) => {
        // A node's health as HAProxy sees it, from its warnings ("Server workshops/node1 is DOWN, …").
        const change = /Server workshops\/(node\d+) is (UP|DOWN)/.exec(text);
        const node = change && nodes.find((n) => n.name === change[1]);
        if (node) node.upInHaproxy = change[2] === 'UP';
        // stdout is the request log; stderr has what a person needs (a node down, a bad config).
        if (stream === 'stderr') options.echo?.(`[HAProxy] ${text}`);
      },
      unexpected,
    },
  );
}

/** Until HAProxy has passed /healthz to every node: each answers with its own name in `node`. */
async function throughToEveryNode(url: string, nodes: LiveNode[], balancer: ManagedProcess): Promise<void> {
  const seen = new Set<string>();
  await until(
    async () => {
      const res = await fetch(`${url}/healthz`).catch(() => null);
      const node = res?.ok ? ((await res.json()) as { node?: string }).node : undefined;
      const name = nodes.find((n) => node?.startsWith(`${n.baseUrl}#${n.name}-`))?.name;
      if (name) seen.add(name);
      return seen.size === nodes.length;
    },
    30_000,
    () => balancer.exited,
    () =>
      `HAProxy did not reach every node (reached: ${[...seen].join(', ') || 'none'}):\n${balancer.output()}`,
  );
}

const answers = (url: string) =>
  fetch(url).then(
    (res) => res.ok,
    () => false,
  );

/** Polls `check` until it holds; fails after `timeoutMs`, or at once if the process it waits on exits. */
async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  exited: () => Promise<unknown>,
  failure: () => string,
): Promise<void> {
  let gone = false;
  void exited().then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (!gone && Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(failure());
}

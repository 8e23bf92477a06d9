import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parse } from 'yaml';
import { dockerStages, execForm, type Instruction } from '../support/dockerfile.js';
import { checkConfig, haproxyBinary, startHaproxy, type RunningHaproxy } from '../support/haproxy.js';
import { startStandIn, type StandInAnswer, type StandInNode } from '../support/standInNode.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
}
const compose = parse(read('compose.yaml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;

/** A compose value as it is with nothing set in the shell: `${VAR:-default}` gives its default. */
function withDefaults(value: string | number | undefined): string {
  const text = String(value ?? '');
  if (/\$\{\w+\}/.test(text)) throw new Error(`no default for a variable in ${text}`);
  return text.replace(/\$\{\w+:-([^}]*)\}/g, '$1');
}
const env = (service: string, name: string) => withDefaults(services[service]?.environment?.[name]);

/** Runs a health-check command (`node -e …`) from the image or compose, with the node's port: its exit code. */
async function healthCheckExit(command: string[], port: number): Promise<number> {
  expect(command[0]).toBe('node');
  const env = { ...process.env, PORT: String(port) };
  return promisify(execFile)(process.execPath, command.slice(1), { env, timeout: 10_000 }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
}

describe('compose.yaml', () => {
  it('runs PostgreSQL, two server nodes and HAProxy', () => {
    expect(Object.keys(services).sort()).toEqual(['haproxy', 'node1', 'node2', 'postgres']);
  });

  it('gives each node the PostgreSQL service, its own name, a health check, and starts it once PostgreSQL is ready', () => {
    const names = new Set<string>();
    for (const node of ['node1', 'node2']) {
      const url = new URL(env(node, 'DATABASE_URL'));
      expect(url.protocol).toBe('postgres:');
      expect(url.hostname).toBe('postgres');
      expect(url.username).toBe(env('postgres', 'POSTGRES_USER'));
      expect(decodeURIComponent(url.password)).toBe(env('postgres', 'POSTGRES_PASSWORD'));
      expect(url.pathname).toBe(`/${env('postgres', 'POSTGRES_DB')}`);
      expect(env(node, 'NODE_ID')).not.toBe('');
      names.add(env(node, 'NODE_ID'));
      expect(services[node]!.healthcheck!.test.join(' ')).toContain('/healthz');
      expect(services[node]!.depends_on?.postgres?.condition).toBe('service_healthy');
    }
    expect(names.size).toBe(2);
  });

  it('keeps PostgreSQL 18 in a named volume and checks it with pg_isready', () => {
    const postgres = services.postgres!;
    expect(postgres.image).toMatch(/^postgres:18\b/);
    expect(postgres.healthcheck!.test).toContain('pg_isready');
    // From 18 the image keeps its data under /var/lib/postgresql/18/docker: the volume is the parent.
    const volume = postgres.volumes!.find((v) => v.endsWith(':/var/lib/postgresql'));
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(volume!.split(':')[0]);
  });

  it('publishes HAProxy, mounts its configuration, points it at both nodes and waits for them', () => {
    const haproxy = services.haproxy!;
    const [major, minor] = /^haproxy:(\d+)\.(\d+)/.exec(haproxy.image!)!.slice(1).map(Number);
    expect(major! * 100 + minor!).toBeGreaterThanOrEqual(206); // balance hash <expr> is 2.6+
    expect(haproxy.volumes).toContain('./deploy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro');
    for (const node of ['node1', 'node2']) {
      expect(haproxy.depends_on?.[node]?.condition).toBe('service_healthy');
      expect(env('haproxy', `${node.toUpperCase()}_ADDR`)).toBe(`${node}:${env(node, 'PORT')}`);
      expect(env(node, 'PUBLIC_URL')).toBe(`http://localhost:${haproxy.ports![0]!.split(':')[0]}`);
    }
    const listenPort = env('haproxy', 'LISTEN_ADDR').split(':').at(-1);
    expect(haproxy.ports).toEqual([`${listenPort}:${listenPort}`]);
  });
});

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const run = stages.at(-1)!;
  const last = (keyword: string) => run.filter((i) => i.keyword === keyword).at(-1)?.args;
  const has = (stage: Instruction[], keyword: string, text: string) =>
    stage.some((i) => i.keyword === keyword && i.args.includes(text));

  it('builds and runs on Node 20 (Debian bookworm, slim)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0]!.args).toMatch(/^node:20-bookworm-slim\b/);
  });

  it('installs from the lock file, builds, and keeps only the production packages', () => {
    const build = stages[0]!;
    expect(has(build, 'RUN', 'npm ci')).toBe(true);
    expect(has(build, 'RUN', 'npm run build')).toBe(true);
    expect(has(build, 'RUN', 'npm prune --omit=dev')).toBe(true);
    for (const built of ['/app/dist', '/app/node_modules', '/app/package.json'])
      expect(has(run, 'COPY', `--from=build ${built}`)).toBe(true);
  });

  it('runs as the unprivileged node user, on the port the server listens on', () => {
    expect(last('USER')).toBe('node');
    expect(last('EXPOSE')).toBe('3000');
    expect(last('ENV')).toMatch(/\bPORT=3000\b/);
  });

  it('starts what npm start starts, which is what npm run build makes of server/src/main.ts', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start!;
    const [, flags, startFile] = /^npm run build && node((?: --\S+)*) (\S+)$/.exec(start)!;
    // node's own options too (the young generation's size): the image runs as npm start does.
    expect(execForm(last('CMD')!)).toEqual(['node', ...flags!.split(' ').filter(Boolean), startFile]);
    // Where tsc, with the build's own configuration, writes the entry point.
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(root, 'server/tsconfig.build.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const emitted = ts
      .getOutputFileNames(config, path.join(root, 'server/src/main.ts'), false)
      .find((file) => file.endsWith('.js'))!;
    expect(path.relative(root, emitted)).toBe(startFile);
  });

  it('has nothing the server imports among the development packages it drops', () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const imported = new Set<string>();
    for (const dir of ['server/src', 'shared/src'])
      for (const file of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.ts')) continue;
        const source = fs.readFileSync(path.join(root, dir, file), 'utf8');
        for (const [, spec] of source.matchAll(
          /^(?:import|export)(?!\s+type\s)[^;]*?from\s+'([^'.][^']*)'/gm,
        ))
          if (!spec!.startsWith('node:'))
            imported.add(
              spec!
                .split('/')
                .slice(0, spec!.startsWith('@') ? 2 : 1)
                .join('/'),
            );
      }
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((name) => !(name in dependencies))).toEqual([]);
  });

  it("answers its own and compose's health checks through /healthz, with node (the image has no curl)", async () => {
    const healthCheck = run.find((i) => i.keyword === 'HEALTHCHECK')!;
    const commands = [execForm(healthCheck.args), services.node1!.healthcheck!.test.slice(1)];
    const node = await startStandIn('n');
    for (const command of commands) {
      expect(command.join(' ')).toContain('/healthz');
      expect(await healthCheckExit(command, node.port)).toBe(0);
      node.setSick(true);
      expect(await healthCheckExit(command, node.port)).toBe(1);
      node.setSick(false);
    }
    await node.kill();
    for (const command of commands) expect(await healthCheckExit(command, node.port)).toBe(1);
  });
});

/** Workshop ids like the server's, fixed so that the hash splits them the same way every run. */
const workshops = `k7qm2xfa p3vn8rtc b9hw4zke m2cx7yqd f6tr3npa w8jd5gkb
  r4ny9hcs h5kp2mwe z3qf8vdx c7gb6rjn t2wm4kzp e9xs3fhq`.split(/\s+/);

describe('deploy/haproxy.cfg', () => {
  beforeAll(() => {
    haproxyBinary(); // missing, every test here fails with the reason
  });

  it('is valid, with the addresses compose gives it and with loopback ones', () => {
    const fromCompose = Object.fromEntries(
      ['LISTEN_ADDR', 'NODE1_ADDR', 'NODE2_ADDR'].map((name) => [name, env('haproxy', name)]),
    );
    const composed = checkConfig(fromCompose);
    expect(composed.valid, composed.output).toBe(true);
    // Outside compose the names do not resolve: HAProxy starts anyway and waits for them.
    const warnings = composed.output.split('\n').filter((line) => line.includes('[WARNING]'));
    for (const warning of warnings) expect(warning).toMatch(/could not resolve address 'node[12]'/);

    const loopback = checkConfig({
      LISTEN_ADDR: '127.0.0.1:18080',
      NODE1_ADDR: '127.0.0.1:18081',
      NODE2_ADDR: '127.0.0.1:18082',
    });
    expect(loopback.valid, loopback.output).toBe(true);
    expect(loopback.output).not.toMatch(/\[(WARNING|ALERT)\]/);
    // A missing address stops it, rather than proxying to nowhere.
    expect(checkConfig({ LISTEN_ADDR: '127.0.0.1:18080', NODE1_ADDR: '127.0.0.1:18081' }).valid).toBe(false);
  });

  describe('in front of two nodes', () => {
    let nodes: StandInNode[];
    let proxy: RunningHaproxy;
    const owner = new Map<string, string>();

    beforeAll(async () => {
      nodes = [await startStandIn('node1'), await startStandIn('node2')];
      proxy = await startHaproxy(nodes[0]!.port, nodes[1]!.port);
    });
    afterAll(async () => {
      await proxy?.stop();
      for (const node of nodes ?? []) await node.kill().catch(() => {});
    });

    /** The first message on a WebSocket through the proxy. */
    const overWebSocket = (url: string) =>
      new Promise<StandInAnswer>((resolve, reject) => {
        const ws = new WebSocket(`${proxy.wsUrl}${url}`);
        const timer = setTimeout(() => (ws.terminate(), reject(new Error(`no answer on ${url}`))), 3000);
        ws.once('message', (data) => {
          clearTimeout(timer);
          ws.close();
          resolve(JSON.parse(data.toString()) as StandInAnswer);
        });
        ws.once('error', (error) => (clearTimeout(timer), reject(error)));
      });
    const overHttp = async (url: string) => {
      const res = await fetch(`${proxy.baseUrl}${url}`);
      if (!res.ok) throw new Error(`${res.status} on ${url}`);
      return (await res.json()) as StandInAnswer;
    };
    /** Who answers each way a device reaches a workshop. */
    const transports = (id: string) =>
      Promise.all([
        overWebSocket(`/yjs/${id}?token=secret-token`),
        overWebSocket(`/socket.io/?workshop=${id}&EIO=4&transport=websocket`),
        overHttp(`/socket.io/?workshop=${id}&EIO=4&transport=polling`),
        overHttp(`/api/workshops/${id}/report.json`),
      ]);
    const servedBy = (id: string) =>
      overWebSocket(`/yjs/${id}?token=secret-token`).then(
        (answer) => answer.node,
        () => 'nobody',
      );
    /**
     * Polls (this is about the proxy's health-check timing) until every id is served by `expected`:
     * how long it took, and how many attempts on the way found nobody to answer.
     */
    async function untilServed(ids: string[], expected: (id: string) => string, withinMs: number) {
      const startedAt = Date.now();
      let seen: string[] = [];
      let unanswered = 0;
      while (Date.now() - startedAt < withinMs) {
        seen = await Promise.all(ids.map(servedBy));
        unanswered += seen.filter((node) => node === 'nobody').length;
        if (seen.every((node, i) => node === expected(ids[i]!)))
          return { ms: Date.now() - startedAt, unanswered };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(
        `after ${withinMs} ms: ${ids.map((id, i) => `${id}→${seen[i]}`).join(' ')}\n${proxy.output()}`,
      );
    }
    const ownedBy = (name: string) => workshops.filter((id) => owner.get(id) === name);

    it('sends the Yjs WebSocket, Socket.IO (both transports) and REST of a workshop to the same node', async () => {
      for (const id of workshops) {
        const answers = await transports(id);
        expect(new Set(answers.map((a) => a.node)).size, `${id}: ${JSON.stringify(answers)}`).toBe(1);
        owner.set(id, answers[0]!.node);
        for (const answer of answers) expect(answer.forwardedFor).toBe('127.0.0.1');
      }
      expect(ownedBy('node1').length).toBeGreaterThan(0);
      expect(ownedBy('node2').length).toBeGreaterThan(0);
      // Without a workshop id, requests take turns.
      const anywhere = await Promise.all([1, 2, 3, 4].map(() => overHttp('/api/templates')));
      expect(new Set(anywhere.map((a) => a.node))).toEqual(new Set(['node1', 'node2']));
    });

    it("closes a hung node's WebSockets and moves its workshops to the other; they return when it recovers", async () => {
      const [sick, well] = nodes as [StandInNode, StandInNode];
      const open = new WebSocket(`${proxy.wsUrl}/yjs/${ownedBy(sick.name)[0]}?token=secret-token`);
      await new Promise((resolve) => open.once('message', resolve));
      const closed = new Promise<void>((resolve, reject) => {
        open.once('close', () => resolve());
        setTimeout(() => reject(new Error('the WebSocket to the hung node is still open after 5 s')), 5000);
      });

      sick.setSick(true);
      const moved = await untilServed(ownedBy(sick.name), () => well.name, 5000);
      await closed; // "on-marked-down shutdown-sessions", not the node, closed it
      await untilServed(ownedBy(well.name), () => well.name, 1000);
      console.info(`hung node's workshops served by the other after ${moved.ms} ms`);

      sick.setSick(false);
      const back = await untilServed(workshops, (id) => owner.get(id)!, 5000);
      console.info(`and back on it ${back.ms} ms after it recovered`);
    });

    it("serves a dead node's workshops from the other one within seconds, and no request goes unanswered", async () => {
      const [survivor, dead] = nodes as [StandInNode, StandInNode];
      await dead.kill();
      const moved = await untilServed(workshops, () => survivor.name, 5000);
      // Before the health check notices, a refused connection is retried on the other node.
      expect(moved.unanswered).toBe(0);
      console.info(`dead node's workshops served by the other after ${moved.ms} ms`);
    });

    it('never writes a token to its log', () => {
      expect(proxy.output()).toMatch(/ GET \/yjs\/k7qm2xfa\b/);
      expect(proxy.output()).not.toContain('secret-token');
    });
  });
});

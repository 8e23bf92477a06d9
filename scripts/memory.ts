// What one live workshop and one connected device cost the server in memory, measured beside the
// y-websocket reference server in the same run. Each server runs built, as `npm start` runs it,
// with a probe preloaded (scripts/memory-probe.mjs) that collects garbage twice before each sample.
// Steps: idle; K workshops, each with one device that puts a board of cards on it; then 30 devices
// on each (stock y-websocket clients); then, here only, each device's control-plane connection too.
// Usage: npm run memory [-- --no-build --no-reference --workshops 20 --devices 30 --cards 50 --settle 5]
import fs from 'node:fs';
import path from 'node:path';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addCard, cardsMap } from '../shared/src/index.js';
import type { CreatedWorkshop } from '../shared/src/index.js';
import {
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  waitFor,
  type ControlClient,
} from '../tests/support/server.js';
import { buildUnlessAsked, harnessDir, root } from './harness.mjs';
import { productNodeArgs, serverMain, startServer } from './serverProcess.mjs';

interface Sample {
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  peakRss: number;
}
interface Room {
  /** The room's name in the address, and the token each device brings (none: the reference). */
  room: string;
  tokens: (string | null)[];
  teamIds: (string | null)[];
}
interface Target {
  name: string;
  script: string;
  nodeArgs: string[];
  readyPath: string;
  wsUrl: (port: number) => string;
  /** Creates the workshop a room stands for, as a facilitator does before the day. */
  prepare: (httpUrl: string, index: number) => Promise<Room>;
  /** Connects each device's control plane too (this server's Socket.IO). */
  control?: boolean;
}

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const K = option('workshops', 20);
const D = option('devices', 30);
const CARDS = option('cards', 50);
const SETTLE_MS = option('settle', 5) * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

buildUnlessAsked();
const reference = path.join(harnessDir(), 'node_modules', 'y-websocket-v2', 'bin', 'server.cjs');

const ours: Target = {
  name: 'challenge-board',
  script: serverMain,
  nodeArgs: productNodeArgs(),
  readyPath: '/healthz',
  wsUrl: (port) => `ws://127.0.0.1:${port}/yjs`,
  control: true,
  prepare: async (httpUrl, index) => {
    const workshop: CreatedWorkshop = await createWorkshop(httpUrl, { title: `Workshop ${index + 1}` });
    const teamIds = Array.from({ length: D }, (_, i) => workshop.teams[i % workshop.teams.length]!.id);
    const tokens = [];
    for (const [i, teamId] of teamIds.entries())
      tokens.push(
        (await mintToken(httpUrl, workshop, { role: 'team', teamId, name: `Tablet ${i + 1}` })).token,
      );
    return { room: workshop.id, tokens, teamIds };
  },
};
const ref: Target = {
  name: 'y-websocket-ref',
  script: reference,
  nodeArgs: [],
  readyPath: '/',
  wsUrl: (port) => `ws://127.0.0.1:${port}`,
  prepare: async (_httpUrl, index) => ({
    room: `workshop-${index + 1}`,
    tokens: Array(D).fill(null),
    teamIds: Array(D).fill(null),
  }),
};

/** A board as a task team builds one: titled priorities with a sentence or two, placed on the map. */
function putBoard(doc: Y.Doc, teamId: string | null, workshop: number) {
  const categories = ['Place', 'People', 'Money', 'Partners', 'Services'];
  for (let i = 0; i < CARDS; i++) {
    addCard(doc, `w${workshop}-card-${i + 1}`, {
      title: `Priority ${i + 1}: keep the ${categories[i % 5]!.toLowerCase()} plan on track`,
      note:
        'Residents told us this matters most in the north of the borough; ' +
        `the team would start with the estates named in the briefing (note ${i + 1}).`,
      category: categories[i % 5]!,
      createdByTeamId: teamId,
      x: ((i * 37) % 100) / 100,
      y: ((i * 61) % 100) / 100,
      placedAt: i + 1,
    });
  }
}

const synced = (provider: WebsocketProvider) => waitFor(() => provider.synced, 'a device to sync', 30_000);
/** Until the device has sent everything it wrote. */
const flushed = (provider: WebsocketProvider) =>
  waitFor(() => (provider.ws?.bufferedAmount ?? 0) === 0, 'a device to send its board', 30_000);

async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

async function measure(target: Target) {
  console.log(`\n${target.name}: idle`);
  const server = await startServer({
    script: target.script,
    nodeArgs: target.nodeArgs,
    probe: true,
    readyPath: target.readyPath,
  });
  const wsUrl = target.wsUrl(server.port);
  const steps: Record<string, Sample> = {};
  const sample = async (step: string) => {
    await sleep(SETTLE_MS);
    steps[step] = (await server.memory()) as Sample;
  };
  const devices: WebsocketProvider[] = [];
  const controls: ControlClient[] = [];
  try {
    await sample('idle');
    console.log(`${target.name}: ${K} workshops, one device each putting ${CARDS} cards on its board`);
    const rooms: Room[] = [];
    for (let w = 0; w < K; w++) {
      const room = await target.prepare(server.httpUrl, w);
      rooms.push(room);
      const device = connectProvider(wsUrl, room.room, room.tokens[0] ?? '');
      device.awareness.setLocalStateField('user', { name: 'Tablet 1' });
      devices.push(device);
      await synced(device);
      putBoard(device.doc, room.teamIds[0] ?? null, w);
      await flushed(device);
      if (w + 1 === Math.floor(K / 2)) await sample('half');
    }
    await sample('workshops');
    console.log(`${target.name}: ${D} devices on each workshop`);
    const joining = rooms.flatMap((room) => Array.from({ length: D - 1 }, (_, i) => ({ room, i: i + 1 })));
    await inBatches(joining, 30, async ({ room, i }) => {
      const device = connectProvider(wsUrl, room.room, room.tokens[i] ?? '');
      device.awareness.setLocalStateField('user', { name: `Tablet ${i + 1}` });
      devices.push(device);
      await synced(device);
      // The server holds the whole board: a device that joined later received every card.
      await waitFor(() => cardsMap(device.doc).size >= CARDS, 'a joining device to receive the board');
    });
    await sample('devices');
    if (target.control) {
      console.log(`${target.name}: each device's control plane too`);
      const all = rooms.flatMap((room) => room.tokens.map((token) => ({ room, token: token! })));
      await inBatches(all, 30, async ({ room, token }) => {
        const control = connectControl(server.httpUrl, token, room.room);
        controls.push(control);
        await waitFor(() => control.connected, 'a control connection', 30_000);
      });
      await sample('control');
    }
  } finally {
    for (const control of controls) control.close();
    for (const device of devices) {
      device.destroy();
      device.doc.destroy();
    }
    await server.stop();
  }
  return summarise(steps);
}

type Figures = Record<'heapUsed' | 'external' | 'rss', number>;
const per = (after: Sample | undefined, before: Sample | undefined, n: number): Figures | null =>
  after && before
    ? {
        heapUsed: (after.heapUsed - before.heapUsed) / n,
        external: (after.external - before.external) / n,
        rss: (after.rss - before.rss) / n,
      }
    : null;

function summarise(steps: Record<string, Sample>) {
  const half = Math.floor(K / 2);
  return {
    steps,
    perWorkshop: per(steps.workshops, steps.idle, K),
    /** The same, between half the workshops and all of them: what one more costs, one-offs left out. */
    perWorkshopMarginal: per(steps.workshops, steps.half, K - half),
    perDevice: per(steps.devices, steps.workshops, K * (D - 1)),
    perDeviceControlPlane: per(steps.control, steps.devices, K * D),
  };
}

const results: Record<string, ReturnType<typeof summarise>> = { [ours.name]: await measure(ours) };
if (!argv.includes('--no-reference')) results[ref.name] = await measure(ref);

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const cells = (f: Figures | null, unit: (n: number) => string) =>
  f ? [unit(f.heapUsed), unit(f.external), unit(f.rss)] : ['—', '—', '—'];
const rows: [string, (r: ReturnType<typeof summarise>) => string[]][] = [
  ['idle', (r) => cells(r.steps.idle!, mib)],
  [`${K} workshops, 1 device each`, (r) => cells(r.steps.workshops!, mib)],
  [`${K} × ${D} devices`, (r) => cells(r.steps.devices!, mib)],
  ['per live workshop', (r) => cells(r.perWorkshop, kib)],
  ['  one more (marginal)', (r) => cells(r.perWorkshopMarginal, kib)],
  ['per device (Yjs)', (r) => cells(r.perDevice, kib)],
  ['per device (control plane)', (r) => cells(r.perDeviceControlPlane, kib)],
  ['peak RSS', (r) => ['', '', mib(Math.max(...Object.values(r.steps).map((s) => s.peakRss)))]],
];
const names = Object.keys(results);
const header = ['', ...names.flatMap((name) => [`${name} heap`, 'external', 'RSS'])];
const table = [header, ...rows.map(([label, f]) => [label, ...names.flatMap((n) => f(results[n]!))])];
const widths = header.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
console.log(
  `\nMemory after two full collections (heap = V8 heap used; external = buffers outside it; ` +
    `RSS = resident). ${K} workshops × ${D} devices, ${CARDS} cards a board.\n`,
);
for (const row of table)
  console.log(
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
  );

const out = path.join(root, '.tmp', 'memory.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  JSON.stringify(
    { options: { workshops: K, devices: D, cards: CARDS, settleMs: SETTLE_MS }, results },
    null,
    2,
  ),
);
console.log(`\nWritten to ${path.relative(root, out)}`);
process.exit(0);

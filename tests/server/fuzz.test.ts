import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  cardText,
  removeCard,
  updateCard,
  type ControlState,
} from '../../shared/src/index.js';
import { openRaw, syncUpdateFrame } from '../support/rawYjs.js';
import { seededRandom, testSeed } from '../support/random.js';
import {
  connectProvider,
  createWorkshop,
  mintToken,
  startServer,
  synced,
  tempDataDir,
  waitFor,
} from '../support/server.js';

/** How many hostile messages of each kind; FUZZ_COUNT=100000 for a long run. */
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
const seed = testSeed();
const random = seededRandom(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const events = ['clock:command', 'board:command', 'agenda:command', 'time:ping', 'save:watch', 'nonsense'];
const commandTypes = [
  'start',
  'pause',
  'resume',
  'next',
  'previous',
  'goTo',
  'adjust',
  'undo',
  'reset',
  'focus',
  'axes',
  'votesPerPerson',
  'vote',
  'clearVotes',
  'allocate',
  'add',
  'remove',
  'move',
  'update',
  'explode',
];

/** Something between a plausible command and garbage: wrong types, huge values, unknown ids, repeats. */
function hostileValue(depth = 0): unknown {
  const r = random();
  if (r < 0.15) return Math.floor(random() * 2 ** 40) * (random() < 0.5 ? -1 : 1);
  if (r < 0.25) return pick([NaN, Infinity, -0, 0.5, 1e308, null, true, undefined]);
  if (r < 0.35) return 'x'.repeat(Math.floor(random() * 80));
  if (r < 0.45)
    return pick(['c1', 'team-1', 'team-9', 'introduction', 'never', '', '__proto__', 'constructor']);
  if (r < 0.55 && depth < 3)
    return Array.from({ length: Math.floor(random() * 4) }, () => hostileValue(depth + 1));
  if (depth < 3) {
    const value: Record<string, unknown> = {};
    for (let i = 0; i < 1 + Math.floor(random() * 4); i++)
      value[
        pick([
          'type',
          'cardId',
          'itemId',
          'teamId',
          'minutes',
          'delta',
          'focus',
          'item',
          'index',
          'toIndex',
          'title',
          'x',
          'y',
          'count',
          'durationMin',
          'kind',
          '__proto__',
        ])
      ] = hostileValue(depth + 1);
    if (random() < 0.7) value.type = pick(commandTypes);
    return value;
  }
  return 'deep';
}

function hostilePayload(usedIds: string[]): unknown {
  // Now and then a packet over the size limit: the server closes that connection.
  if (random() < 0.002) return { commandId: 'x'.repeat(70_000), command: { type: 'start' } };
  if (random() < 0.1) return hostileValue();
  const reuse = usedIds.length > 0 && random() < 0.2;
  const commandId = reuse ? pick(usedIds) : `fuzz-${Math.floor(random() * 1e12)}`;
  usedIds.push(commandId);
  return {
    commandId: random() < 0.1 ? hostileValue() : commandId,
    command: hostileValue(1),
    sentAtMs: hostileValue(2),
    clientId: hostileValue(2),
  };
}

/** A real update, then bent: bytes flipped, cut short, spliced, doubled or left alone. */
function mutatedUpdate(base: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(pick(base));
  const r = random();
  if (r < 0.15) return bytes;
  if (r < 0.5) {
    for (let i = 0; i < 1 + Math.floor(random() * 4); i++)
      bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
    return bytes;
  }
  if (r < 0.7) return bytes.slice(0, Math.floor(random() * bytes.length));
  if (r < 0.85) {
    const other = pick(base);
    const cut = Math.floor(random() * other.length);
    return new Uint8Array([...bytes.slice(0, Math.floor(random() * bytes.length)), ...other.slice(cut)]);
  }
  return new Uint8Array([...bytes, ...bytes]);
}

/** Real updates of every kind a workshop makes, from devices of several teams, to bend. */
function baseUpdates(): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const team of ['team-1', 'team-2', null]) {
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 5; i++)
      addCard(doc, `${team}-${i}`, { title: `Priority ${i}`, createdByTeamId: team });
    const card = cardsMap(doc).get(`${team}-1`)!;
    cardText(card, 'note').insert(0, 'noted');
    updateCard(doc, `${team}-1`, { title: 'Priority 1 edited' });
    // A title as older versions stored it (Y.Text), then typed in, then replaced whole.
    const older = cardsMap(doc).get(`${team}-3`)!;
    older.set('title', new Y.Text('Priority 3'));
    (older.get('title') as Y.Text).insert(3, ' edited');
    updateCard(doc, `${team}-3`, { title: 'Priority 3 retitled' });
    card.set('x', 0.25);
    removeCard(doc, `${team}-2`);
    doc.getMap('witnessNotes').set('w1', new Y.Text('a note'));
    doc.getMap('undeclared').set('k', 1);
  }
  return updates;
}

describe('hostile input on the control plane', () => {
  it(`survives ${COUNT} hostile Socket.IO commands and ${COUNT} mutated Yjs updates (seed ${seed})`, async () => {
    const dataDir = tempDataDir();
    const server = await startServer({ dataDir, commandsPerSec: 1e6, commandBurst: 1e6 });
    cleanup.push(() => server.close());
    const w = await createWorkshop(server.baseUrl);
    const tokens = [
      w.facilitatorToken,
      (await mintToken(server.baseUrl, w, { role: 'team', teamId: 'team-1' })).token,
      (await mintToken(server.baseUrl, w, { role: 'team', teamId: 'team-2' })).token,
      (await mintToken(server.baseUrl, w, { role: 'projector' })).token,
      (await mintToken(server.baseUrl, w, { role: 'witness' })).token,
    ];
    // A device that only listens: it holds exactly what the server accepted and relayed.
    const observer = connectProvider(server.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => observer.destroy());
    await synced(observer);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();

    // Socket.IO: every event, any payload, any role, with and without an acknowledgement.
    const sockets = tokens.map((token) => {
      const socket = io(server.baseUrl, { auth: { token }, transports: ['websocket'], forceNew: true });
      cleanup.push(() => socket.close());
      return socket;
    });
    await waitFor(() => sockets.every((s) => s.connected), 'the control sockets');
    const usedIds: string[] = [];
    let answered = 0;
    for (let sent = 0; sent < COUNT; sent += 1) {
      const socket = pick(sockets);
      if (!socket.connected) {
        socket.connect(); // an oversized packet closed it
        await waitFor(() => socket.connected, 'a control socket to reconnect');
      }
      const args: unknown[] = [hostilePayload(usedIds)];
      if (random() < 0.9) args.push(() => (answered += 1));
      (socket.emit as (event: string, ...rest: unknown[]) => void)(pick(events), ...args);
      if (sent % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
    }
    // Some packets are over the size limit, and close their connection with what was in flight.
    let last = -1;
    while (answered !== last) {
      last = answered;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(answered, 'commands answered').toBeGreaterThan(COUNT * 0.5);

    // Yjs: mutated updates from every role that may write, over bare WebSockets.
    const base = baseUpdates();
    const writers = tokens.filter((_, i) => i !== 3);
    // One real priority first, whole, so the comparison below always has accepted content in it,
    // however many of the bent updates a loaded machine's budgets turn away.
    const first = await openRaw(`${server.wsUrl}/${w.id}?token=${w.facilitatorToken}`);
    if (!('ws' in first)) throw new Error(`refused: ${first.status}`);
    first.ws.send(syncUpdateFrame(base[0]!));
    // (Asking for the map by name here would type it on the observer alone, and its JSON would
    // then differ from a fresh device's, which has not asked yet.)
    await waitFor(() => observer.doc.share.has('cards'), 'the first priority');
    first.ws.close();
    let socket: WebSocket | null = null;
    for (let sent = 0; sent < COUNT; sent += 1) {
      if (!socket || socket.readyState !== socket.OPEN) {
        const opened = await openRaw(`${server.wsUrl}/${w.id}?token=${pick(writers)}`);
        if (!('ws' in opened)) throw new Error(`refused: ${opened.status}`);
        socket = opened.ws;
      }
      socket.send(syncUpdateFrame(mutatedUpdate(base)));
      if (sent % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    socket?.close();
    delay.disable();
    expect(delay.max / 1e6, 'longest event-loop stall, ms').toBeLessThan(1000);
    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(health.status).toBe(200);

    // Let every accepted update reach the observer, then compare with a restart's view.
    const settled = connectProvider(server.wsUrl, w.id, w.facilitatorToken);
    await synced(settled);
    await waitFor(
      () => JSON.stringify(settled.doc.toJSON()) === JSON.stringify(observer.doc.toJSON()),
      'the observer to hold what the server holds',
    );
    settled.destroy();
    const expected = JSON.stringify(observer.doc.toJSON());
    expect(cardsMap(observer.doc).size, 'priorities some accepted updates made').toBeGreaterThan(0);
    for (const s of sockets) s.close();
    observer.destroy();
    await server.close();
    cleanup.splice(0);

    const again = await startServer({ dataDir });
    cleanup.push(() => again.close());
    const state = await new Promise<ControlState>((resolve) => {
      const s = io(again.baseUrl, {
        auth: { token: w.facilitatorToken },
        transports: ['websocket'],
        forceNew: true,
      });
      cleanup.push(() => s.close());
      s.once('control:state', resolve);
    });
    expect(state.unreadable).toEqual([]);
    const reloaded = connectProvider(again.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => reloaded.destroy());
    await synced(reloaded);
    expect(JSON.stringify(reloaded.doc.toJSON())).toBe(expected);
    expect(reloaded.doc.share.has('undeclared')).toBe(false);
  });
});

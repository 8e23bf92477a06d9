import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { addCard, readCards, type Ack, type ControlState } from '../../shared/src/index.js';
import { spawnScript, spawnServer, type ChildServer } from '../support/childServer.js';
import {
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  putPriorities,
  startServer,
  synced,
  tempDataDir,
  waitFor,
  type ControlClient,
} from '../support/server.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function stateVector(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

async function controlState(baseUrl: string, token: string): Promise<ControlState> {
  const client = connectControl(baseUrl, token);
  cleanup.push(() => client.close());
  return new Promise((resolve) => client.once('control:state', resolve));
}

async function startClock(client: ControlClient): Promise<ControlState> {
  const ack = (await client.emitWithAck('clock:command', {
    commandId: 'start-once-1',
    command: { type: 'start' },
  })) as Ack<ControlState>;
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.data;
}

describe('durability', () => {
  it('a server restarted on the same data folder has every card and the clock where it was', async () => {
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir });
    const w = await createWorkshop(first.baseUrl);
    const control = connectControl(first.baseUrl, w.facilitatorToken);
    const started = await startClock(control);
    control.close();
    const tablet = connectProvider(first.wsUrl, w.id, w.facilitatorToken);
    await synced(tablet);
    for (let i = 0; i < 50; i++) addCard(tablet.doc, `card-${i}`, { title: `Priority ${i}` });
    const expected = Y.encodeStateVector(tablet.doc);
    tablet.destroy();
    await first.close();

    const second = await startServer({ dataDir });
    cleanup.push(() => second.close());
    const fresh = connectProvider(second.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => fresh.destroy());
    await synced(fresh);
    expect(readCards(fresh.doc)).toHaveLength(50);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(expected);
    const state = await controlState(second.baseUrl, w.facilitatorToken);
    expect(state.clock).toEqual(started.clock);
  });

  it('keeps the board’s direction, votes and seen command ids through a restart', async () => {
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir });
    const w = await createWorkshop(first.baseUrl);
    await putPriorities(first.wsUrl, w.id, w.facilitatorToken, ['c1']);
    const control = connectControl(first.baseUrl, w.facilitatorToken);
    const board = (commandId: string, command: object) =>
      control.emitWithAck('board:command', { commandId, command } as never) as Promise<Ack<ControlState>>;
    await board('focus-once-1', { type: 'focus', focus: { kind: 'map' } });
    const voted = await board('vote-once-1', { type: 'vote', cardId: 'c1', delta: 1 });
    control.close();
    await first.close();

    const second = await startServer({ dataDir });
    cleanup.push(() => second.close());
    const state = await controlState(second.baseUrl, w.facilitatorToken);
    expect(voted.ok && state.board).toEqual(voted.ok && voted.data.board);
    expect(state.board.focus).toEqual({ kind: 'map' });
    const again = connectControl(second.baseUrl, w.facilitatorToken);
    cleanup.push(() => again.close());
    const replay = (await again.emitWithAck('board:command', {
      commandId: 'vote-once-1',
      command: { type: 'vote', cardId: 'c1', delta: 1 },
    } as never)) as Ack<ControlState>;
    expect(replay.ok && replay.data.version).toBe(state.version);
  });

  it('SIGKILL during a burst of edits loses nothing any client received or was told was saved', async () => {
    const dataDir = tempDataDir();
    let server: ChildServer = await spawnServer(dataDir);
    cleanup.push(() => server.child.kill('SIGKILL'));
    const w = await createWorkshop(server.baseUrl);
    const facilitator = connectControl(server.baseUrl, w.facilitatorToken);
    const started = await startClock(facilitator);
    facilitator.close();
    const team = await mintToken(server.baseUrl, w, { role: 'team', teamId: 'team-1' });

    const observer: WebsocketProvider = connectProvider(server.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => observer.destroy());
    await synced(observer);

    const editor = spawnScript('burstEditor.ts', [server.baseUrl, server.wsUrl, w.id, team.token]);
    cleanup.push(() => editor.child.kill('SIGKILL'));
    let editorClient = -1;
    let savedClock = 0;
    editor.lines.on('line', (line) => {
      const [word, value] = line.split(' ');
      if (word === 'client') editorClient = Number(value);
      if (word === 'saved') savedClock = Math.max(savedClock, Number(value));
    });
    await waitFor(() => savedClock > 1500, 'the editor to have many edits saved', 30_000);

    server.child.kill('SIGKILL');
    await server.exited;
    // What the clients hold at the moment of the crash is what must survive.
    const received = stateVector(observer.doc);
    const savedAtCrash = savedClock;
    editor.child.kill('SIGKILL');
    observer.destroy();
    expect(received.get(editorClient) ?? 0).toBeGreaterThan(0);

    server = await spawnServer(dataDir);
    const fresh = connectProvider(server.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => fresh.destroy());
    await synced(fresh);
    const recovered = stateVector(fresh.doc);
    for (const [client, clock] of received) expect(recovered.get(client) ?? 0).toBeGreaterThanOrEqual(clock);
    expect(recovered.get(editorClient) ?? 0).toBeGreaterThanOrEqual(savedAtCrash);
    const state = await controlState(server.baseUrl, w.facilitatorToken);
    expect(state.clock).toEqual(started.clock);
    expect(state.clock.deadlineAtMs).toBe(started.clock.deadlineAtMs);
  });

  it('compacts the update log into a snapshot and loads the same board from it', async () => {
    const dataDir = tempDataDir();
    const s = await startServer({ dataDir });
    const w = await createWorkshop(s.baseUrl);
    const tablet = connectProvider(s.wsUrl, w.id, w.facilitatorToken);
    await synced(tablet);
    for (let i = 0; i < 1200; i++) addCard(tablet.doc, `c${i}`, { title: `Card ${i}` });
    const observer = connectProvider(s.wsUrl, w.id, w.facilitatorToken);
    await synced(observer);
    await waitFor(() => readCards(observer.doc).length === 1200, 'every card relayed');
    const db = new Database(path.join(dataDir, 'challenge-board.sqlite'), { readonly: true });
    const logged = db.prepare('SELECT count(*) AS n FROM doc_updates WHERE workshop_id = ?').get(w.id) as {
      n: number;
    };
    const snapshot = db.prepare('SELECT upto_seq FROM doc_snapshots WHERE workshop_id = ?').get(w.id);
    db.close();
    expect(snapshot).toBeDefined();
    expect(logged.n).toBeLessThan(500);
    tablet.destroy();
    observer.destroy();
    await s.close();
    const again = await startServer({ dataDir });
    cleanup.push(() => again.close());
    const fresh = connectProvider(again.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => fresh.destroy());
    await synced(fresh);
    expect(readCards(fresh.doc)).toHaveLength(1200);
  });

  it('a second server on the same data folder refuses to start until the first has gone, even by SIGKILL', async () => {
    const dataDir = tempDataDir();
    const first = await spawnServer(dataDir);
    cleanup.push(() => first.child.kill('SIGKILL'));
    const w = await createWorkshop(first.baseUrl);
    await expect(startServer({ dataDir })).rejects.toThrow(
      /Another Challenge Board server is using the data folder .*DATA_DIR/,
    );
    expect((await fetch(`${first.baseUrl}/api/templates`)).status).toBe(200); // the first carries on

    first.child.kill('SIGKILL');
    await first.exited;
    const second = await startServer({ dataDir });
    cleanup.push(() => second.close());
    const summary = await fetch(`${second.baseUrl}/api/workshops/${w.id}`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    expect(summary.status).toBe(200);
  });
});

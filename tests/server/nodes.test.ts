import { afterEach, describe, expect, it } from 'vitest';
import { addCard, readCards, type Ack, type ControlState } from '../../shared/src/index.js';
import { createServer, type ChallengeBoardServer } from '../../server/src/app.js';
import { createLogger } from '../../server/src/log.js';
import { openSqliteStorage } from '../../server/src/store/sqlite/sqliteStorage.js';
import type { Storage } from '../../server/src/store/storage.js';
import {
  closeOf,
  connectControl,
  connectProvider,
  createWorkshop,
  freePort,
  synced,
  tempDataDir,
  waitFor,
} from '../support/server.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/**
 * Two nodes in this process over one storage, as two processes share one PostgreSQL: what is
 * tested here is ownership and forwarding, not the engine (the contract suite tests both).
 */
async function twoNodes() {
  const storage = openSqliteStorage({ dataDir: tempDataDir() });
  const shared: Storage = { ...storage, close: async () => {} };
  cleanup.push(() => storage.close());
  const node = async (name: string) => {
    const port = await freePort();
    const server: ChallengeBoardServer = createServer({
      dataDir: tempDataDir(),
      storage: shared,
      nodeName: name,
      nodeAddress: `http://127.0.0.1:${port}`,
      leaseTtlMs: 2_000,
      logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    });
    await server.listen(port, '127.0.0.1');
    let open = true;
    const close = async () => {
      if (open) await server.close();
      open = false;
    };
    cleanup.push(close);
    return { server, baseUrl: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/yjs`, close };
  };
  return { a: await node('a'), b: await node('b'), storage };
}

const clockStart = (client: ReturnType<typeof connectControl>) =>
  client.timeout(5000).emitWithAck('clock:command', {
    commandId: `start-${Math.random()}`,
    command: { type: 'start' },
  } as never) as Promise<Ack<ControlState>>;

describe('several nodes: one owner per workshop', () => {
  it('a device that reaches the other node is passed to the owner: the document, the control plane and REST', async () => {
    const { a, b, storage } = await twoNodes();
    const w = await createWorkshop(a.baseUrl);
    const onA = connectProvider(a.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => onA.destroy());
    await synced(onA);
    const owner = await storage.leases.owner(w.id);
    expect(owner?.nodeId).toBe(a.server.nodeId);

    const onB = connectProvider(b.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => onB.destroy());
    await synced(onB);
    addCard(onB.doc, 'c1', { title: 'Typed on a tablet that reached node b' });
    await waitFor(() => readCards(onA.doc).length === 1, 'the card to reach the device on node a');
    // Node b never loaded it: the workshop is live on node a alone.
    expect(b.server.nodeId).not.toBe(a.server.nodeId);
    expect((await (await fetch(`${b.baseUrl}/healthz`)).json()).loadedWorkshops).toBe(0);

    const control = connectControl(b.baseUrl, w.facilitatorToken, w.id);
    cleanup.push(() => control.close());
    const started = await clockStart(control);
    expect(started.ok).toBe(true);
    const watcher = connectControl(a.baseUrl, w.facilitatorToken, w.id);
    cleanup.push(() => watcher.close());
    const seen = await new Promise<ControlState>((resolve) => watcher.once('control:state', resolve));
    expect(seen.clock).toEqual(started.ok && started.data.clock);

    const viaB = await fetch(`${b.baseUrl}/api/workshops/${w.id}`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    expect(viaB.status).toBe(200);
    expect((await viaB.json()).id).toBe(w.id);
  });

  it('when the owner stops, its devices reconnect and the other node takes the workshop with nothing lost', async () => {
    const { a, b, storage } = await twoNodes();
    const w = await createWorkshop(a.baseUrl);
    const onA = connectProvider(a.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => onA.destroy());
    await synced(onA);
    const onB = connectProvider(b.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => onB.destroy());
    await synced(onB);
    addCard(onA.doc, 'c1', { title: 'Before the move' });
    await waitFor(() => readCards(onB.doc).length === 1, 'the card on the device that reached node b');
    const before = (await storage.leases.owner(w.id))!;

    const closed = closeOf(onA);
    await a.close();
    expect((await closed).code).toBe(1001);
    // The device on node b was passed to node a; it reconnects, and node b now has the workshop.
    await waitFor(() => !onB.wsconnected, 'the device on node b to lose node a behind it');
    await waitFor(() => onB.wsconnected && onB.synced, 'the device on node b back and synced', 10_000);
    expect((await storage.leases.owner(w.id))?.nodeId).toBe(b.server.nodeId);
    const after = (await storage.leases.owner(w.id))!;
    expect(after.epoch).toBeGreaterThan(before.epoch);
    addCard(onB.doc, 'c2', { title: 'After the move' });
    const fresh = connectProvider(b.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => fresh.destroy());
    await synced(fresh);
    await waitFor(() => readCards(fresh.doc).length === 2, 'both cards on a fresh device');
  });
});

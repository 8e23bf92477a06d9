import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, readCards, type Identity } from '../../shared/src/index.js';
import { createLogger } from '../../server/src/log.js';
import { GroupCommit } from '../../server/src/store/groupCommit.js';
import { Ownership } from '../../server/src/workshops/ownership.js';
import { RoomRegistry } from '../../server/src/workshops/registry.js';
import { Peer, type PeerSocket } from '../../server/src/yjs/peer.js';
import { updateMessage } from '../../server/src/yjs/protocol.js';
import { databaseWithWorkshops, settled } from '../support/roomHarness.js';

afterEach(() => {
  vi.useRealTimers();
});

const identity: Identity = { linkId: 'l1', name: 'Facilitator', role: 'facilitator', teamId: null };
const budget = { messagesPerSec: 1000, messageBurst: 1000, bytesPerSec: 1e9, byteBurst: 1e9 };

async function setUp() {
  const { docs, leases } = await databaseWithWorkshops('w1');
  const commits = new GroupCommit(docs, (flush) => queueMicrotask(flush));
  const log = createLogger('silent');
  const ownership = new Ownership({ leases, nodeId: 'node-a', ttlMs: 60_000, log, lost: () => {} });
  const registry: RoomRegistry = new RoomRegistry({
    unloadGraceMs: 60_000,
    log,
    ownership,
    roomDeps: (reg) => ({
      docs,
      commits,
      log,
      nowMs: () => 0,
      limits: { maxDocBytes: 1e9, compactAfterUpdates: 500, compactAfterBytes: 1e9 },
      hooks: {
        durable: () => {},
        notice: () => {},
        empty: (room) => reg.scheduleUnload(room),
        contentRemoved: () => {},
        refused: () => {},
      },
    }),
  });
  return { registry, docs, leases };
}

const socket = (): PeerSocket & { sent: Uint8Array[] } => {
  const sent: Uint8Array[] = [];
  return { sent, send: (d) => sent.push(d), close: () => {} };
};

describe('workshop registry', () => {
  it('keeps an empty workshop loaded through the grace period, then writes it out and unloads it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { registry, docs, leases } = await setUp();
    const [room, again] = await Promise.all([registry.acquire('w1'), registry.acquire('w1')]);
    expect(again).toBe(room); // one loaded document however many ask at once
    expect(await leases.owner('w1')).toMatchObject({ nodeId: 'node-a' });
    const peer = new Peer(socket(), identity, ['cards', 'witnessNotes'], true, budget, () => 0);
    room.join(peer);
    const edit = new Y.Doc();
    addCard(edit, 'kept', { title: 'Kept through unload' });
    room.receive(peer, updateMessage(Y.encodeStateAsUpdate(edit)));
    await Promise.resolve();
    room.leave(peer);

    vi.advanceTimersByTime(59_000);
    expect(registry.find('w1')).toBe(room); // a projector reload within a minute finds it in memory
    vi.advanceTimersByTime(2_000);
    expect(registry.find('w1')).toBeUndefined();
    await settled();
    const stored = await docs.load('w1');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toHaveLength(0);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored.snapshot!);
    expect(readCards(reloaded).map((c) => c.title)).toEqual(['Kept through unload']);
    // Unloaded, the workshop is let go at once: another node may take it without waiting.
    expect(await leases.owner('w1')).toBeNull();
    expect(await leases.acquire('w1', 'node-b', 5_000)).toBe(2);
  });

  it('a connection that returns within the grace period cancels the unload', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { registry } = await setUp();
    const room = await registry.acquire('w1');
    const first = new Peer(socket(), identity, [], false, budget, () => 0);
    room.join(first);
    room.leave(first);
    vi.advanceTimersByTime(30_000);
    const again = await registry.acquire('w1');
    room.join(new Peer(socket(), identity, [], false, budget, () => 0));
    vi.advanceTimersByTime(120_000);
    expect(registry.find('w1')).toBe(again);
    expect(again).toBe(room);
  });

  it('writes out at start-up the update log a crash left behind, once no node owns it', async () => {
    const { registry, docs, leases } = await setUp();
    const edit = new Y.Doc();
    addCard(edit, 'left', { title: 'Logged before the crash' });
    const epoch = (await leases.acquire('w1', 'dead-node', 60_000))!;
    await docs.append([{ workshopId: 'w1', seq: 1, epoch, data: Y.encodeStateAsUpdate(edit) }]);
    // Its owner is alive as far as anyone knows: not a leftover yet.
    expect(await docs.orphanedLogs()).toEqual([]);
    await leases.release('w1', 'dead-node', epoch);
    expect(await docs.orphanedLogs()).toEqual(['w1']);

    await registry.writeOutLeftovers(await docs.orphanedLogs());
    expect(await docs.orphanedLogs()).toEqual([]);
    expect(registry.find('w1')).toBeUndefined();
    expect(await leases.owner('w1')).toBeNull();
    const stored = await docs.load('w1');
    expect(stored).toMatchObject({ updates: [], lastSeq: 1 });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot!);
    expect(readCards(doc).map((c) => c.title)).toEqual(['Logged before the crash']);
  });
});

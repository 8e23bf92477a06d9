import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, readCards, type Identity } from '../../shared/src/index.js';
import { createLogger } from '../../server/src/log.js';
import { GroupCommit } from '../../server/src/store/groupCommit.js';
import { RoomRegistry } from '../../server/src/workshops/registry.js';
import { Peer, type PeerSocket } from '../../server/src/yjs/peer.js';
import { updateMessage } from '../../server/src/yjs/protocol.js';
import { databaseWithWorkshops } from '../support/roomHarness.js';

afterEach(() => {
  vi.useRealTimers();
});

const identity: Identity = { linkId: 'l1', name: 'Facilitator', role: 'facilitator', teamId: null };
const budget = { messagesPerSec: 1000, messageBurst: 1000, bytesPerSec: 1e9, byteBurst: 1e9 };

function setUp() {
  const { docs } = databaseWithWorkshops('w1');
  const commits = new GroupCommit(docs, (flush) => queueMicrotask(flush));
  const log = createLogger('silent');
  const registry = new RoomRegistry({
    unloadGraceMs: 60_000,
    log,
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
  return { registry, docs };
}

const socket = (): PeerSocket & { sent: Uint8Array[] } => {
  const sent: Uint8Array[] = [];
  return { sent, send: (d) => sent.push(d), close: () => {} };
};

describe('workshop registry', () => {
  it('keeps an empty workshop loaded through the grace period, then writes it out and unloads it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { registry, docs } = setUp();
    const room = registry.acquire('w1');
    expect(registry.acquire('w1')).toBe(room); // one loaded document however many ask
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
    const stored = docs.load('w1');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toHaveLength(0);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored.snapshot!);
    expect(readCards(reloaded).map((c) => c.title)).toEqual(['Kept through unload']);
  });

  it('a connection that returns within the grace period cancels the unload', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { registry } = setUp();
    const room = registry.acquire('w1');
    const first = new Peer(socket(), identity, [], false, budget, () => 0);
    room.join(first);
    room.leave(first);
    vi.advanceTimersByTime(30_000);
    const again = registry.acquire('w1');
    room.join(new Peer(socket(), identity, [], false, budget, () => 0));
    vi.advanceTimersByTime(120_000);
    expect(registry.find('w1')).toBe(again);
    expect(again).toBe(room);
  });

  it('writes out at start-up the update log a crash left behind', () => {
    const { registry, docs } = setUp();
    const edit = new Y.Doc();
    addCard(edit, 'left', { title: 'Logged before the crash' });
    docs.append([{ workshopId: 'w1', seq: 1, data: Y.encodeStateAsUpdate(edit) }]);
    expect(docs.workshopsWithLog()).toEqual(['w1']);

    registry.writeOutLeftovers(docs.workshopsWithLog());
    expect(docs.workshopsWithLog()).toEqual([]);
    expect(registry.find('w1')).toBeUndefined();
    const stored = docs.load('w1');
    expect(stored).toMatchObject({ updates: [], lastSeq: 1 });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot!);
    expect(readCards(doc).map((c) => c.title)).toEqual(['Logged before the crash']);
  });
});

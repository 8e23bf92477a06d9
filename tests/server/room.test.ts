import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncStep1Message, updateMessage } from '../../server/src/yjs/protocol.js';
import { cardUpdate, roomWithManualCommit } from '../support/roomHarness.js';

describe('workshop room: nothing leaves before it is on disk', () => {
  it('relays, serves and reports saved only after the commit', async () => {
    const saved: (number | null)[] = [];
    const { room, docs, join, commit } = await roomWithManualCommit({
      durable: (r) => saved.push(r.savedClockOf(7)),
    });
    const a = join();
    const b = join();
    const c = join();
    const before = { b: b.socket.sent.length, c: c.socket.sent.length };
    saved.length = 0;

    const { doc, update } = cardUpdate(7, 'Libraries');
    room.receive(a.peer, updateMessage(update));
    room.receive(c.peer, syncStep1Message(new Y.Doc()));

    // Applied in memory, not yet on disk: nobody hears of it.
    expect(b.socket.sent.length).toBe(before.b);
    expect(c.socket.sent.length).toBe(before.c);
    expect(saved.filter((clock) => clock !== null)).toEqual([]);
    expect(room.savedClockOf(7)).toBeNull();
    expect((await docs.load('w1')).updates).toHaveLength(0);

    await commit();
    expect((await docs.load('w1')).updates).toHaveLength(1);
    expect(b.socket.sent.length).toBe(before.b + 1);
    expect(c.socket.sent.length).toBe(before.c + 2); // the update and the answer to its sync step 1
    expect(a.socket.sent.length).toBeLessThan(b.socket.sent.length); // never echoed to the sender
    expect(saved.at(-1)).toBe(Y.getState(doc.store, 7));
  });
});

describe('workshop room: compaction', () => {
  /** Sends `count` one-card updates from one device, committing each, and says what storage holds. */
  async function logAfter(random: () => number, count: number, bytesEach = 0) {
    const { room, docs, join, commit } = await roomWithManualCommit(
      {},
      random,
      bytesEach ? { compactAfterBytes: 10_000 } : {},
    );
    const a = join();
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => room.receive(a.peer, updateMessage(update)));
    for (let i = 0; i < count; i++) {
      doc.getMap('cards').set(`c${i}`, bytesEach ? 'x'.repeat(bytesEach) : i);
      await commit();
    }
    return docs.load('w1');
  }

  it('compacts by the limit at the latest, and at no fixed count, so rooms under one load spread out', async () => {
    // The limit is 500 updates; each room draws its point between half of it and all of it.
    expect((await logAfter(() => 0, 249)).snapshot).toBeNull();
    expect(await logAfter(() => 0, 250)).toMatchObject({ updates: [], lastSeq: 250 });
    expect((await logAfter(() => 0.999, 499)).snapshot).toBeNull();
    const late = await logAfter(() => 0.999, 500);
    expect(late.updates).toEqual([]);
    expect(late.snapshot).not.toBeNull();
    // After a compaction the next point is drawn afresh.
    const draws = [0, 0.5];
    const twice = await logAfter(() => draws.shift() ?? 0.5, 250 + 375);
    expect(twice).toMatchObject({ updates: [], lastSeq: 625 });
  });

  it('compacts by the byte limit too, drawn the same way', async () => {
    // 10,000 bytes at most; updates of a little over 1,000 bytes each.
    expect((await logAfter(() => 0, 4, 1000)).snapshot).toBeNull();
    expect((await logAfter(() => 0, 5, 1000)).updates).toEqual([]);
    expect((await logAfter(() => 0.999, 9, 1000)).snapshot).toBeNull();
    expect((await logAfter(() => 0.999, 10, 1000)).updates).toEqual([]);
  });
});

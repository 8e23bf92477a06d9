import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncStep1Message, updateMessage } from '../../server/src/yjs/protocol.js';
import { cardUpdate, roomWithManualCommit } from '../support/roomHarness.js';

describe('workshop room: nothing leaves before it is on disk', () => {
  it('relays, serves and reports saved only after the commit', () => {
    const saved: (number | null)[] = [];
    const { room, docs, join, commit } = roomWithManualCommit({
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
    expect(docs.load('w1').updates).toHaveLength(0);

    commit();
    expect(docs.load('w1').updates).toHaveLength(1);
    expect(b.socket.sent.length).toBe(before.b + 1);
    expect(c.socket.sent.length).toBe(before.c + 2); // the update and the answer to its sync step 1
    expect(a.socket.sent.length).toBeLessThan(b.socket.sent.length); // never echoed to the sender
    expect(saved.at(-1)).toBe(Y.getState(doc.store, 7));
  });
});

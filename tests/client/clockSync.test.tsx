import { afterEach, describe, expect, it, vi } from 'vitest';
import { startClockSync } from '../../client/src/live/clockSync.js';
import type { ControlSocket } from '../../client/src/live/controlSocket.js';
import { createSessionStore } from '../../client/src/state/sessionStore.js';

/**
 * A control connection whose pings take the given trips out and back (ms, on the device's fake
 * clock), answered by a server whose clock is `offsetMs` ahead of the device's.
 */
function fakeSocket(offsetMs: number, trips: [number, number][], clock: { nowMs: number }) {
  let n = 0;
  const socket = {
    connected: true,
    on: vi.fn(),
    off: vi.fn(),
    timeout: () => ({
      emitWithAck: async () => {
        const [out, back] = trips[Math.min(n++, trips.length - 1)]!;
        clock.nowMs += out;
        const serverNowMs = clock.nowMs + offsetMs;
        clock.nowMs += back;
        return { ok: true, data: { serverNowMs } };
      },
    }),
  };
  return socket as unknown as ControlSocket;
}

afterEach(() => vi.restoreAllMocks());

describe('measuring the device’s clock against the server’s', () => {
  it('keeps a running countdown blank until the offset is known to a few ms, then has it exactly', async () => {
    // The device's own clock, moved only by the pings' trips (nothing else advances it).
    const clock = { nowMs: 1_000_000 };
    vi.spyOn(Date, 'now').mockImplementation(() => clock.nowMs);
    const store = createSessionStore();
    // Venue Wi-Fi: the first ping is slow back; the second slow out. Alone, each leaves the offset
    // 16 ms uncertain; together they pin it to 2 ms (a quick trip out from one, back from the other).
    const socket = fakeSocket(
      4321,
      [
        [2, 30],
        [30, 2],
        [20, 20],
      ],
      clock,
    );
    const seen: boolean[] = [];
    store.subscribe((s) => seen.push(s.clockSynced));
    const stop = startClockSync(socket, store);
    await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(3));
    stop();
    // Not shown off the first rough ping: only once the two together have pinned it.
    expect(seen.slice(0, 2)).toEqual([false, true]);
    expect(Math.abs(store.getState().offsetMs - 4321)).toBeLessThanOrEqual(2);
  });
});

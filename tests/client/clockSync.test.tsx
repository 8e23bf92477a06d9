import { afterEach, describe, expect, it, vi } from 'vitest';
import { startClockSync } from '../../client/src/live/clockSync.js';
import type { ControlSocket } from '../../client/src/live/controlSocket.js';
import { createSessionStore } from '../../client/src/state/sessionStore.js';

/**
 * A control connection whose pings take the given trips out and back (ms, on the device's fake
 * clock), answered by a server whose clock is `offsetMs` ahead of the device's.
 */
function fakeSocket(offsetMs: number, trips: [number, number][]) {
  let n = 0;
  const socket = {
    connected: true,
    on: vi.fn(),
    off: vi.fn(),
    timeout: () => ({
      emitWithAck: async () => {
        const [out, back] = trips[Math.min(n++, trips.length - 1)]!;
        vi.setSystemTime(Date.now() + out);
        const serverNowMs = Date.now() + offsetMs;
        vi.setSystemTime(Date.now() + back);
        return { ok: true, data: { serverNowMs } };
      },
    }),
  };
  return socket as unknown as ControlSocket;
}

afterEach(() => vi.useRealTimers());

describe('measuring the device’s clock against the server’s', () => {
  it('keeps a running countdown blank until the offset is known to a few ms, then has it exactly', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const store = createSessionStore();
    // Venue Wi-Fi: the first pings are slow one way or the other; then one quick each way.
    const socket = fakeSocket(4321, [
      [30, 2],
      [2, 30],
      [20, 20],
      [1, 40],
      [40, 1],
    ]);
    const seen: boolean[] = [];
    store.subscribe((s) => seen.push(s.clockSynced));
    const stop = startClockSync(socket, store);
    await vi.waitFor(() => expect(store.getState().clockSynced).toBe(true));
    // Not shown off the first rough pings: only once a quick trip out and back were both in.
    expect(seen.slice(0, 3)).toEqual([false, false, false]);
    await vi.waitFor(() => expect(store.getState().offsetMs).toBeCloseTo(4321, 0));
    stop();
  });
});

import { estimateOffset, slewOffset, type TimeSample } from '../../../shared/src/index.js';
import type { SessionStore } from '../state/sessionStore.js';
import type { ControlSocket } from './controlSocket.js';

// Thirty-two pings on connect, then eight every 30 s. Each ping bounds the offset from both sides
// and the estimate is the middle of all the bounds (see estimateOffset): through a proxy holding
// each chunk 0–50 ms, thirty-two pings pin it to a millisecond or two, so screens change second in
// the same frame or the next. Only the last 45 s of pings count, so the device clock's own drift never piles up.
const BURST = 32;
const TOP_UP = 8;
const WINDOW_MS = 45_000;
const SETTLED_MS = 5;
/** Pings after which the countdown shows, however jittery the network. */
const SHOW_AFTER = 8;
const EVERY_MS = 30_000;

/**
 * Estimates the offset between this device's clock and the server's, NTP-style: a burst of pings
 * on (re)connect and when the tab becomes visible again, then one every 30 s; the lowest round
 * trips win, and small corrections are slewed so the countdown never jumps.
 */
export function startClockSync(socket: ControlSocket, store: SessionStore): () => void {
  let samples: TimeSample[] = [];
  let estimated: number | null = null;

  const ping = async () => {
    const sentAtMs = Date.now();
    try {
      const ack = await socket.timeout(5000).emitWithAck('time:ping', { sentAtMs });
      if (!ack.ok) return;
      const receivedAtMs = Date.now();
      samples = [
        ...samples.filter((s) => receivedAtMs - s.receivedAtMs < WINDOW_MS),
        { sentAtMs, serverNowMs: ack.data.serverNowMs, receivedAtMs },
      ];
      const estimate = estimateOffset(samples);
      if (!estimate) return;
      // The device's clock was changed: the older pings no longer bound anything.
      if (!estimate.consistent) samples = samples.slice(-1);
      estimated = slewOffset(estimated, estimate.offsetMs, 50);
      // The room sees a running countdown once the offset is known to within a few ms, or after a
      // few pings however jittery the network: not off the first rough ping.
      const settled =
        store.getState().clockSynced || estimate.errorMs <= SETTLED_MS || samples.length >= SHOW_AFTER;
      store.setState({ offsetMs: estimated, clockSynced: settled });
    } catch {
      // No answer in time: the next ping tries again.
    }
  };
  const burst = async (count = BURST) => {
    for (let i = 0; i < count; i++) await ping();
  };
  // A reconnect or a wake may follow a change of the device's clock: start the bounds afresh.
  const fresh = () => {
    samples = [];
    return burst();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible' && socket.connected) void fresh();
  };

  socket.on('connect', fresh);
  document.addEventListener('visibilitychange', onVisible);
  const timer = window.setInterval(() => socket.connected && void burst(TOP_UP), EVERY_MS);
  if (socket.connected) void fresh();
  return () => {
    socket.off('connect', fresh);
    document.removeEventListener('visibilitychange', onVisible);
    window.clearInterval(timer);
  };
}

import { estimateOffset, slewOffset, type TimeSample } from '../../../shared/src/index.js';
import type { SessionStore } from '../state/sessionStore.js';
import type { ControlSocket } from './controlSocket.js';

// Sixteen pings on connect: through a jittery network the shortest round trip of many is the one
// least skewed one way or the other. Through a proxy holding each chunk 0–50 ms, two projectors
// with five pings changed second a frame apart (17 ms); with sixteen, in the same frame (0–1 ms).
const BURST = 16;
const KEEP = 32;
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
      samples = [...samples, { sentAtMs, serverNowMs: ack.data.serverNowMs, receivedAtMs: Date.now() }].slice(
        -KEEP,
      );
      const estimate = estimateOffset(samples);
      if (!estimate) return;
      estimated = slewOffset(estimated, estimate.offsetMs, 50);
      store.setState({ offsetMs: estimated, clockSynced: true });
    } catch {
      // No answer in time: the next ping tries again.
    }
  };
  const burst = async () => {
    samples = [];
    for (let i = 0; i < BURST; i++) await ping();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible' && socket.connected) void burst();
  };

  socket.on('connect', burst);
  document.addEventListener('visibilitychange', onVisible);
  const timer = window.setInterval(() => socket.connected && void ping(), EVERY_MS);
  if (socket.connected) void burst();
  return () => {
    socket.off('connect', burst);
    document.removeEventListener('visibilitychange', onVisible);
    window.clearInterval(timer);
  };
}

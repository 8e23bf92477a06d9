/** One round trip of a clock-sync ping: the device's send and receive times and the server's time. */
export interface TimeSample {
  sentAtMs: number;
  serverNowMs: number;
  receivedAtMs: number;
}

export interface OffsetEstimate {
  /** Add to the device's clock to get the server's. */
  offsetMs: number;
  roundTripMs: number;
}

/**
 * NTP-style estimate: the sample with the shortest round trip is the one least delayed by queues,
 * and the server's reading is assumed to sit in the middle of it.
 */
export function estimateOffset(samples: readonly TimeSample[]): OffsetEstimate | null {
  let best: OffsetEstimate | null = null;
  for (const s of samples) {
    const roundTripMs = s.receivedAtMs - s.sentAtMs;
    if (roundTripMs < 0) continue;
    if (best === null || roundTripMs < best.roundTripMs) {
      best = { roundTripMs, offsetMs: s.serverNowMs - (s.sentAtMs + roundTripMs / 2) };
    }
  }
  return best;
}

/**
 * Moves the offset in use towards a new estimate. Small corrections are slewed (at most
 * `maxStepMs` per call) so a countdown never jumps back a second; large ones (a sleeping tablet,
 * a changed system clock) are taken at once.
 */
export function slewOffset(
  currentMs: number | null,
  targetMs: number,
  maxStepMs = 20,
  jumpAboveMs = 1000,
): number {
  if (currentMs === null) return targetMs;
  const diff = targetMs - currentMs;
  if (Math.abs(diff) > jumpAboveMs) return targetMs;
  return currentMs + Math.max(-maxStepMs, Math.min(maxStepMs, diff));
}

/** One round trip of a clock-sync ping: the device's send and receive times and the server's time. */
export interface TimeSample {
  sentAtMs: number;
  serverNowMs: number;
  receivedAtMs: number;
}

export interface OffsetEstimate {
  /** Add to the device's clock to get the server's. */
  offsetMs: number;
  /** How far either side of offsetMs the true offset can be, at most. */
  errorMs: number;
  /** False when no offset fitted every sample (the device's clock changed): start the samples afresh. */
  consistent: boolean;
}

/**
 * Each round trip bounds the offset: the server read its clock somewhere between the device's
 * send and receive, so the offset lies in [server − received, server − sent]. All of them hold at
 * once, so the estimate is the middle of their intersection. On a jittery network that pairs the
 * least delayed trip out from one ping with the least delayed trip back from another, and is far
 * tighter than the single shortest round trip (NTP's choice) when delays differ each way.
 * Samples are from one burst or a few minutes, so the device clock's drift does not matter. When
 * no offset fits them all (the device's clock was changed mid-way), the shortest round trip is used.
 */
export function estimateOffset(samples: readonly TimeSample[]): OffsetEstimate | null {
  const valid = samples.filter((s) => s.receivedAtMs >= s.sentAtMs);
  if (valid.length === 0) return null;
  const low = Math.max(...valid.map((s) => s.serverNowMs - s.receivedAtMs));
  const high = Math.min(...valid.map((s) => s.serverNowMs - s.sentAtMs));
  if (low <= high) return { offsetMs: (low + high) / 2, errorMs: (high - low) / 2, consistent: true };
  const best = valid.reduce((a, b) => (b.receivedAtMs - b.sentAtMs < a.receivedAtMs - a.sentAtMs ? b : a));
  const roundTripMs = best.receivedAtMs - best.sentAtMs;
  return {
    offsetMs: best.serverNowMs - (best.sentAtMs + roundTripMs / 2),
    errorMs: roundTripMs / 2,
    consistent: false,
  };
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

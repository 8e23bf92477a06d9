import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateOffset, slewOffset, type TimeSample } from '../../shared/src/index.js';

/** A ping from a device whose clock is `offsetMs` behind the server's, delayed `upMs` out and `downMs` back. */
const ping = (atMs: number, offsetMs: number, upMs: number, downMs: number): TimeSample => ({
  sentAtMs: atMs,
  serverNowMs: atMs + upMs + offsetMs,
  receivedAtMs: atMs + upMs + downMs,
});

describe('clock offset estimate', () => {
  it('pairs the quickest trip out from one ping with the quickest trip back from another', () => {
    // Each ping is slow one way: the shortest round trip alone would be 19.5 ms out.
    const estimate = estimateOffset([ping(1000, 5000, 1, 40), ping(2000, 5000, 40, 1)]);
    expect(estimate).toEqual({ offsetMs: 5000, errorMs: 1, consistent: true });
    expect(estimateOffset([])).toBeNull();
  });

  it('always brackets the true offset, within half the quickest trips out and back', () => {
    const delays = fc.array(
      fc.tuple(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true })),
      {
        minLength: 1,
        maxLength: 32,
      },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), delays, (offsetMs, trips) => {
        const samples = trips.map(([up, down], i) => ping(10_000 + i * 100, offsetMs, up, down));
        const estimate = estimateOffset(samples)!;
        expect(Math.abs(estimate.offsetMs - offsetMs)).toBeLessThanOrEqual(estimate.errorMs + 1e-6);
        const quickestOut = Math.min(...trips.map(([up]) => up));
        const quickestBack = Math.min(...trips.map(([, down]) => down));
        expect(estimate.errorMs).toBeCloseTo((quickestOut + quickestBack) / 2, 6);
      }),
    );
  });

  it('falls back to the shortest round trip when the device’s clock changed mid-way', () => {
    const estimate = estimateOffset([
      { sentAtMs: 1000, serverNowMs: 6100, receivedAtMs: 1200 }, // 200 ms round trip
      { sentAtMs: 2000, serverNowMs: 17005, receivedAtMs: 2010 }, // the clock moved 10 s: no offset fits both
      { sentAtMs: 3000, serverNowMs: 8000, receivedAtMs: 2990 }, // clock went backwards: ignored
    ]);
    expect(estimate).toEqual({ offsetMs: 15000, errorMs: 5, consistent: false });
  });

  it('slews small corrections and jumps large ones', () => {
    expect(slewOffset(null, 300)).toBe(300);
    expect(slewOffset(100, 150)).toBe(120);
    expect(slewOffset(100, 90)).toBe(90);
    expect(slewOffset(100, 5000)).toBe(5000);
  });
});

import { describe, expect, it } from 'vitest';
import { estimateOffset, slewOffset } from '../../shared/src/index.js';

describe('clock offset estimate', () => {
  it('keeps the sample with the shortest round trip', () => {
    const estimate = estimateOffset([
      { sentAtMs: 1000, serverNowMs: 6100, receivedAtMs: 1200 }, // 200 ms round trip
      { sentAtMs: 2000, serverNowMs: 7005, receivedAtMs: 2010 }, // 10 ms: the best
      { sentAtMs: 3000, serverNowMs: 8000, receivedAtMs: 2990 }, // clock went backwards: ignored
    ]);
    expect(estimate).toEqual({ roundTripMs: 10, offsetMs: 5000 });
    expect(estimateOffset([])).toBeNull();
  });

  it('slews small corrections and jumps large ones', () => {
    expect(slewOffset(null, 300)).toBe(300);
    expect(slewOffset(100, 150)).toBe(120);
    expect(slewOffset(100, 90)).toBe(90);
    expect(slewOffset(100, 5000)).toBe(5000);
  });
});

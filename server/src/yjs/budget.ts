/**
 * A token bucket: `ratePerSec` sustained, `burst` at once. Each connection gets one for messages
 * and one for bytes, so one misbehaving device cannot starve the room.
 */
export class TokenBucket {
  private tokens: number;
  private lastMs: number;

  constructor(
    private readonly ratePerSec: number,
    private readonly burst: number,
    private readonly nowMs: () => number,
  ) {
    this.tokens = burst;
    this.lastMs = nowMs();
  }

  take(amount: number): boolean {
    const now = this.nowMs();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.lastMs) / 1000) * this.ratePerSec);
    this.lastMs = now;
    if (amount > this.tokens) return false;
    this.tokens -= amount;
    return true;
  }
}

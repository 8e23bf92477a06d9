import type { Logger } from '../log.js';
import type { Epoch, LeaseStore } from '../store/storage.js';

export interface OwnershipOptions {
  leases: LeaseStore;
  /** This process: unique per start, so a restarted node is a new owner, never its dead self. */
  nodeId: string;
  /** How long a lease lives without renewal: how soon another node may take a workshop of a dead one. */
  ttlMs: number;
  log: Logger;
  /** Leases were lost (renewal found another owner, or the database was out of reach for a whole lease). */
  lost: (workshopIds: string[]) => void;
  nowMs?: () => number;
}

/**
 * The workshops this node owns: each a lease in storage, renewed together every third of its
 * life. A node that cannot renew stops serving its workshops before the lease can pass to
 * another node, and every write it might still make is fenced by the epoch anyway.
 */
export class Ownership {
  private readonly held = new Map<string, Epoch>();
  private readonly claiming = new Map<string, Promise<Epoch | null>>();
  private timer: NodeJS.Timeout | null = null;
  private lastRenewedMs: number;
  private readonly nowMs: () => number;

  constructor(private readonly options: OwnershipOptions) {
    this.nowMs = options.nowMs ?? Date.now;
    this.lastRenewedMs = this.nowMs();
  }

  get nodeId(): string {
    return this.options.nodeId;
  }

  epochOf(workshopId: string): Epoch | undefined {
    return this.held.get(workshopId);
  }

  /** This node's epoch for the workshop, taking the lease if it is free; null while another node has it. */
  claim(workshopId: string): Promise<Epoch | null> {
    const epoch = this.held.get(workshopId);
    if (epoch !== undefined) return Promise.resolve(epoch);
    let claiming = this.claiming.get(workshopId);
    if (!claiming) {
      claiming = this.take(workshopId).finally(() => this.claiming.delete(workshopId));
      this.claiming.set(workshopId, claiming);
    }
    return claiming;
  }

  async release(workshopId: string): Promise<void> {
    const epoch = this.held.get(workshopId);
    if (epoch === undefined) return;
    this.held.delete(workshopId);
    await this.options.leases.release(workshopId, this.options.nodeId, epoch);
  }

  /** Forgets a lease already lost (fenced): there is nothing to release. */
  forget(workshopId: string): void {
    this.held.delete(workshopId);
  }

  start(): void {
    this.timer = setInterval(() => void this.renew(), Math.max(50, this.options.ttlMs / 3));
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async take(workshopId: string): Promise<Epoch | null> {
    const epoch = await this.options.leases.acquire(workshopId, this.options.nodeId, this.options.ttlMs);
    if (epoch !== null) this.held.set(workshopId, epoch);
    return epoch;
  }

  private async renew(): Promise<void> {
    if (this.held.size === 0) {
      this.lastRenewedMs = this.nowMs();
      return;
    }
    const started = this.nowMs();
    try {
      const asked = new Map(this.held);
      const lost = await this.options.leases.renew(this.options.nodeId, asked, this.options.ttlMs);
      this.lastRenewedMs = started;
      // A workshop released and taken again meanwhile has a new epoch: that lease is not lost.
      this.drop(lost.filter((id) => this.held.get(id) === asked.get(id)));
    } catch (error) {
      this.options.log.error({ err: error }, 'could not renew workshop leases');
      // Past two thirds of a lease without renewal: stop before another node may start.
      if (this.nowMs() - this.lastRenewedMs > (this.options.ttlMs * 2) / 3) this.drop([...this.held.keys()]);
    }
  }

  private drop(workshopIds: string[]): void {
    const lost = workshopIds.filter((id) => this.held.delete(id));
    if (lost.length > 0) this.options.lost(lost);
  }
}

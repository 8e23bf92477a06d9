import type { DocStore, LoggedUpdate } from './storage.js';

/** What became of one queued update. */
export type CommitOutcome =
  | { saved: true }
  /** Another node owns the workshop now: nothing of it may be relayed, and the room must go. */
  | { saved: false; fenced: true }
  | { saved: false; fenced: false; error: Error };

export interface CommitEntry extends LoggedUpdate {
  /** Called once the update is committed, or was refused. */
  done: (outcome: CommitOutcome) => void;
}

const SAVED: CommitOutcome = { saved: true };
const FENCED: CommitOutcome = { saved: false, fenced: true };

/**
 * Collects updates from every workshop and commits them together: one write per batch instead of
 * one per update, and nothing is relayed or reported saved before its commit returns. At most
 * one batch is in flight; what arrives meanwhile waits for the next, so under load batches grow
 * by themselves rather than queueing commits behind each other.
 */
export class GroupCommit {
  private queue: CommitEntry[] = [];
  private scheduled = false;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly store: DocStore,
    private readonly schedule: (flush: () => void) => void = setImmediate,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(entry: CommitEntry): void {
    this.queue.push(entry);
    if (this.scheduled || this.inFlight) return;
    this.scheduled = true;
    this.schedule(() => void this.flush());
  }

  /**
   * Resolves once everything queued before the call is committed (or refused). A reload, an
   * unload and shutdown await it: they rely on the log holding everything accepted so far.
   */
  async flush(): Promise<void> {
    this.scheduled = false;
    while (this.inFlight) await this.inFlight;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const run = this.commit(batch);
    this.inFlight = run;
    try {
      await run;
    } finally {
      if (this.inFlight === run) this.inFlight = null;
    }
    // What queued while this batch was committing goes next.
    if (this.queue.length > 0 && !this.scheduled) {
      this.scheduled = true;
      this.schedule(() => void this.flush());
    }
  }

  private async commit(batch: CommitEntry[]): Promise<void> {
    let outcome: (entry: CommitEntry) => CommitOutcome;
    try {
      const { fenced } = await this.store.append(batch);
      outcome = (entry) => (fenced.has(entry.workshopId) ? FENCED : SAVED);
    } catch (error) {
      const failed: CommitOutcome = { saved: false, fenced: false, error: error as Error };
      outcome = () => failed;
    }
    for (const entry of batch) entry.done(outcome(entry));
  }
}

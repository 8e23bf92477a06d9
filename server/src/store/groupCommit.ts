import type { DocStore, LoggedUpdate } from './docRepo.js';

export interface CommitEntry extends LoggedUpdate {
  /** Called once the update is on disk (error null) or could not be written. */
  done: (error: Error | null) => void;
}

/**
 * Collects the updates of one turn of the event loop, from every workshop, and commits them in one
 * SQLite transaction: one write per turn instead of one per update, and nothing is relayed or
 * reported saved before its commit returns.
 */
export class GroupCommit {
  private queue: CommitEntry[] = [];
  private scheduled = false;

  constructor(
    private readonly store: DocStore,
    private readonly schedule: (flush: () => void) => void = setImmediate,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(entry: CommitEntry): void {
    this.queue.push(entry);
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => this.flush());
  }

  /** Commits everything queued now. Safe to call at any time (a reload or shutdown calls it directly). */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    try {
      this.store.append(batch);
    } catch (error) {
      for (const entry of batch) entry.done(error as Error);
      return;
    }
    for (const entry of batch) entry.done(null);
  }
}

import type { Db } from './db.js';
import type { NewWorkshop } from '../storage.js';
import type { WorkshopRepo } from './workshopRepo.js';

/** Which workshop of a series each one follows: the chain its carried-forward content is read along. */
export class SeriesRepo {
  private readonly setFollows;
  private readonly selectLink;
  private readonly selectFollower;

  constructor(
    private readonly db: Db,
    private readonly workshops: WorkshopRepo,
  ) {
    this.setFollows = db.prepare('UPDATE workshops SET follows = ? WHERE id = ?');
    this.selectLink = db.prepare<[string], { follows: string | null; created_at: number }>(
      'SELECT follows, created_at FROM workshops WHERE id = ?',
    );
    this.selectFollower = db.prepare<[string], { id: string }>(
      'SELECT id FROM workshops WHERE follows = ? ORDER BY created_at LIMIT 1',
    );
  }

  /** Creates `workshop` as the one that follows `earlierId`, in one transaction. */
  createFollowing(workshop: NewWorkshop, earlierId: string): void {
    this.db.transaction(() => {
      this.workshops.create(workshop);
      this.setFollows.run(earlierId, workshop.id);
    })();
  }

  /** The workshop that `id` follows, if any. */
  follows(id: string): string | null {
    return this.selectLink.get(id)?.follows ?? null;
  }

  /** The workshop started from `id`, if one was. */
  followedBy(id: string): string | null {
    return this.selectFollower.get(id)?.id ?? null;
  }

  createdAtMs(id: string): number | undefined {
    return this.selectLink.get(id)?.created_at;
  }

  /** The earlier workshops `id` follows, oldest first. A chain is never longer than its series; `limit` stops a loop. */
  earlier(id: string, limit: number): string[] {
    const chain: string[] = [];
    for (let at = this.follows(id); at !== null && chain.length < limit; at = this.follows(at)) {
      if (at === id || chain.includes(at)) break;
      chain.unshift(at);
    }
    return chain;
  }
}

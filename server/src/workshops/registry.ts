import type { Logger } from '../log.js';
import type { RoomDeps } from '../yjs/room.js';
import { WorkshopRoom } from '../yjs/room.js';
import type { Ownership } from './ownership.js';

export interface RegistryOptions {
  /** How long a workshop with no connection stays in memory, so a projector reload does not reload it. */
  unloadGraceMs: number;
  log: Logger;
  ownership: Ownership;
  roomDeps: (registry: RoomRegistry) => RoomDeps;
  /** A workshop's document was loaded: control state may need to catch up with it. */
  loaded?: (room: WorkshopRoom) => Promise<void> | void;
  /** A workshop is no longer live here: unloaded, or taken over by another node (`moved`). */
  gone?: (workshopId: string, moved: boolean) => void;
}

/** Another node owns the workshop: the device should try again, and a load balancer that hashes gets it there. */
export class NotOwnerError extends Error {
  constructor(readonly workshopId: string) {
    super(`Workshop ${workshopId} is live on another node.`);
    this.name = 'NotOwnerError';
  }
}

/**
 * One loaded document per workshop on the node that owns it (its lease), however many
 * connections ask for it. Concurrent asks share one load; a room being unloaded is written out
 * before it is loaded again.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, WorkshopRoom>();
  private readonly loading = new Map<string, Promise<WorkshopRoom>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Connections that keep a workshop live without a document peer (the control plane's sockets). */
  private readonly holds = new Map<string, number>();
  private readonly deps: RoomDeps;

  constructor(private readonly options: RegistryOptions) {
    this.deps = options.roomDeps(this);
  }

  /** The workshop's live room, loading it (and taking its lease) if need be. Rejects with NotOwnerError. */
  acquire(workshopId: string): Promise<WorkshopRoom> {
    this.cancelUnload(workshopId);
    const room = this.rooms.get(workshopId);
    if (room) return Promise.resolve(room);
    let loading = this.loading.get(workshopId);
    if (!loading) {
      loading = this.load(workshopId).finally(() => this.loading.delete(workshopId));
      this.loading.set(workshopId, loading);
    }
    return loading;
  }

  /** Reads a workshop's document, loading it for a moment if no device has it open. */
  async read<T>(workshopId: string, read: (room: WorkshopRoom) => T): Promise<T> {
    const room = await this.acquire(workshopId);
    try {
      return read(room);
    } finally {
      this.unloadIfIdle(room);
    }
  }

  /** Keeps the workshop live here while a connection that is not a document peer needs it. */
  async hold(workshopId: string): Promise<WorkshopRoom> {
    const room = await this.acquire(workshopId);
    this.holds.set(workshopId, (this.holds.get(workshopId) ?? 0) + 1);
    return room;
  }

  /** A connection that held `room` has gone (a hold on a room since dropped counts for nothing). */
  letGo(room: WorkshopRoom): void {
    const { workshopId } = room;
    if (this.rooms.get(workshopId) !== room) return;
    const count = (this.holds.get(workshopId) ?? 0) - 1;
    if (count > 0) return void this.holds.set(workshopId, count);
    this.holds.delete(workshopId);
    this.unloadIfIdle(room);
  }

  /**
   * Writes a workshop out and lets it go now if no device has it: a node that only made or read it
   * leaves it for the node its devices reach, instead of keeping it for the grace period.
   */
  async releaseIfIdle(workshopId: string): Promise<void> {
    const room = this.rooms.get(workshopId);
    if (room && this.isIdle(room)) await this.unload(room);
  }

  find(workshopId: string): WorkshopRoom | undefined {
    return this.rooms.get(workshopId);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Called when a room's last connection leaves. */
  scheduleUnload(room: WorkshopRoom): void {
    this.cancelUnload(room.workshopId);
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.workshopId);
      if (this.isIdle(room) && this.rooms.get(room.workshopId) === room) void this.unload(room);
    }, this.options.unloadGraceMs);
    timer.unref();
    this.unloadTimers.set(room.workshopId, timer);
  }

  /** Another node owns these workshops now: their rooms go without writing anything more. */
  lost(workshopIds: readonly string[]): void {
    for (const workshopId of workshopIds) {
      const room = this.rooms.get(workshopId);
      this.options.ownership.forget(workshopId);
      if (!room) continue;
      this.cancelUnload(workshopId);
      this.rooms.delete(workshopId);
      this.holds.delete(workshopId);
      room.drop();
      this.options.gone?.(workshopId, true);
    }
  }

  /**
   * Compacts what a crash left in the update log. A workshop unloaded normally leaves none; one
   * that was live when its node died keeps its log until it is next loaded, and every load and
   * compaction reads the whole log, so it is written out at start-up instead. Only workshops no
   * node owns now are taken: with several nodes, the others' live workshops have logs too.
   */
  async writeOutLeftovers(workshopIds: readonly string[]): Promise<void> {
    for (const workshopId of workshopIds) {
      try {
        const epoch = await this.options.ownership.claim(workshopId);
        if (epoch === null) continue;
        const room = await WorkshopRoom.open(workshopId, this.deps, epoch);
        await room.unload();
        await this.options.ownership.release(workshopId);
        this.options.log.info({ workshopId }, 'update log left by a crash written out');
      } catch (error) {
        this.options.log.error({ workshopId, err: error }, 'could not write out a workshop after a crash');
      }
    }
  }

  async unloadAll(): Promise<void> {
    await Promise.allSettled(this.loading.values());
    await Promise.all(Array.from(this.rooms.values(), (room) => this.unload(room)));
    await Promise.all(this.unloading.values());
  }

  private async load(workshopId: string): Promise<WorkshopRoom> {
    await this.unloading.get(workshopId);
    const epoch = await this.options.ownership.claim(workshopId);
    if (epoch === null) throw new NotOwnerError(workshopId);
    let room: WorkshopRoom;
    try {
      room = await WorkshopRoom.open(workshopId, this.deps, epoch);
      await this.options.loaded?.(room);
    } catch (error) {
      await this.options.ownership.release(workshopId);
      throw error;
    }
    this.rooms.set(workshopId, room);
    this.options.log.info({ workshopId, epoch }, 'workshop loaded');
    return room;
  }

  private unloadIfIdle(room: WorkshopRoom): void {
    if (this.isIdle(room)) this.scheduleUnload(room);
  }

  private isIdle(room: WorkshopRoom): boolean {
    return room.isIdle && !this.holds.has(room.workshopId);
  }

  private unload(room: WorkshopRoom): Promise<void> {
    const { workshopId } = room;
    this.cancelUnload(workshopId);
    this.rooms.delete(workshopId);
    const unloading = (async () => {
      try {
        await room.unload();
        this.options.log.info({ workshopId }, 'workshop written out and unloaded');
      } catch (error) {
        this.options.log.error({ workshopId, err: error }, 'could not write a workshop out');
      } finally {
        await this.options.ownership.release(workshopId).catch(() => undefined);
        this.options.gone?.(workshopId, false);
        this.unloading.delete(workshopId);
      }
    })();
    this.unloading.set(workshopId, unloading);
    return unloading;
  }

  private cancelUnload(workshopId: string): void {
    const timer = this.unloadTimers.get(workshopId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(workshopId);
  }
}

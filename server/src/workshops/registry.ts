import type { Logger } from '../log.js';
import type { RoomDeps } from '../yjs/room.js';
import { WorkshopRoom } from '../yjs/room.js';

export interface RegistryOptions {
  /** How long a workshop with no connection stays in memory, so a projector reload does not reload it. */
  unloadGraceMs: number;
  log: Logger;
  roomDeps: (registry: RoomRegistry) => RoomDeps;
  /** A workshop's document was loaded: control state may need to catch up with it. */
  loaded?: (room: WorkshopRoom) => void;
}

/**
 * One loaded document per workshop, however many connections ask for it. Storage is synchronous
 * (SQLite), so loading happens once, inside `acquire`; there is no window in which two loads race.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, WorkshopRoom>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly deps: RoomDeps;

  constructor(private readonly options: RegistryOptions) {
    this.deps = options.roomDeps(this);
  }

  acquire(workshopId: string): WorkshopRoom {
    this.cancelUnload(workshopId);
    let room = this.rooms.get(workshopId);
    if (!room) {
      room = new WorkshopRoom(workshopId, this.deps);
      this.rooms.set(workshopId, room);
      this.options.log.info({ workshopId }, 'workshop loaded');
      this.options.loaded?.(room);
    }
    return room;
  }

  /** Reads a workshop's document, loading it for a moment if no device has it open. */
  read<T>(workshopId: string, read: (room: WorkshopRoom) => T): T {
    const room = this.acquire(workshopId);
    try {
      return read(room);
    } finally {
      if (room.isIdle) this.scheduleUnload(room);
    }
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
      if (room.isIdle && this.rooms.get(room.workshopId) === room) this.unload(room);
    }, this.options.unloadGraceMs);
    timer.unref();
    this.unloadTimers.set(room.workshopId, timer);
  }

  /**
   * Compacts what a crash left in the update log. A workshop unloaded normally leaves none; one
   * that was live when the process died keeps its log until it is next loaded, and every load and
   * compaction reads the whole log, so it is written out at start-up instead, before any
   * workshop is loaded.
   */
  writeOutLeftovers(workshopIds: readonly string[]): void {
    for (const workshopId of workshopIds) {
      try {
        new WorkshopRoom(workshopId, this.deps).unload();
        this.options.log.info({ workshopId }, 'update log left by a crash written out');
      } catch (error) {
        this.options.log.error({ workshopId, err: error }, 'could not write out a workshop after a crash');
      }
    }
  }

  unloadAll(): void {
    for (const room of Array.from(this.rooms.values())) this.unload(room);
  }

  private unload(room: WorkshopRoom): void {
    this.cancelUnload(room.workshopId);
    this.rooms.delete(room.workshopId);
    room.unload();
    this.options.log.info({ workshopId: room.workshopId }, 'workshop written out and unloaded');
  }

  private cancelUnload(workshopId: string): void {
    const timer = this.unloadTimers.get(workshopId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(workshopId);
  }
}

import type { SaveState } from '../../../shared/src/index.js';

interface Watcher {
  clientId: number;
  lastClock: number;
  emit: (state: SaveState) => void;
}

const MAX_IDS_PER_DEVICE = 4;

/**
 * Which device waits to hear how far its own Yjs edits are on disk. After each commit of a
 * workshop's updates, every watcher whose clock moved is told: the tablet's "Saved" is honest.
 */
export class SaveWatch {
  private readonly byWorkshop = new Map<string, Map<string, Watcher[]>>();

  watch(workshopId: string, deviceId: string, clientId: number, emit: Watcher['emit']): boolean {
    const devices = this.byWorkshop.get(workshopId) ?? new Map<string, Watcher[]>();
    this.byWorkshop.set(workshopId, devices);
    const list = devices.get(deviceId) ?? [];
    if (list.some((w) => w.clientId === clientId)) return true;
    if (list.length >= MAX_IDS_PER_DEVICE) return false;
    devices.set(deviceId, [...list, { clientId, lastClock: -1, emit }]);
    return true;
  }

  forget(workshopId: string, deviceId: string): void {
    const devices = this.byWorkshop.get(workshopId);
    devices?.delete(deviceId);
    if (devices?.size === 0) this.byWorkshop.delete(workshopId);
  }

  /** `savedClockOf` answers null while some edits still wait for their commit. */
  notify(workshopId: string, savedClockOf: (clientId: number) => number | null): void {
    for (const watchers of this.byWorkshop.get(workshopId)?.values() ?? []) {
      for (const watcher of watchers) {
        const clock = savedClockOf(watcher.clientId);
        if (clock === null || clock <= watcher.lastClock) continue;
        watcher.lastClock = clock;
        watcher.emit({ clientId: watcher.clientId, clock });
      }
    }
  }
}

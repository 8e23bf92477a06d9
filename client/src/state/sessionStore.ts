import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ControlState, Identity, Notice, Presence, WorkshopSummary } from '../../../shared/src/index.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';
/** What the tablet says about its edits: honest, because "saved" comes from the server. */
export type SaveStatus = 'saved' | 'saving' | 'kept-on-device' | 'unsaved-offline';

/** The server's control state as last received, and what this device knows about its link to it. */
export interface SessionState {
  connection: ConnectionStatus;
  /** Why the server refused this device, in plain words. */
  refusal: string | null;
  control: ControlState | null;
  /** Title and task teams, read once from the REST interface. */
  summary: WorkshopSummary | null;
  /** Who this device is, as the server knows it. */
  identity: Identity | null;
  presence: Presence;
  save: SaveStatus;
  /** The Yjs connection is up (the control connection is `connection`). */
  docConnected: boolean;
  /** Null until known; false when the browser refuses to keep the board on the device. */
  storageAvailable: boolean | null;
  keptOnDevice: boolean;
  /** Add to Date.now() to get the server's time. */
  offsetMs: number;
  /** False until offsetMs is measured to within a few ms (or after eight pings). */
  clockSynced: boolean;
  notice: Notice | null;
  /**
   * Bumped whenever the join codes may have changed (the server said so, or the connection came
   * back and something may have been missed): the screens showing codes ask the server again.
   */
  joinCodesChanges: number;
  /** Bumped whenever the position paper may have changed: the screens read it again. */
  positionPaperChanges: number;
}

export const initialSession: SessionState = {
  connection: 'connecting',
  refusal: null,
  control: null,
  summary: null,
  identity: null,
  presence: { people: [] },
  save: 'saved',
  docConnected: false,
  storageAvailable: null,
  keptOnDevice: false,
  offsetMs: 0,
  clockSynced: false,
  notice: null,
  joinCodesChanges: 0,
  positionPaperChanges: 0,
};

export type SessionStore = ReturnType<typeof createSessionStore>;

/** A plain store, no React inside: the connection code writes to it, screens read it through `useSession`. */
export function createSessionStore() {
  return createStore<SessionState>(() => ({ ...initialSession }));
}

export function useSession<T>(store: SessionStore, select: (state: SessionState) => T): T {
  return useStore(store, select);
}

/** Keeps only the newest control state: an older version arriving late never overwrites a newer one. */
export function acceptControl(store: SessionStore, next: ControlState): void {
  const current = store.getState().control;
  if (current && current.workshopId === next.workshopId && current.version > next.version) return;
  store.setState({ control: next });
}

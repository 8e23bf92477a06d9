import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ControlState, Notice, Presence } from '../../../shared/src/index.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** The server's control state as last received, and what this device knows about its link to it. */
export interface SessionState {
  connection: ConnectionStatus;
  /** Why the server refused this device, in plain words. */
  refusal: string | null;
  control: ControlState | null;
  presence: Presence;
  /** Add to Date.now() to get the server's time. */
  offsetMs: number;
  notice: Notice | null;
}

export const initialSession: SessionState = {
  connection: 'connecting',
  refusal: null,
  control: null,
  presence: { people: [] },
  offsetMs: 0,
  notice: null,
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

import { createContext, useContext, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { Agenda, Role, Team } from '../../../shared/src/index.js';
import type { ControlConnection } from '../live/controlConnection.js';
import { useSession, type SessionState, type SessionStore } from './sessionStore.js';

export interface Session {
  workshopId: string;
  role: Role;
  token: string;
  store: SessionStore;
  control: ControlConnection;
  /** The workshop's shared document on this device. */
  doc: Y.Doc;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useWorkshop(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useWorkshop outside a workshop screen');
  return session;
}

/** Reads part of the session store and re-renders only when that part changes. */
export function useSessionState<T>(select: (state: SessionState) => T): T {
  return useSession(useWorkshop().store, select);
}

const NO_TEAMS: Team[] = [];

/**
 * The workshop's task teams. A selector must return the same value while nothing changed: a fresh
 * `[]` on every read would make React render for ever.
 */
export function useTeams(): Team[] {
  return useSessionState((s) => s.summary?.teams ?? NO_TEAMS);
}

const NO_AGENDA: Agenda = [];

/** The live agenda, or the same empty one until control state arrives (never a fresh `[]`). */
export function useAgenda(): Agenda {
  return useSessionState((s) => s.control?.agenda ?? NO_AGENDA);
}

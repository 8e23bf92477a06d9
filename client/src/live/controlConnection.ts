import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  ClientToServerEvents,
  ClockCommand,
  ControlState,
  ServerToClientEvents,
} from '../../../shared/src/index.js';
import { acceptControl, type SessionStore } from '../state/sessionStore.js';
import { startClockSync } from './clockSync.js';
import { randomId } from './ids.js';

export type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ControlConnection {
  socket: ControlSocket;
  /** Sends a clock command; resolves with the server's answer (or a plain-words failure). */
  command(command: ClockCommand): Promise<Ack<ControlState>>;
  close(): void;
}

/** Connects the control plane and keeps the session store up to date; reconnects by itself. */
export function connectControl(
  workshopId: string,
  token: string,
  store: SessionStore,
  url = '/',
): ControlConnection {
  const socket: ControlSocket = io(url, {
    auth: { token, workshopId },
    transports: ['websocket', 'polling'],
  });
  socket.on('connect', () => store.setState({ connection: 'online', refusal: null }));
  socket.on('disconnect', () => store.setState({ connection: 'offline' }));
  socket.on('connect_error', (error) => {
    const status = (error as Error & { data?: { status?: number } }).data?.status;
    // A refused link will not start working by retrying; a network failure will.
    if (status === 401 || status === 403 || status === 404) {
      socket.disconnect();
      store.setState({ connection: 'refused', refusal: error.message });
    } else store.setState({ connection: 'offline' });
  });
  socket.on('control:state', (state) => acceptControl(store, state));
  socket.on('presence:state', (presence) => store.setState({ presence }));
  socket.on('workshop:notice', (notice) => store.setState({ notice }));
  const stopSync = startClockSync(socket, store);

  return {
    socket,
    async command(command) {
      const commandId = randomId();
      try {
        // Same command id on retry: the server applies it once however often it arrives.
        return await socket.timeout(8000).emitWithAck('clock:command', { commandId, command });
      } catch {
        return {
          ok: false,
          error: {
            code: 'timeout',
            message: 'The server did not answer. Check the connection and try again.',
          },
        };
      }
    },
    close() {
      stopSync();
      socket.close();
    },
  };
}

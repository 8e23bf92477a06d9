import { io } from 'socket.io-client';
import type { Ack, BoardCommand, ClockCommand, ControlState } from '../../../shared/src/index.js';
import { acceptControl, type SessionStore } from '../state/sessionStore.js';
import { startClockSync } from './clockSync.js';
import type { ControlSocket } from './controlSocket.js';
import { randomId } from './ids.js';

export interface ControlConnection {
  socket: ControlSocket;
  /** Sends a clock command; resolves with the server's answer (or a plain-words failure). */
  command(command: ClockCommand): Promise<Ack<ControlState>>;
  board(command: BoardCommand): Promise<Ack<ControlState>>;
  close(): void;
}

const noAnswer: Ack<never> = {
  ok: false,
  error: { code: 'timeout', message: 'The server did not answer. Check the connection and try again.' },
};

/** A timeout or a dropped connection becomes a plain-words failure. */
async function settle(pending: Promise<Ack<ControlState>>): Promise<Ack<ControlState>> {
  try {
    return await pending;
  } catch {
    return noAnswer;
  }
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
  socket.on('session:identity', (identity) => store.setState({ identity }));
  socket.on('presence:state', (presence) => store.setState({ presence }));
  socket.on('workshop:notice', (notice) => store.setState({ notice }));
  const stopSync = startClockSync(socket, store);

  return {
    socket,
    command: (command) =>
      settle(socket.timeout(8000).emitWithAck('clock:command', { commandId: randomId(), command })),
    board: (command) =>
      settle(socket.timeout(8000).emitWithAck('board:command', { commandId: randomId(), command })),
    close() {
      stopSync();
      socket.close();
    },
  };
}

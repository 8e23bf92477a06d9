import { io } from 'socket.io-client';
import type { Ack, ControlCommand, ControlState } from '../../../shared/src/index.js';
import { acceptControl, type SessionStore } from '../state/sessionStore.js';
import { startClockSync } from './clockSync.js';
import type { ControlSocket } from './controlSocket.js';
import { randomId } from './ids.js';

export interface ControlConnection {
  socket: ControlSocket;
  /** Sends a command to the control pipeline; resolves with the server's answer (or a plain-words failure). */
  send(command: ControlCommand): Promise<Ack<ControlState>>;
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

/**
 * Each area's commands travel as their own event (`clock:command`, `board:command`,
 * `agenda:command`, `roster:command`, `propositions:command`, `witnesses:command`,
 * `pooled:command`, `pairs:command`, `dissent:command`, `chair:command`, `actions:command`).
 */
function emitCommand(socket: ControlSocket, command: ControlCommand): Promise<Ack<ControlState>> {
  const commandId = randomId();
  switch (command.area) {
    case 'clock':
      return socket.emitWithAck('clock:command', { commandId, command: command.command });
    case 'board':
      return socket.emitWithAck('board:command', { commandId, command: command.command });
    case 'agenda':
      return socket.emitWithAck('agenda:command', { commandId, command: command.command });
    case 'roster':
      return socket.emitWithAck('roster:command', { commandId, command: command.command });
    case 'propositions':
      return socket.emitWithAck('propositions:command', { commandId, command: command.command });
    case 'witnesses':
      return socket.emitWithAck('witnesses:command', { commandId, command: command.command });
    case 'pooled':
      return socket.emitWithAck('pooled:command', { commandId, command: command.command });
    case 'pairs':
      return socket.emitWithAck('pairs:command', { commandId, command: command.command });
    case 'dissent':
      return socket.emitWithAck('dissent:command', { commandId, command: command.command });
    case 'chair':
      return socket.emitWithAck('chair:command', { commandId, command: command.command });
    case 'actions':
      return socket.emitWithAck('actions:command', { commandId, command: command.command });
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
    // In the address too, where a load balancer can see it: every connection of a workshop goes
    // to the server that has it live.
    query: { workshop: workshopId },
    transports: ['websocket', 'polling'],
  });
  let retry: ReturnType<typeof setTimeout> | null = null;
  const joinCodesChanged = () => store.setState((s) => ({ joinCodesChanges: s.joinCodesChanges + 1 }));
  const paperChanged = () => store.setState((s) => ({ positionPaperChanges: s.positionPaperChanges + 1 }));
  let refusedInARow = 0;
  socket.on('connect', () => {
    refusedInARow = 0;
    store.setState({ connection: 'online', refusal: null });
    joinCodesChanged();
    paperChanged();
  });
  socket.on('disconnect', (reason) => {
    store.setState({ connection: 'offline' });
    // The server itself closed the connection (a revoked link): Socket.IO does not retry that by
    // itself, so try once; the handshake then says in words why the link no longer works.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', (error) => {
    const status = (error as Error & { data?: { status?: number } }).data?.status;
    // A refused link will not start working by retrying; a network failure will.
    if (status === 401 || status === 403 || status === 404) {
      socket.disconnect();
      store.setState({ connection: 'refused', refusal: error.message });
      return;
    }
    store.setState({ connection: 'offline' });
    // The server answered but could not take the connection now (the workshop is moving between
    // servers, say). Socket.IO retries only a failed network, so this retries by itself, a little
    // later each time it happens in a row.
    if (status !== undefined && retry === null) {
      const waitMs = Math.min(5000, 500 * 2 ** Math.min(refusedInARow++, 4)) * (0.75 + Math.random() / 2);
      retry = setTimeout(() => {
        retry = null;
        socket.connect();
      }, waitMs);
    }
  });
  socket.on('control:state', (state) => acceptControl(store, state));
  socket.on('session:identity', (identity) => store.setState({ identity }));
  socket.on('presence:state', (presence) => store.setState({ presence }));
  socket.on('workshop:notice', (notice) => store.setState({ notice }));
  socket.on('joinCodes:changed', joinCodesChanged);
  socket.on('positionPaper:changed', paperChanged);
  const stopSync = startClockSync(socket, store);

  return {
    socket,
    send: (command) => settle(emitCommand(socket.timeout(8000), command)),
    close() {
      stopSync();
      if (retry) clearTimeout(retry);
      socket.close();
    },
  };
}

import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/src/index.js';

/** The control plane's Socket.IO socket, typed by the shared event maps. */
export type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { SessionStore } from '../state/sessionStore.js';
import type { ControlSocket } from './controlSocket.js';
import { safeLocalStorage } from './token.js';

const MAX_WATCHED_CLIENTS = 4;

export interface YjsConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  close(): void;
}

/**
 * The workshop's document on this device: kept in IndexedDB (when the browser allows) so nothing
 * typed is lost to a reload or a dropped connection, and synced with the server whenever it can be.
 * Also keeps the session's save state honest: "Saved" only once the server says this device's
 * edits are on disk.
 */
export function connectYjs(
  workshopId: string,
  token: string,
  store: SessionStore,
  socket: ControlSocket,
  keepOnDevice: boolean,
): YjsConnection {
  const doc = new Y.Doc();
  const local = keepOnDevice ? new IndexeddbPersistence(`challenge-board:${workshopId}`, doc) : null;
  const wsBase = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/yjs`;
  const provider = new WebsocketProvider(wsBase, workshopId, doc, { params: { token }, disableBc: true });

  // Edits made before a reload belong to the client ids of earlier sessions: watch those too.
  const clientIds = rememberClientId(workshopId, doc.clientID);
  const savedClock = new Map<number, number>();
  const update = () => {
    const unsaved = clientIds.some((id) => Y.getState(doc.store, id) > (savedClock.get(id) ?? 0));
    const online = provider.wsconnected;
    store.setState({
      save: !unsaved ? 'saved' : online ? 'saving' : keepOnDevice ? 'kept-on-device' : 'unsaved-offline',
      docConnected: online,
    });
  };
  const watch = () => {
    for (const clientId of clientIds) {
      void socket
        .timeout(5000)
        .emitWithAck('save:watch', { clientId })
        .then((ack) => {
          if (ack.ok) savedClock.set(clientId, Math.max(savedClock.get(clientId) ?? 0, ack.data.clock));
          update();
        })
        .catch(() => undefined);
    }
  };
  const onSaved = (state: { clientId: number; clock: number }) => {
    savedClock.set(state.clientId, Math.max(savedClock.get(state.clientId) ?? 0, state.clock));
    update();
  };
  socket.on('connect', watch);
  socket.on('save:state', onSaved);
  if (socket.connected) watch();
  // The browser knows first when the network has gone (Socket.IO reacts to it too): stop trying at once, and
  // start again as soon as it is back, instead of waiting for a timeout either way.
  const goOffline = () => provider.disconnect();
  const goOnline = () => provider.connect();
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);
  doc.on('update', update);
  provider.on('status', update);
  local?.on('synced', () => store.setState({ keptOnDevice: true }));
  update();

  return {
    doc,
    provider,
    close() {
      socket.off('connect', watch);
      socket.off('save:state', onSaved);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      provider.destroy();
      void local?.destroy();
      doc.destroy();
    },
  };
}

function rememberClientId(workshopId: string, clientId: number): number[] {
  const storage = safeLocalStorage();
  const key = `challenge-board:clients:${workshopId}`;
  let ids: number[] = [];
  try {
    const stored: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    if (Array.isArray(stored)) ids = stored.filter((n): n is number => typeof n === 'number');
  } catch {
    ids = [];
  }
  ids = [...ids.filter((id) => id !== clientId), clientId].slice(-MAX_WATCHED_CLIENTS);
  try {
    storage?.setItem(key, JSON.stringify(ids));
  } catch {
    // Storage refused: only this session's edits are watched.
  }
  return ids;
}

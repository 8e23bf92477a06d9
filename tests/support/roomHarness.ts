import * as Y from 'yjs';
import type { Identity } from '../../shared/src/index.js';
import { createLogger } from '../../server/src/log.js';
import { GroupCommit } from '../../server/src/store/groupCommit.js';
import { openSqliteStorage } from '../../server/src/store/sqlite/sqliteStorage.js';
import { Peer, type PeerSocket } from '../../server/src/yjs/peer.js';
import { WorkshopRoom, type RoomHooks, type RoomLimits } from '../../server/src/yjs/room.js';
import { tempDataDir } from './server.js';

const identity: Identity = { linkId: 'l1', name: 'Facilitator', role: 'facilitator', teamId: null };
const budget = { messagesPerSec: 1e6, messageBurst: 1e6, bytesPerSec: 1e12, byteBurst: 1e12 };

export type FakeSocket = PeerSocket & { sent: Uint8Array[]; closed: number | null };

export function fakeSocket(): FakeSocket {
  const socket: FakeSocket = {
    sent: [],
    closed: null,
    send: (data) => socket.sent.push(data),
    close: (code) => {
      socket.closed = code;
    },
  };
  return socket;
}

/** Real SQLite storage in a fresh folder, holding empty workshops with these ids. */
export async function databaseWithWorkshops(...ids: string[]) {
  const dataDir = tempDataDir();
  const storage = openSqliteStorage({ dataDir });
  for (const id of ids)
    await storage.workshops.create({
      id,
      title: 'W',
      templateId: 't',
      agenda: [],
      teams: [],
      createdAtMs: 0,
    });
  return { dataDir, storage, docs: storage.docs, leases: storage.leases };
}

/** Lets whatever storage started settle (SQLite answers within the turn). */
export const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A room with real SQLite storage whose group commit runs only when the test says so, so what
 * happens before and after a commit can be checked exactly, without a network.
 */
export async function roomWithManualCommit(
  hooks: Partial<RoomHooks> = {},
  random?: () => number,
  limits: Partial<RoomLimits> = {},
) {
  const { docs, leases } = await databaseWithWorkshops('w1');
  const pending: (() => void)[] = [];
  const commits = new GroupCommit(docs, (flush) => pending.push(flush));
  const epoch = (await leases.acquire('w1', 'test-node', 60_000))!;
  const room = await WorkshopRoom.open(
    'w1',
    {
      docs,
      commits,
      log: createLogger('silent'),
      nowMs: () => 0,
      random,
      limits: { maxDocBytes: 1e9, compactAfterUpdates: 500, compactAfterBytes: 1e9, ...limits },
      hooks: {
        durable: () => {},
        notice: () => {},
        empty: () => {},
        contentRemoved: () => {},
        refused: () => {},
        ...hooks,
      },
    },
    epoch,
  );
  const join = () => {
    const socket = fakeSocket();
    const peer = new Peer(socket, identity, ['cards', 'witnessNotes'], true, budget, () => 0);
    room.join(peer);
    return { socket, peer };
  };
  const commit = async () => {
    pending.length = 0;
    await commits.flush();
    await settled();
  };
  return { room, docs, join, commit };
}

export function cardUpdate(clientId: number, title: string): { doc: Y.Doc; update: Uint8Array } {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getMap('cards').set(title, title);
  return { doc, update: Y.encodeStateAsUpdate(doc) };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createServer, type ChallengeBoardServer, type ServerOptions } from '../../server/src/app.js';
import { createLogger } from '../../server/src/log.js';
import {
  addCard,
  addWitnessNote,
  cardsMap,
  witnessNotesMap,
  type NewWitnessNote,
} from '../../shared/src/index.js';
import type {
  ClientToServerEvents,
  CreatedToken,
  CreatedWorkshop,
  CreateTokenBody,
  ServerToClientEvents,
} from '../../shared/src/index.js';
export { freePort } from './ports.js';

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'challenge-board-test-'));
}

export interface RunningServer {
  server: ChallengeBoardServer;
  baseUrl: string;
  wsUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

/** The real server on an ephemeral loopback port, with its own data folder unless one is given. */
export async function startServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const server = createServer({
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    ...options,
    dataDir,
  });
  const address = await server.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    server,
    baseUrl,
    wsUrl: `ws://127.0.0.1:${address.port}/yjs`,
    dataDir,
    close: () => server.close(),
  };
}

export async function createWorkshop(baseUrl: string, body: object = {}): Promise<CreatedWorkshop> {
  const res = await fetch(`${baseUrl}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Cabinet challenge workshop',
      templateId: 'strategic-political-leadership',
      ...body,
    }),
  });
  if (res.status !== 201) throw new Error(`create workshop: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedWorkshop;
}

export async function mintToken(
  baseUrl: string,
  workshop: CreatedWorkshop,
  body: CreateTokenBody,
): Promise<CreatedToken> {
  const res = await fetch(`${baseUrl}/api/workshops/${workshop.id}/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${workshop.facilitatorToken}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`mint token: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedToken;
}

/** The stock y-websocket client, exactly as a browser would use it (`ws` stands in for the browser's WebSocket). */
export function connectProvider(
  wsUrl: string,
  workshopId: string,
  token: string,
  doc = new Y.Doc(),
): WebsocketProvider {
  return new WebsocketProvider(wsUrl, workshopId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    maxBackoffTime: 300,
  });
}

export type ControlClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connectControl(
  baseUrl: string,
  token: string | undefined,
  workshopId?: string,
): ControlClient {
  const auth = token === undefined ? {} : { token, ...(workshopId ? { workshopId } : {}) };
  // As the screens do: the workshop in the address too, where a node (or a proxy) routes by it.
  const query = workshopId ? { workshop: workshopId } : {};
  return io(baseUrl, { auth, query, transports: ['websocket'], reconnection: false, forceNew: true });
}

/** Polls until `check` holds (real sockets need real time to deliver), failing with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Puts priorities on a workshop's map through the stock client, and returns once a second client
 * that joins afterwards sees every one of them: the server holds them.
 */
export async function putPriorities(
  wsUrl: string,
  workshopId: string,
  token: string,
  ids: string[],
  createdByTeamId: string | null = null,
  /** Where on the map they are put; none: they wait above it, as new priorities do. */
  spot?: { x: number; y: number },
): Promise<void> {
  const writer = connectProvider(wsUrl, workshopId, token);
  try {
    await synced(writer);
    ids.forEach((id, i) =>
      addCard(writer.doc, id, { title: id, createdByTeamId, ...(spot && { ...spot, placedAt: i + 1 }) }),
    );
    const reader = connectProvider(wsUrl, workshopId, token);
    try {
      await waitFor(
        () => ids.every((id) => cardsMap(reader.doc).has(id)),
        'the priorities to reach the server',
      );
    } finally {
      reader.destroy();
    }
  } finally {
    writer.destroy();
  }
}

/** Adds a witness note through the stock client, as a member's tablet does, and returns once the server holds it. */
export async function putWitnessNote(
  wsUrl: string,
  workshopId: string,
  token: string,
  id: string,
  note: NewWitnessNote,
): Promise<void> {
  const writer = connectProvider(wsUrl, workshopId, token);
  try {
    await synced(writer);
    addWitnessNote(writer.doc, id, note);
    const reader = connectProvider(wsUrl, workshopId, token);
    try {
      await waitFor(() => witnessNotesMap(reader.doc).has(id), 'the witness note to reach the server');
    } finally {
      reader.destroy();
    }
  } finally {
    writer.destroy();
  }
}

export function synced(provider: WebsocketProvider): Promise<void> {
  return waitFor(() => provider.synced, 'provider to sync');
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the close code and reason the server gives a stock y-websocket client. */
export function closeOf(provider: WebsocketProvider): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    provider.on('connection-close', (event: CloseEvent | null) =>
      resolve({ code: event?.code ?? 0, reason: String(event?.reason ?? '') }),
    ),
  );
}

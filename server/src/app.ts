import http from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  cardIds,
  councilPriorityIds,
  listeningNow,
  propositionOwners,
  readCards,
} from '../../shared/src/index.js';
import { AccessControl, newId } from './auth.js';
import type { ServerConfig } from './config.js';
import { ControlService } from './control/controlService.js';
import { ControlPlane } from './control/socketServer.js';
import { ownerElsewhere } from './workshops/ownerElsewhere.js';
import { frontDoor } from './http/forwarding.js';
import { fail } from './http/guard.js';
import { joinRouter } from './http/joinRoutes.js';
import { linkRouter } from './http/linkRoutes.js';
import { positionPaperRouter } from './http/positionPaperRoutes.js';
import { reportRouter } from './http/reportRoutes.js';
import { apiRouter } from './http/routes.js';
import { seriesRouter } from './http/seriesRoutes.js';
import { clientRouter } from './http/static.js';
import { createLogger, type Logger } from './log.js';
import { GroupCommit } from './store/groupCommit.js';
import { openSqliteStorage } from './store/sqlite/sqliteStorage.js';
import type { Storage } from './store/storage.js';
import { seedWorkshopBriefing } from './workshops/briefing.js';
import { actionsCarriedInto } from './workshops/carriedActions.js';
import { writeWhatControlCallsFor } from './workshops/fromControl.js';
import { Ownership } from './workshops/ownership.js';
import { RoomRegistry } from './workshops/registry.js';
import type { WorkshopRoom } from './yjs/room.js';
import { storedDocument } from './yjs/storedDocument.js';
import type * as Y from 'yjs';
import { YjsEndpoint } from './yjs/endpoint.js';

export interface ServerOptions extends Partial<ServerConfig> {
  dataDir: string;
  /** Where everything is kept; SQLite in `dataDir` unless given (PostgreSQL, from DATABASE_URL). */
  storage?: Storage;
  /** This node's name among the nodes sharing the storage (NODE_ID; the host's name by default). */
  nodeName?: string;
  /** Where the other nodes reach this one (NODE_ADDRESS), to pass it a device that reached them. */
  nodeAddress?: string | null;
  /** How long a workshop's lease lives without renewal (default 5 s): the failover time's main part. */
  leaseTtlMs?: number;
  /** Unknown join codes tried per address per minute (default 30; slips and codes that work do not count). */
  joinAttemptsPerMinute?: number;
  /** Workshops restored from a backup per minute from one address (5). */
  importsPerMinute?: number;
  /** The server's time; tests pass their own. */
  nowMs?: () => number;
  /** Control commands a device may send per second and in a burst (default 20 and 60). */
  commandsPerSec?: number;
  commandBurst?: number;
  /** Bytes that may wait for one slow device before it is dropped (default 32 MiB). */
  maxBufferedBytes?: number;
  logger?: Logger;
}

export interface ChallengeBoardServer {
  httpServer: http.Server;
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, writes every document out, lets its workshops go and closes the storage. */
  close(): Promise<void>;
  readonly nodeId: string;
}

const LIMITS = {
  maxFrameBytes: 2 * 1024 * 1024,
  maxBufferedBytes: 32 * 1024 * 1024,
  maxPacketBytes: 64 * 1024,
  compactAfterUpdates: 500,
  compactAfterBytes: 1024 * 1024,
  budget: {
    messagesPerSec: 200,
    messageBurst: 2000,
    bytesPerSec: 4 * 1024 * 1024,
    byteBurst: 16 * 1024 * 1024,
  },
  keepAliveMs: 30_000,
};

const DEFAULT_MAX_DOC_BYTES = 16_000_000;

/** Builds the whole server without listening, so tests start as many as they like on ephemeral ports. */
export function createServer(options: ServerOptions): ChallengeBoardServer {
  const nowMs = options.nowMs ?? Date.now;
  const log = options.logger ?? createLogger(options.logLevel ?? 'info');
  const storage =
    options.storage ?? openSqliteStorage({ dataDir: options.dataDir, durability: options.durability });
  const { workshops, links, docs, papers } = storage;
  const commits = new GroupCommit(docs);
  const access = new AccessControl(links, workshops, nowMs);
  // Unique per start, so a restarted node is a new owner and never mistaken for its dead self; it
  // starts with the address the other nodes forward to.
  const nodeId = `${options.nodeAddress ?? 'local'}#${options.nodeName ?? hostname()}-${newId(6)}`;
  const ownership = new Ownership({
    leases: storage.leases,
    nodeId,
    ttlMs: options.leaseTtlMs ?? 5_000,
    log,
    lost: (workshopIds) => registry.lost(workshopIds),
  });
  const control = new ControlService({
    repo: storage.control,
    workshops,
    nowMs,
    log,
    live: (workshopId) => registry.read(workshopId, (room) => room.epoch),
    priorityIds: (workshopId) => registry.read(workshopId, (room) => cardIds(room.doc)),
    propositions: (workshopId) => registry.read(workshopId, (room) => propositionOwners(room.doc)),
    councilPriorityIds: (workshopId) => registry.read(workshopId, (room) => councilPriorityIds(room.doc)),
    // A document not loaded gets its notes when it loads (below).
    saved: (workshopId, state, teamIds) => {
      const room = registry.find(workshopId);
      if (room) writeWhatControlCallsFor(room, state, teamIds);
    },
  });
  /** BOARD-9: control state follows the document's priorities when one is removed. */
  const followContent = (room: WorkshopRoom) => {
    control.followContent(room.workshopId, cardIds(room.doc)).then(
      (result) => result && plane.broadcastState(room.workshopId, result.state),
      (error: unknown) => log.error({ workshopId: room.workshopId, err: error }, 'could not follow content'),
    );
  };
  /** The workshop's own briefing, from its programme: put in once, before any device reads the document. */
  const seedBriefing = async (room: WorkshopRoom) =>
    seedWorkshopBriefing(room, (await workshops.find(room.workshopId))?.templateId);
  /** A workshop's document as it stands: live here, or as stored (another node may own it). */
  const peek = <T>(workshopId: string, read: (doc: Y.Doc) => T): Promise<T> => {
    const room = registry.find(workshopId);
    return room ? Promise.resolve(read(room.doc)) : storedDocument(docs, workshopId, read);
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.get('/healthz', (_req, res) => {
    // Memory too, for a soak or a node's monitoring: reading it costs a few microseconds.
    const { heapUsed, rss } = process.memoryUsage();
    res.json({
      ok: true,
      node: nodeId,
      storage: storage.engine,
      loadedWorkshops: registry.loadedCount,
      heapUsedBytes: heapUsed,
      rssBytes: rss,
    });
  });
  const linkDeps = { links, access, workshops, control, publicUrl: options.publicUrl ?? null, nowMs };
  const { joinCodes } = storage;
  /** A revoked link's connections close at once, on both planes. */
  const revoked = (workshopId: string, linkId: string) => {
    plane.disconnectLink(linkId);
    registry.find(workshopId)?.closeLink(linkId);
  };
  const joinAttemptsPerMinute = options.joinAttemptsPerMinute ?? 30;
  app.use(
    '/api',
    positionPaperRouter({
      access,
      nowMs,
      papers,
      changed: (workshopId) => plane.positionPaperChanged(workshopId),
    }),
    reportRouter({
      access,
      workshops,
      control,
      papers,
      storage,
      links,
      publicUrl: options.publicUrl ?? null,
      nowMs,
      maxDocBytes: options.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES,
      ...(options.importsPerMinute !== undefined && { importsPerMinute: options.importsPerMinute }),
      readDocument: peek,
    }),
  );
  app.use(
    '/api',
    express.json({ limit: '64kb' }),
    joinRouter({
      ...linkDeps,
      joinCodes,
      joinAttemptsPerMinute,
      revoked,
      permissionState: async (workshopId) => ({ focus: (await control.current(workshopId)).board.focus }),
      codesChanged: (workshopId) => plane.joinCodesChanged(workshopId),
    }),
    linkRouter({ ...linkDeps, revoked }),
    apiRouter({
      ...linkDeps,
      // The briefing goes in at once (on disk before any device opens the workshop); then the
      // workshop is let go, so the node its devices reach takes it, not the one that made it.
      created: async (workshopId) => {
        await registry.read(workshopId, () => undefined);
        await registry.releaseIfIdle(workshopId);
      },
    }),
    seriesRouter({
      ...linkDeps,
      readCards: (workshopId) => peek(workshopId, readCards),
      changed: (workshopId, state) => plane.broadcastState(workshopId, state),
    }),
    (_req: Request, res: Response) => fail(res, 404, 'not-found', 'There is no such API endpoint.'),
  );
  if (options.staticDir) app.use(clientRouter(options.staticDir));
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      if (error.type === 'entity.parse.failed')
        return fail(res, 400, 'bad-json', 'The request body is not valid JSON.');
      if (error.type === 'entity.too.large')
        return fail(res, 413, 'too-large', 'The request body is too large.');
      log.error({ err: error }, 'request failed');
      fail(res, 500, 'server-error', 'Something went wrong on the server. Try again.');
    },
  );

  const httpServer = http.createServer(app);
  const plane = new ControlPlane(httpServer, {
    access,
    control,
    registry: () => registry,
    log,
    nowMs,
    maxPacketBytes: LIMITS.maxPacketBytes,
    commandsPerSec: options.commandsPerSec ?? 20,
    commandBurst: options.commandBurst ?? 60,
  });
  const registry: RoomRegistry = new RoomRegistry({
    unloadGraceMs: options.unloadGraceMs ?? 60_000,
    log,
    ownership,
    loaded: async (room) => {
      await seedBriefing(room);
      // ACTION-5 at every load too: whichever node opened the series' next workshop, the node it
      // is live on now carries the earlier one's open actions in.
      const carried = await actionsCarriedInto({ workshops, control }, room.workshopId);
      const followed = await control.load(room.workshopId, room.epoch, cardIds(room.doc), carried);
      if (followed) plane.broadcastState(room.workshopId, followed.state);
      writeWhatControlCallsFor(room, control.state(room.workshopId), control.teamIds(room.workshopId));
    },
    gone: (workshopId, moved) => {
      control.forget(workshopId);
      if (moved) plane.disconnectWorkshop(workshopId);
    },
    roomDeps: (reg) => ({
      docs,
      commits,
      log,
      nowMs,
      limits: {
        maxDocBytes: options.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES,
        compactAfterUpdates: LIMITS.compactAfterUpdates,
        compactAfterBytes: LIMITS.compactAfterBytes,
      },
      hooks: {
        durable: (room) => plane.saves.notify(room.workshopId, (id) => room.savedClockOf(id)),
        notice: (workshopId, notice) => plane.notice(workshopId, notice),
        empty: (room) => reg.scheduleUnload(room),
        contentRemoved: followContent,
        contentSession: (workshopId) => ({ listening: listeningNow(control.state(workshopId).dissent) }),
        refused: (who, refusal) =>
          plane.noticeToLink(who.linkId, { level: 'error', code: refusal.code, message: refusal.message }),
        lost: (room) => registry.lost([room.workshopId]),
      },
    }),
  });
  ownership.start();
  // Before any device can connect: a workshop left by a crash is written out, not loaded twice.
  const ready = docs.orphanedLogs().then((workshopIds) => registry.writeOutLeftovers(workshopIds));
  const yjs = new YjsEndpoint({
    registry,
    access,
    log,
    nowMs,
    ...LIMITS,
    maxBufferedBytes: options.maxBufferedBytes ?? LIMITS.maxBufferedBytes,
  });
  httpServer.on('upgrade', (req, socket, head) => {
    if (yjs.handleUpgrade(req, socket, head)) return;
    if (new URL(req.url ?? '/', 'http://localhost').pathname.startsWith('/socket.io/')) return; // engine.io's
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  const owners = ownerElsewhere(ownership, storage.leases);
  frontDoor(httpServer, { selfId: nodeId, log, elsewhere: owners.find, unreachable: owners.forget });

  return {
    httpServer,
    nodeId,
    listen: async (port = options.port ?? 0, host = options.host ?? '127.0.0.1') => {
      await ready;
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve(httpServer.address() as AddressInfo));
      });
    },
    close: async () => {
      yjs.close();
      await plane.close();
      await ready.catch(() => undefined);
      await registry.unloadAll();
      await commits.flush();
      ownership.stop();
      await storage.close();
      httpServer.closeAllConnections();
    },
  };
}

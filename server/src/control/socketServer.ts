import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod';
import {
  agendaCommandPayloadSchema,
  rosterCommandPayloadSchema,
  propositionsCommandPayloadSchema,
  witnessesCommandPayloadSchema,
  pooledCommandPayloadSchema,
  pairsCommandPayloadSchema,
  dissentCommandPayloadSchema,
  chairCommandPayloadSchema,
  actionCommandPayloadSchema,
  boardCommandPayloadSchema,
  can,
  canSometimes,
  clockCommandPayloadSchema,
  describeIssues,
  handshakeAuthSchema,
  saveWatchPayloadSchema,
  timePingPayloadSchema,
  type Ack,
  type ClientToServerEvents,
  type ControlCommand,
  type ControlState,
  type Outcome,
  accept,
  refuse,
  type Identity,
  type Notice,
  type ServerToClientEvents,
} from '../../../shared/src/index.js';
import type { AccessControl } from '../auth.js';
import type { Logger } from '../log.js';
import { NotOwnerError, type RoomRegistry } from '../workshops/registry.js';
import type { WorkshopRoom } from '../yjs/room.js';
import { TokenBucket } from '../yjs/budget.js';
import type { ControlService } from './controlService.js';
import { presenceOf } from './presence.js';
import { SaveWatch } from './saveWatch.js';

interface SocketData {
  workshopId: string;
  identity: Identity;
  /** The workshop's room, held live on this node while the socket is connected. */
  room: WorkshopRoom;
  budget: TokenBucket;
}

type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type ControlServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface ControlPlaneOptions {
  access: AccessControl;
  control: ControlService;
  registry: () => RoomRegistry;
  log: Logger;
  nowMs: () => number;
  maxPacketBytes: number;
  /** Commands a device may send per second, and in a burst, before it is told to wait. */
  commandsPerSec: number;
  commandBurst: number;
}

/** The control plane over Socket.IO: clock commands, control state, presence, time sync, save state. */
export class ControlPlane {
  readonly io: ControlServer;
  readonly saves = new SaveWatch();

  constructor(
    httpServer: HttpServer,
    private readonly options: ControlPlaneOptions,
  ) {
    this.io = new Server(httpServer, {
      serveClient: false,
      maxHttpBufferSize: options.maxPacketBytes,
      // Other upgrade paths (/yjs/) belong to the Yjs endpoint: engine.io must leave them alone.
      destroyUpgrade: false,
      // Only an optimisation: the full control state is sent on every (re)connect anyway.
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    });
    this.io.use((socket, next) => void this.authenticate(socket, next));
    this.io.on('connection', (socket) => this.connected(socket));
  }

  notice(workshopId: string, notice: Notice): void {
    this.io.to(workshopId).emit('workshop:notice', notice);
  }

  /** A notice for the devices of one link only. */
  noticeToLink(linkId: string, notice: Notice): void {
    this.io.to(linkRoom(linkId)).emit('workshop:notice', notice);
  }

  broadcastState(workshopId: string, state: ControlState): void {
    this.io.to(workshopId).emit('control:state', state);
  }

  /**
   * A join code was made or revoked: the screens that may ever show the codes (PERM-12) are told,
   * without the codes, and ask the REST interface, which checks the rule at that moment.
   */
  joinCodesChanged(workshopId: string): void {
    this.io.to(joinCodesRoom(workshopId)).emit('joinCodes:changed');
  }

  /** The position paper changed: every screen of the workshop may read it (PERM-1), so all are told. */
  positionPaperChanged(workshopId: string): void {
    this.io.to(workshopId).emit('positionPaper:changed');
  }

  /** The workshop is no longer live here: its devices reconnect, and reach the node that has it now. */
  disconnectWorkshop(workshopId: string): void {
    this.io.in(workshopId).disconnectSockets(true);
  }

  /** A revoked link: its devices are disconnected at once and, refused at the handshake, stay out. */
  disconnectLink(linkId: string): void {
    this.io.in(linkRoom(linkId)).disconnectSockets(true);
  }

  close(): Promise<void> {
    return new Promise((resolve) => void this.io.close(() => resolve()));
  }

  private async authenticate(socket: ControlSocket, next: (err?: Error) => void): Promise<void> {
    const refuse = (status: number, code: string, message: string) => {
      const error = new Error(message) as Error & { data: unknown };
      error.data = { code, status };
      next(error);
    };
    const auth = handshakeAuthSchema.safeParse(socket.handshake.auth);
    // The workshop is also in the address, for a load balancer to route by: the two must agree.
    const routed = socket.handshake.query.workshop;
    if (auth.success && routed !== undefined && routed !== auth.data.workshopId)
      return refuse(400, 'bad-request', 'The workshop in the address is not the one in the handshake.');
    try {
      const access = await this.options.access.resolve(auth.data?.workshopId ?? null, auth.data?.token);
      if (!access.ok) return refuse(access.status, access.code, access.message);
      const workshopId = access.link.workshopId;
      // Every socket of a workshop is on the node that owns it: the one that decides its control state.
      const room = await this.options.registry().hold(workshopId);
      // Gone while the workshop loaded (a socket is not connected until this calls `next`).
      if (socket.conn.readyState !== 'open') return this.options.registry().letGo(room);
      socket.data = {
        workshopId,
        identity: access.identity,
        room,
        budget: new TokenBucket(this.options.commandsPerSec, this.options.commandBurst, this.options.nowMs),
      };
      next();
    } catch (error) {
      if (error instanceof NotOwnerError)
        return refuse(503, 'moved', 'This workshop is live on another server. Trying again…');
      this.options.log.error({ err: error }, 'could not open a workshop for a control connection');
      refuse(500, 'server-error', 'The server could not open this workshop. Try again.');
    }
  }

  private connected(socket: ControlSocket): void {
    const { workshopId, identity } = socket.data;
    // The workshop moved to another node between the handshake and now: reconnect there.
    if (this.options.registry().find(workshopId) !== socket.data.room) {
      this.options.registry().letGo(socket.data.room);
      return void socket.disconnect(true);
    }
    void socket.join([workshopId, linkRoom(identity.linkId)]);
    if (can(identity.role, 'presence:read')) void socket.join(presenceRoom(workshopId));
    if (canSometimes(identity.role, 'join-codes:read')) void socket.join(joinCodesRoom(workshopId));
    socket.emit('session:identity', identity);
    socket.emit('control:state', this.options.control.state(workshopId));
    this.broadcastPresence(workshopId);
    socket.on('disconnect', () => {
      this.options.registry().letGo(socket.data.room);
      this.saves.forget(workshopId, socket.id);
      this.broadcastPresence(workshopId);
    });

    this.handle(socket, 'clock:command', clockCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'clock', command }),
    );
    this.handle(socket, 'board:command', boardCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'board', command }),
    );
    this.handle(socket, 'agenda:command', agendaCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'agenda', command }),
    );
    this.handle(socket, 'roster:command', rosterCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'roster', command }),
    );
    this.handle(socket, 'propositions:command', propositionsCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'propositions', command }),
    );
    this.handle(socket, 'witnesses:command', witnessesCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'witnesses', command }),
    );
    this.handle(socket, 'pooled:command', pooledCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'pooled', command }),
    );
    this.handle(socket, 'pairs:command', pairsCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'pairs', command }),
    );
    this.handle(socket, 'dissent:command', dissentCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'dissent', command }),
    );
    this.handle(socket, 'chair:command', chairCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'chair', command }),
    );
    this.handle(socket, 'actions:command', actionCommandPayloadSchema, ({ commandId, command }) =>
      this.command(socket, commandId, { area: 'actions', command }),
    );
    this.handle(socket, 'time:ping', timePingPayloadSchema, () =>
      accept({ serverNowMs: this.options.nowMs() }),
    );
    this.handle(socket, 'save:watch', saveWatchPayloadSchema, ({ clientId }) => {
      const emit = (state: { clientId: number; clock: number }) => socket.emit('save:state', state);
      if (!this.saves.watch(workshopId, socket.id, clientId, emit)) {
        return refuse('too-many', 'This device already watches four documents.');
      }
      const clock = this.options.registry().find(workshopId)?.savedClockOf(clientId) ?? 0;
      return accept({ clientId, clock });
    });
  }

  /** Validates, rate-limits and acknowledges every command; nothing a device sends can throw here. */
  private handle<E extends keyof ClientToServerEvents, S extends z.ZodType>(
    socket: ControlSocket,
    event: E,
    schema: S,
    run: (payload: z.infer<S>) => Outcome<unknown> | Promise<Outcome<unknown>>,
  ): void {
    const listener = async (payload: unknown, ack: unknown) => {
      const reply = (result: Ack<unknown>) =>
        typeof ack === 'function' ? (ack as (r: Ack<unknown>) => void)(result) : undefined;
      if (typeof ack !== 'function')
        this.options.log.info({ event, workshopId: socket.data.workshopId }, 'event without acknowledgement');
      if (!socket.data.budget.take(1)) {
        return reply({
          ok: false,
          error: { code: 'too-many-requests', message: 'Too many requests: wait a moment.' },
        });
      }
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        return reply({
          ok: false,
          error: { code: 'bad-request', message: `Invalid ${event}: ${describeIssues(parsed.error)}` },
        });
      }
      try {
        const result = await run(parsed.data);
        reply(result);
      } catch (error) {
        this.options.log.error(
          { event, workshopId: socket.data.workshopId, err: error },
          'control event failed',
        );
        reply({
          ok: false,
          error: { code: 'server-error', message: 'The server could not do that. Try again.' },
        });
      }
    };
    socket.on(event, listener as never);
  }

  /** Transport only: the control service decides, and a change reaches every device of the workshop. */
  private async command(
    socket: ControlSocket,
    commandId: string,
    command: ControlCommand,
  ): Promise<Outcome<ControlState>> {
    const { workshopId, identity } = socket.data;
    const result = await this.options.control.command(workshopId, identity, commandId, command);
    if (!result.ok) return result;
    if (result.data.changed) this.broadcastState(workshopId, result.data.state);
    return { ok: true, data: result.data.state };
  }

  private broadcastPresence(workshopId: string): void {
    const ids = this.io.of('/').adapter.rooms.get(workshopId) ?? new Set<string>();
    const identities = Array.from(ids, (id) => this.io.of('/').sockets.get(id)?.data.identity).filter(
      (identity): identity is Identity => identity !== undefined,
    );
    this.io.to(presenceRoom(workshopId)).emit('presence:state', presenceOf(identities));
  }
}

const linkRoom = (linkId: string) => `link:${linkId}`;
const presenceRoom = (workshopId: string) => `presence:${workshopId}`;
const joinCodesRoom = (workshopId: string) => `join-codes:${workshopId}`;

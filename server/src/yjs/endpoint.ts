import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { can, writableDocKeys, type Identity } from '../../../shared/src/index.js';
import type { AccessControl } from '../auth.js';
import { redactUrl, type Logger } from '../log.js';
import { NotOwnerError, type RoomRegistry } from '../workshops/registry.js';
import { CloseCode, CloseReason } from './closeCodes.js';
import { FrameCache } from './frames.js';
import { Peer, type PeerBudget, type PeerSocket } from './peer.js';
import type { WorkshopRoom } from './room.js';

export interface YjsEndpointOptions {
  registry: RoomRegistry;
  access: AccessControl;
  log: Logger;
  maxFrameBytes: number;
  maxBufferedBytes: number;
  budget: PeerBudget;
  keepAliveMs: number;
  nowMs: () => number;
}

const PATH = /^\/yjs\/([A-Za-z0-9_-]{1,64})$/;

/** The `ws` side of the Yjs endpoint: authorises the upgrade, then hands bytes to the room. */
export class YjsEndpoint {
  private readonly wss: WebSocketServer;
  private readonly keepAlive: NodeJS.Timeout;
  private readonly alive = new WeakSet<WebSocket>();
  private readonly frames = new FrameCache();

  constructor(private readonly options: YjsEndpointOptions) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxFrameBytes,
      // Off: Yjs updates are small and already compact, and with it off `ws` never holds a frame
      // back, which the whole-frame writes in `adapt` rely on.
      perMessageDeflate: false,
    });
    this.keepAlive = setInterval(() => this.ping(), options.keepAliveMs);
    this.keepAlive.unref();
  }

  /** Handles an upgrade under /yjs/; returns false for any other path. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/yjs/')) return false;
    const workshopId = PATH.exec(url.pathname)?.[1];
    if (!workshopId) return (reject(socket, 404, 'Not Found'), true);
    void this.upgrade(req, socket, head, workshopId, url.searchParams.get('token'));
    return true;
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const ws of this.wss.clients) ws.close(CloseCode.GoingAway, CloseReason.GoingAway);
    this.wss.close();
  }

  private async upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    workshopId: string,
    token: string | null,
  ): Promise<void> {
    const { access: accessControl, registry, log } = this.options;
    try {
      // Checked before anything is loaded: a refused device never causes a document load.
      const access = await accessControl.resolve(workshopId, token);
      if (!access.ok) {
        log.info({ workshopId, status: access.status, url: redactUrl(req.url) }, 'yjs upgrade refused');
        return reject(socket, access.status, access.message);
      }
      // Loaded before the upgrade: the device's first message finds its room ready.
      const room = await registry.read(workshopId, (loaded) => loaded);
      if (socket.destroyed) return;
      this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws, socket, room, access.identity));
    } catch (error) {
      if (error instanceof NotOwnerError) {
        log.info({ workshopId }, 'yjs upgrade sent elsewhere: another node has this workshop');
        return reject(socket, 503, 'This workshop is live on another server. Try again in a moment.');
      }
      log.error({ workshopId, err: error }, 'could not load workshop');
      reject(socket, 500, 'The server could not open this workshop. Try again.');
    }
  }

  private attach(ws: WebSocket, socket: Duplex, room: WorkshopRoom, identity: Identity): void {
    const { log, budget, nowMs } = this.options;
    const { workshopId } = room;
    const peerSocket = this.adapt(ws, socket);
    const peer = new Peer(
      peerSocket,
      identity,
      writableDocKeys(identity.role),
      can(identity.role, 'awareness:write'),
      budget,
      nowMs,
    );
    this.alive.add(ws);
    ws.on('pong', () => this.alive.add(ws));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return peerSocket.close(CloseCode.BadMessage, CloseReason.BadMessage);
      room.receive(peer, toBytes(data));
    });
    ws.on('error', (error) => log.info({ workshopId, err: error }, 'yjs connection error'));
    ws.on('close', () => room.leave(peer));
    room.join(peer);
    log.debug({ workshopId, role: identity.role }, 'yjs connection joined');
  }

  /**
   * `socket` is the connection `ws` took over. Messages are written to it as whole frames (see
   * frames.ts); `ws` writes its own frames (ping, pong, close) whole too, and with compression off
   * it never holds one back, so the two never interleave inside a frame.
   */
  private adapt(ws: WebSocket, socket: Duplex): PeerSocket {
    const { maxBufferedBytes } = this.options;
    const frames = this.frames;
    return {
      send(data) {
        if (ws.readyState !== WebSocket.OPEN) return;
        // A device that cannot keep up is dropped rather than let the server's memory grow.
        if (socket.writableLength > maxBufferedBytes) return ws.close(CloseCode.TooSlow, CloseReason.TooSlow);
        socket.write(frames.frameOf(data));
      },
      close(code, reason) {
        if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)
          ws.close(code, reason);
      },
    };
  }

  private ping(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.has(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.delete(ws);
      ws.ping();
    }
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

function reject(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return;
  const reason =
    {
      401: 'Unauthorized',
      403: 'Forbidden',
      404: 'Not Found',
      500: 'Internal Server Error',
      503: 'Service Unavailable',
    }[status] ?? 'Error';
  const body = JSON.stringify({ error: { code: reason.toLowerCase().replaceAll(' ', '-'), message } });
  const retry = status === 503 ? 'Retry-After: 1\r\n' : '';
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${retry}Connection: close\r\n\r\n${body}`,
  );
}

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { can, writableDocKeys, type Identity } from '../../../shared/src/index.js';
import type { AccessControl } from '../auth.js';
import { redactUrl, type Logger } from '../log.js';
import type { RoomRegistry } from '../workshops/registry.js';
import { CloseCode, CloseReason } from './closeCodes.js';
import { FrameCache } from './frames.js';
import { Peer, type PeerBudget, type PeerSocket } from './peer.js';

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
    // Checked before anything is loaded: a refused device never causes a document load.
    const access = this.options.access.resolve(workshopId, url.searchParams.get('token'));
    if (!access.ok) {
      this.options.log.info(
        { workshopId, status: access.status, url: redactUrl(req.url) },
        'yjs upgrade refused',
      );
      return (reject(socket, access.status, access.message), true);
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws, socket, workshopId, access.identity));
    return true;
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const ws of this.wss.clients) ws.close(CloseCode.GoingAway, CloseReason.GoingAway);
    this.wss.close();
  }

  private attach(ws: WebSocket, socket: Duplex, workshopId: string, identity: Identity): void {
    const { registry, log, budget, nowMs } = this.options;
    let room;
    try {
      room = registry.acquire(workshopId);
    } catch (error) {
      log.error({ workshopId, err: error }, 'could not load workshop');
      ws.close(CloseCode.ServerError, CloseReason.ServerError);
      return;
    }
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
  const reason = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status] ?? 'Error';
  const body = JSON.stringify({ error: { code: reason.toLowerCase().replace(' ', '-'), message } });
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

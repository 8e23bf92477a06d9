import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../log.js';

/** Marks a request one node passed to another: it is served where it lands, never passed on again. */
export const FORWARDED_BY = 'x-challenge-board-forwarded-by';

const YJS = /^\/yjs\/([A-Za-z0-9_-]{1,64})$/;
const WORKSHOP_API = /^\/api\/workshops\/([A-Za-z0-9_-]{1,64})(\/|$)/;

/**
 * The workshop a request belongs to, from where a load balancer can see it too: the Yjs path,
 * Socket.IO's `?workshop=`, or a workshop's REST path. Null for anything any node may serve.
 */
export function workshopOfRequest(rawUrl: string | undefined): string | null {
  const url = new URL(rawUrl ?? '/', 'http://node');
  const yjs = YJS.exec(url.pathname);
  if (yjs) return yjs[1]!;
  if (url.pathname.startsWith('/socket.io/')) {
    const id = url.searchParams.get('workshop');
    return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
  }
  const api = WORKSHOP_API.exec(url.pathname);
  return api && api[1] !== 'import' ? api[1]! : null;
}

/** The address another node reaches a node at: the part of its id before `#`, if it is one. */
export function addressOf(nodeId: string): URL | null {
  const [address] = nodeId.split('#');
  if (!address || !/^https?:\/\//.test(address)) return null;
  try {
    return new URL(address);
  } catch {
    return null;
  }
}

export interface FrontDoorOptions {
  /** The node a workshop is live on now, when that is another node that can be reached; else null. */
  elsewhere: (workshopId: string) => Promise<URL | null>;
  /** That node could not be reached: do not trust what was looked up about the workshop. */
  unreachable?: (workshopId: string) => void;
  selfId: string;
  log: Logger;
}

/**
 * Puts one decision in front of everything the server already listens to: a request or upgrade
 * for a workshop live on another node goes there, byte for byte, so any load balancer works; the
 * rest reaches this node's own listeners (Express, Socket.IO's engine, the Yjs endpoint) as before.
 */
export function frontDoor(server: http.Server, options: FrontDoorOptions): void {
  const requestListeners = server.listeners('request') as ((...args: unknown[]) => void)[];
  const upgradeListeners = server.listeners('upgrade') as ((...args: unknown[]) => void)[];
  server.removeAllListeners('request');
  server.removeAllListeners('upgrade');
  const local = (listeners: typeof requestListeners, args: unknown[]) =>
    listeners.forEach((listener) => listener.apply(server, args));
  const target = async (req: http.IncomingMessage): Promise<URL | null> => {
    if (req.headers[FORWARDED_BY]) return null;
    const workshopId = workshopOfRequest(req.url);
    return workshopId ? options.elsewhere(workshopId).catch(() => null) : null;
  };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    void target(req).then((to) =>
      to ? forwardRequest(req, res, to, options) : local(requestListeners, [req, res]),
    );
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    // Nothing may be lost while the owner is looked up: the device sends nothing before the 101.
    void target(req).then((to) =>
      to ? forwardUpgrade(req, socket, head, to, options) : local(upgradeListeners, [req, socket, head]),
    );
  });
}

function forwardedHeaders(req: http.IncomingMessage, selfId: string): http.OutgoingHttpHeaders {
  const from = req.socket.remoteAddress ?? '';
  const chain = req.headers['x-forwarded-for'];
  return {
    ...req.headers,
    [FORWARDED_BY]: selfId,
    'x-forwarded-for': chain ? `${String(chain)}, ${from}` : from,
  };
}

function requestTo(req: http.IncomingMessage, to: URL, selfId: string): http.ClientRequest {
  return http.request({
    hostname: to.hostname,
    port: to.port,
    method: req.method,
    path: req.url,
    headers: forwardedHeaders(req, selfId),
  });
}

function forwardRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  to: URL,
  { selfId, log, unreachable }: FrontDoorOptions,
): void {
  const onward = requestTo(req, to, selfId);
  const workshopId = workshopOfRequest(req.url);
  onward.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  onward.on('error', (error) => {
    log.warn({ err: error, to: to.host }, 'could not reach the node that has this workshop');
    if (workshopId) unreachable?.(workshopId);
    if (res.headersSent) return void res.destroy();
    res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' });
    res.end(
      JSON.stringify({
        error: { code: 'moved', message: 'This workshop is moving between servers. Try again in a moment.' },
      }),
    );
  });
  req.pipe(onward);
}

function forwardUpgrade(
  req: http.IncomingMessage,
  socket: Duplex,
  head: Buffer,
  to: URL,
  { selfId, log, unreachable }: FrontDoorOptions,
): void {
  const onward = requestTo(req, to, selfId);
  const workshopId = workshopOfRequest(req.url);
  const fail = () => {
    if (!socket.destroyed)
      socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\n\r\n');
  };
  onward.on('upgrade', (answer, upstream, upstreamHead) => {
    socket.write(statusAndHeaders(101, 'Switching Protocols', answer.rawHeaders));
    if (upstreamHead.length > 0) socket.write(upstreamHead);
    if (head.length > 0) upstream.write(head);
    const close = () => {
      socket.destroy();
      upstream.destroy();
    };
    upstream.on('error', close).on('close', close);
    socket.on('error', close).on('close', close);
    upstream.pipe(socket).pipe(upstream);
  });
  // The owner refused the upgrade (a bad token, say): the device gets its answer as it was.
  onward.on('response', (answer) => {
    socket.write(statusAndHeaders(answer.statusCode ?? 502, answer.statusMessage ?? '', answer.rawHeaders));
    answer.pipe(socket);
  });
  onward.on('error', (error) => {
    log.warn({ err: error, to: to.host }, 'could not reach the node that has this workshop');
    if (workshopId) unreachable?.(workshopId);
    fail();
  });
  socket.on('error', () => onward.destroy());
  onward.end();
}

function statusAndHeaders(status: number, message: string, rawHeaders: string[]): string {
  const lines = [`HTTP/1.1 ${status} ${message}`];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) lines.push(`${rawHeaders[i]}: ${rawHeaders[i + 1]}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

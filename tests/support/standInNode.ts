import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

/** What a stand-in answers on every path and on every WebSocket: who it is and what it was asked. */
export interface StandInAnswer {
  node: string;
  url: string;
  forwardedFor: string | null;
}

export interface StandInNode {
  name: string;
  port: number;
  /** A node that hangs: /healthz answers 503, but open connections stay open. */
  setSick(sick: boolean): void;
  /** A node that dies: it stops listening and every connection to it drops. */
  kill(): Promise<void>;
}

/**
 * A stand-in for a server node in front of which HAProxy is tested: it answers /healthz like the
 * real one and says its own name on every other path, over HTTP and over a WebSocket on /yjs/ and
 * /socket.io/ (the two paths that upgrade on the real server).
 */
export async function startStandIn(name: string): Promise<StandInNode> {
  let sick = false;
  const answer = (req: http.IncomingMessage): StandInAnswer => ({
    node: name,
    url: req.url ?? '',
    forwardedFor: req.headers['x-forwarded-for']?.toString() ?? null,
  });
  const server = http.createServer((req, res) => {
    const healthz = req.url === '/healthz';
    res.writeHead(healthz && sick ? 503 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(healthz ? { ok: !sick } : answer(req)));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!/^\/(yjs|socket\.io)\//.test(req.url ?? '')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => ws.send(JSON.stringify(answer(req))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    name,
    port: (server.address() as AddressInfo).port,
    setSick: (value) => {
      sick = value;
    },
    kill: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const ws of wss.clients) ws.terminate();
      await closed;
    },
  };
}

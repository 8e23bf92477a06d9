import net from 'node:net';
import { seededRandom } from './random.js';

export interface DelayProxy {
  port: number;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A TCP proxy on loopback that holds every chunk, each way, for a random 0–`maxDelayMs` ms and
 * keeps their order: a venue's Wi-Fi, as far as timing goes. Seeded, so a run can be replayed.
 */
export function startDelayProxy(targetPort: number, maxDelayMs: number, seed: number): Promise<DelayProxy> {
  const random = seededRandom(seed);
  const sockets = new Set<net.Socket>();
  const relay = (from: net.Socket, to: net.Socket) => {
    // One queue and one timer per direction: chunks leave strictly in the order they came.
    const queue: { atMs: number; chunk: Buffer | null }[] = [];
    let timer: NodeJS.Timeout | null = null;
    const drain = () => {
      timer = null;
      while (queue.length > 0 && queue[0]!.atMs <= Date.now()) {
        const { chunk } = queue.shift()!;
        if (chunk === null) to.end();
        else if (to.writable) to.write(chunk);
      }
      if (queue.length > 0) timer = setTimeout(drain, queue[0]!.atMs - Date.now());
    };
    const hold = (chunk: Buffer | null) => {
      const last = queue.at(-1)?.atMs ?? 0;
      queue.push({ atMs: Math.max(last, Date.now() + random() * maxDelayMs), chunk });
      timer ??= setTimeout(drain, queue[0]!.atMs - Date.now());
    };
    from.on('data', (chunk: Buffer) => hold(chunk));
    from.on('end', () => hold(null));
    from.on('error', () => to.destroy());
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    relay(client, upstream);
    relay(upstream, client);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        port,
        baseUrl: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { binaryFrame, FrameCache } from '../../server/src/yjs/frames.js';

// ws's own framer and parser, which its published types leave out: the reference our frames must match.
interface WsInternals {
  Sender: { frame(data: Buffer, options: object): Buffer[] };
  Receiver: new (options: { isServer: boolean }) => NodeJS.WritableStream & {
    on(event: 'message', listener: (data: Buffer, isBinary: boolean) => void): void;
    on(event: 'error', listener: (error: Error) => void): void;
  };
}
const ws = createRequire(import.meta.url)('ws') as WsInternals;

function payload(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}
// Each length field size: 7 bits, 16 bits, 64 bits, and the edges between them.
const LENGTHS = [0, 1, 125, 126, 127, 65_535, 65_536, 200_000];

describe('binary WebSocket frames', () => {
  it.each(LENGTHS)('a %i-byte message is framed exactly as ws frames it', (length) => {
    const data = payload(length);
    const expected = Buffer.concat(
      ws.Sender.frame(Buffer.from(data), { fin: true, opcode: 2, mask: false, readOnly: false, rsv1: false }),
    );
    expect(binaryFrame(data).equals(expected)).toBe(true);
  });

  it('a client parses every frame back to the same bytes, in order', async () => {
    const receiver = new ws.Receiver({ isServer: false });
    const received: Uint8Array[] = [];
    receiver.on('message', (data, isBinary) => {
      expect(isBinary).toBe(true);
      received.push(new Uint8Array(data));
    });
    receiver.on('error', (error) => received.push(new TextEncoder().encode(error.message)));
    for (const length of LENGTHS) receiver.write(binaryFrame(payload(length)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(received.map((r) => r.byteLength)).toEqual(LENGTHS);
    received.forEach((r, i) => expect(r).toEqual(payload(LENGTHS[i]!)));
  });

  it('a broadcast frames its message once, and the next message afresh', () => {
    const cache = new FrameCache();
    const first = payload(10);
    const second = payload(10);
    const frame = cache.frameOf(first);
    expect(cache.frameOf(first)).toBe(frame);
    const next = cache.frameOf(second);
    expect(next).not.toBe(frame);
    expect(next.equals(frame)).toBe(true);
  });
});

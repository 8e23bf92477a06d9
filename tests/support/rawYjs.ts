import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';

/** A bare WebSocket to the Yjs endpoint, for sending what the stock client never would. */
export function openRaw(
  url: string,
): Promise<{ ws: WebSocket; received: Uint8Array[] } | { status: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const received: Uint8Array[] = [];
    ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    ws.once('open', () => resolve({ ws, received }));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.once('error', reject);
  });
}

export function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}

/** A y-websocket sync "update" message whose payload is whatever bytes are given. */
export function syncUpdateFrame(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/**
 * Binary WebSocket frames built once for a message that goes to a whole room.
 *
 * `ws.send` frames every send again and writes header and payload as two chunks. A room relays
 * each update to every other device, so the frame is built once and written whole to each socket.
 * A server's frames are never masked (RFC 6455 §5.1), so the same bytes are right for every device.
 */
const FIN_BINARY = 0x82;

export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerBytes = length < 126 ? 2 : length <= 0xffff ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = FIN_BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length <= 0xffff) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerBytes);
  return frame;
}

/** Remembers the frame of the last message: a broadcast sends one message to many devices in a row. */
export class FrameCache {
  private lastMessage: Uint8Array | null = null;
  private lastFrame: Buffer = Buffer.alloc(0);

  frameOf(message: Uint8Array): Buffer {
    if (message !== this.lastMessage) {
      this.lastFrame = binaryFrame(message);
      this.lastMessage = message;
    }
    return this.lastFrame;
  }
}

import type { DocKey, Identity } from '../../../shared/src/index.js';
import { TokenBucket } from './budget.js';

/** The minimal socket a room talks to; the `ws` adapter implements it, tests can too. */
export interface PeerSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface PeerBudget {
  messagesPerSec: number;
  messageBurst: number;
  bytesPerSec: number;
  byteBurst: number;
}

/** One connection in a room. Also the Yjs transaction origin of everything it sends. */
export class Peer {
  readonly kind = 'peer';
  /** Awareness client ids this connection speaks for. */
  readonly clientIds = new Set<number>();
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(
    readonly socket: PeerSocket,
    readonly identity: Identity,
    /** The document keys this peer may change: every key, some (a witness), or none (read-only). */
    readonly writableKeys: readonly DocKey[],
    readonly mayShowPresence: boolean,
    budget: PeerBudget,
    nowMs: () => number,
  ) {
    this.messages = new TokenBucket(budget.messagesPerSec, budget.messageBurst, nowMs);
    this.bytes = new TokenBucket(budget.bytesPerSec, budget.byteBurst, nowMs);
  }

  withinBudget(byteLength: number): boolean {
    return this.messages.take(1) && this.bytes.take(byteLength);
  }
}

/** The transaction origin of content read back from storage: never logged again or relayed. */
export const loadOrigin = { kind: 'load' } as const;

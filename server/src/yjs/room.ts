import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  contentRefusal,
  undeclaredKeyRefusal,
  type ContentSession,
  type Identity,
  type Notice,
  type Refusal,
} from '../../../shared/src/index.js';
import type { Logger } from '../log.js';
import type { CommitOutcome, GroupCommit } from '../store/groupCommit.js';
import type { DocStore, Epoch, StoredDoc } from '../store/storage.js';
import { stampAwareness } from './awarenessStamp.js';
import { CloseCode, CloseReason } from './closeCodes.js';
import { loadOrigin, Peer } from './peer.js';
import {
  awarenessMessage,
  MessageType,
  SyncType,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './protocol.js';
import { contentChangesOf, undeclaredKeys } from './writeScope.js';
import { FencedError } from '../store/storage.js';

export interface RoomLimits {
  maxDocBytes: number;
  /** The update log is compacted by the time it holds this many updates or bytes (see `nextCompaction`). */
  compactAfterUpdates: number;
  compactAfterBytes: number;
}

export interface RoomHooks {
  /** A batch of this room's updates is on disk: devices may be told their edits are saved. */
  durable(room: WorkshopRoom): void;
  notice(workshopId: string, notice: Notice): void;
  /** The last peer left. */
  empty(room: WorkshopRoom): void;
  /** An accepted update removed entries (priorities, …): control state that refers to them may follow. */
  contentRemoved(room: WorkshopRoom): void;
  /** An update was refused by the content rules: the device that sent it is told why. */
  refused(who: Identity, refusal: Refusal): void;
  /** What of the live session the content rules read (DISSENT-7): asked only when a rule needs it. */
  contentSession?(workshopId: string): ContentSession;
  /** Storage fenced a write off: another node owns the workshop now, and this room must go. */
  lost?(room: WorkshopRoom): void;
}

export interface RoomDeps {
  docs: DocStore;
  commits: GroupCommit;
  limits: RoomLimits;
  hooks: RoomHooks;
  log: Logger;
  nowMs: () => number;
  /** In [0, 1); spreads the rooms' compactions apart. Math.random unless a test fixes it. */
  random?: () => number;
}

/** What the content rules found in an update a device sent. */
interface ScopeCheck {
  refusal: Refusal | null;
  /** It removed entries (priorities, …): control state that refers to them may follow. */
  removed: boolean;
}

/** The content rules (PERM-9, PERM-10) applied to everything one transaction changed. */
function judge(peer: Peer, tr: Y.Transaction, session: () => ContentSession): ScopeCheck {
  let removed = false;
  for (const change of contentChangesOf(tr)) {
    const refusal = contentRefusal(peer.identity, change, session);
    if (refusal) return { refusal, removed };
    if (change.kind === 'remove') removed = true;
  }
  return { refusal: null, removed };
}
/** What a device with an empty document sends as its state vector. */
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
const isEmptyStateVector = (sv: Uint8Array) =>
  sv.length === EMPTY_STATE_VECTOR.length && sv[0] === EMPTY_STATE_VECTOR[0];
const NOTICE_INTERVAL_MS = 10_000;
/** The origin of the server's own changes (`change`), as a device's are its `Peer`. */
const serverOrigin = Symbol('server');

/**
 * One workshop's live document and its connections. It takes bytes in and sends bytes out through
 * `PeerSocket`s and knows nothing of WebSockets. Every update is committed to storage before it is
 * relayed, and a device is answered with the document only once what it will see is on disk.
 */
export class WorkshopRoom {
  doc!: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers = new Set<Peer>();
  private readonly awarenessOwners = new Map<number, Peer>();
  private capture: Uint8Array[] | null = null;
  /** The whole document as a sync step 2, kept until the next change: a room of devices joining at once costs one encoding. */
  private wholeDoc: Uint8Array | null = null;
  private uncommitted = 0;
  private afterCommit: (() => void)[] = [];
  /** The sequence number of the last update logged (or queued to be). */
  private lastSeq = 0;
  private storedBytes = 0;
  private updatesSinceSnapshot = 0;
  private bytesSinceSnapshot = 0;
  private compactAt = { updates: 0, bytes: 0 };
  private lastNoticeMs = -Infinity;
  private failing = false;
  /** While reloading from storage, what devices send waits here, to be applied to the reloaded document. */
  private held: (() => void)[] | null = null;
  private compaction: Promise<void> | null = null;
  private gone = false;

  /** The live session as the content rules read it, asked only when a rule needs it (DISSENT-7). */
  private readonly contentSession = (): ContentSession =>
    this.deps.hooks.contentSession?.(this.workshopId) ?? { listening: null };

  /** Loads the workshop's document; `epoch` is this node's lease on it, stamped on every write. */
  static async open(workshopId: string, deps: RoomDeps, epoch: Epoch): Promise<WorkshopRoom> {
    return new WorkshopRoom(workshopId, deps, epoch, await deps.docs.load(workshopId));
  }

  private constructor(
    readonly workshopId: string,
    private readonly deps: RoomDeps,
    readonly epoch: Epoch,
    stored: StoredDoc,
  ) {
    this.load(stored);
    // Awareness needs a doc only for its own client id; the server shows no presence of its own.
    this.awareness = new awarenessProtocol.Awareness(new Y.Doc());
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessChange);
  }

  join(peer: Peer): void {
    if (this.held) return void this.held.push(() => this.join(peer));
    if (this.gone) return peer.socket.close(CloseCode.Moved, CloseReason.Moved);
    this.peers.add(peer);
    peer.socket.send(syncStep1Message(this.doc));
    const known = Array.from(this.awareness.getStates().keys());
    if (known.length > 0) peer.socket.send(awarenessMessage(this.awareness, known));
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    const owned = Array.from(peer.clientIds).filter((id) => this.awarenessOwners.get(id) === peer);
    owned.forEach((id) => this.awarenessOwners.delete(id));
    if (owned.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, owned, 'leave');
    if (this.peers.size === 0) this.deps.hooks.empty(this);
  }

  receive(peer: Peer, data: Uint8Array): void {
    if (this.held) return void this.held.push(() => this.receive(peer, data));
    if (!this.peers.has(peer)) return;
    if (!peer.withinBudget(data.byteLength)) return this.kick(peer, 'TooManyMessages');
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === MessageType.sync) this.onSync(peer, decoder);
      else if (type === MessageType.awareness) this.onAwareness(peer, decoding.readVarUint8Array(decoder));
      else if (type === MessageType.queryAwareness) this.sendAllAwareness(peer);
      else if (type !== MessageType.auth) throw new TypeError(`unknown message type ${type}`);
    } catch (error) {
      this.deps.log.warn(
        { workshopId: this.workshopId, err: error },
        'malformed message; closing its connection',
      );
      this.kick(peer, 'BadMessage');
    }
  }

  /** A revoked link: its connections close at once (and the upgrade refuses it from then on). */
  closeLink(linkId: string): void {
    for (const peer of Array.from(this.peers))
      if (peer.identity.linkId === linkId) this.kick(peer, 'Revoked');
  }

  /**
   * A change the server itself makes to the document (the briefing a workshop starts with): logged
   * like any device's update, and sent to the devices once it is on disk. No content rule applies:
   * the server writes only what `shared/` decides.
   */
  change(edit: (doc: Y.Doc) => void): void {
    if (this.held) return void this.held.push(() => this.change(edit));
    if (this.gone) return;
    const captured: Uint8Array[] = [];
    this.capture = captured;
    try {
      this.doc.transact(() => edit(this.doc), serverOrigin);
    } finally {
      this.capture = null;
    }
    for (const update of captured) this.persistThenRelay(update, null);
  }

  /** Writes what is pending, snapshots the document and lets it go. */
  async unload(): Promise<void> {
    await this.deps.commits.flush();
    await this.compaction;
    if (this.updatesSinceSnapshot > 0 && !this.gone) await this.compact();
    this.gone = true;
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Storage refused a write at this room's epoch: the registry drops the room (or, alone, it drops itself). */
  private fenced(): void {
    if (this.deps.hooks.lost) this.deps.hooks.lost(this);
    else this.drop();
  }

  /** Another node owns the workshop now: every device reconnects (to the owner), nothing more is written. */
  drop(): void {
    if (this.gone) return;
    this.gone = true;
    this.deps.log.warn({ workshopId: this.workshopId }, 'workshop taken over by another node');
    for (const peer of Array.from(this.peers)) this.kick(peer, 'Moved');
    this.afterCommit = [];
    this.awareness.destroy();
    this.doc.destroy();
  }

  get isIdle(): boolean {
    return this.peers.size === 0;
  }

  /** How far a Yjs client's edits are on disk; null while some applied edits still wait for their commit. */
  savedClockOf(clientId: number): number | null {
    return this.uncommitted === 0 ? Y.getState(this.doc.store, clientId) : null;
  }

  private onSync(peer: Peer, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (kind === SyncType.step1) this.whenCommitted(() => this.sendStep2(peer, payload));
    else if (kind === SyncType.step2 || kind === SyncType.update) this.onUpdate(peer, payload);
    else throw new TypeError(`unknown sync message ${kind}`);
  }

  private sendStep2(peer: Peer, stateVector: Uint8Array): void {
    if (!this.peers.has(peer)) return;
    try {
      peer.socket.send(
        isEmptyStateVector(stateVector) ? this.wholeDocMessage() : syncStep2Message(this.doc, stateVector),
      );
    } catch (error) {
      this.deps.log.warn(
        { workshopId: this.workshopId, err: error },
        'bad state vector; closing its connection',
      );
      this.kick(peer, 'BadMessage');
    }
  }

  private onUpdate(peer: Peer, update: Uint8Array): void {
    if (peer.writableKeys.length === 0) return; // read-only: the update is dropped, never applied
    if (this.storedBytes + update.byteLength > this.deps.limits.maxDocBytes) return this.refuseFull();
    const captured: Uint8Array[] = [];
    let scope: ScopeCheck = { refusal: null, removed: false };
    this.capture = captured;
    try {
      // Applied inside our own transaction, so what it changed is read before Yjs garbage-collects
      // what it deleted, and before anything is logged or relayed.
      this.doc.transact((tr) => {
        Y.applyUpdate(this.doc, update, peer);
        scope = judge(peer, tr, this.contentSession);
      }, peer);
    } catch (error) {
      // Memory may now hold half of that update: start again from what is on disk.
      this.capture = null;
      this.deps.log.warn(
        { workshopId: this.workshopId, err: error },
        'update failed to apply; reloading document',
      );
      this.kick(peer, 'BadMessage');
      void this.reload();
      return;
    } finally {
      this.capture = null;
    }
    const refusal = scope.refusal ?? undeclaredKeyIn(this.doc);
    if (refusal) return this.refuseWrite(peer, refusal);
    for (const applied of captured) this.persistThenRelay(applied, peer);
    if (scope.removed) this.deps.hooks.contentRemoved(this);
  }

  /** The update broke a content rule: the device is told why, and memory is reloaded from what is on disk. */
  private refuseWrite(peer: Peer, refusal: Refusal): void {
    this.deps.log.warn(
      { workshopId: this.workshopId, role: peer.identity.role, code: refusal.code },
      'update refused by the content rules; reloading document',
    );
    this.deps.hooks.refused(peer.identity, refusal);
    this.kick(peer, 'Forbidden', refusal.message);
    void this.reload();
  }

  private persistThenRelay(update: Uint8Array, origin: Peer | null): void {
    this.uncommitted += 1;
    this.storedBytes += update.byteLength;
    this.lastSeq += 1;
    this.deps.commits.enqueue({
      workshopId: this.workshopId,
      seq: this.lastSeq,
      epoch: this.epoch,
      data: update,
      done: (outcome) => this.committed(outcome, update, origin),
    });
  }

  private committed(outcome: CommitOutcome, update: Uint8Array, origin: Peer | null): void {
    this.uncommitted -= 1;
    if (this.gone) return;
    if (!outcome.saved && outcome.fenced) return this.fenced();
    if (!outcome.saved) return this.saveFailed(outcome.error);
    if (this.failing) return;
    this.updatesSinceSnapshot += 1;
    this.bytesSinceSnapshot += update.byteLength;
    const message = updateMessage(update);
    for (const peer of this.peers) if (peer !== origin) peer.socket.send(message);
    if (this.uncommitted > 0) return;
    const waiting = this.afterCommit;
    this.afterCommit = [];
    waiting.forEach((run) => run());
    this.deps.hooks.durable(this);
    if (
      this.updatesSinceSnapshot >= this.compactAt.updates ||
      this.bytesSinceSnapshot >= this.compactAt.bytes
    ) {
      void this.compact();
    }
  }

  /**
   * Each compaction's point is drawn between half and all of the limit. Rooms under the same load
   * would otherwise reach the limit in the same second and compact together, stalling every
   * workshop at once (a benchmark of 20 rooms saw 70 ms of compaction within one second).
   */
  private nextCompaction(): void {
    const { compactAfterUpdates, compactAfterBytes } = this.deps.limits;
    const share = 0.5 + 0.5 * (this.deps.random ?? Math.random)();
    this.compactAt = {
      updates: Math.ceil(compactAfterUpdates * share),
      bytes: Math.ceil(compactAfterBytes * share),
    };
  }

  private wholeDocMessage(): Uint8Array {
    this.wholeDoc ??= syncStep2Message(this.doc, EMPTY_STATE_VECTOR);
    return this.wholeDoc;
  }

  private whenCommitted(run: () => void): void {
    if (this.uncommitted === 0) run();
    else this.afterCommit.push(run);
  }

  /** Storage refused a write: nothing of it may be relayed. Devices reconnect and send their edits again. */
  private saveFailed(error: Error): void {
    if (this.failing) return;
    this.failing = true;
    this.deps.log.error(
      { workshopId: this.workshopId, err: error },
      'could not save updates; reloading document',
    );
    for (const peer of Array.from(this.peers)) this.kick(peer, 'SaveFailed');
    this.afterCommit = [];
    void this.reload().finally(() => {
      this.failing = false;
    });
  }

  private onAwareness(peer: Peer, update: Uint8Array): void {
    if (!peer.mayShowPresence) return;
    const { name, role, teamId } = peer.identity;
    const stamped = stampAwareness(update, { name, role, teamId }, (id) => this.claimAwareness(peer, id));
    if (stamped) awarenessProtocol.applyAwarenessUpdate(this.awareness, stamped, peer);
  }

  /** A device speaks for the awareness ids it first used; another link cannot take them over. */
  private claimAwareness(peer: Peer, clientId: number): boolean {
    const owner = this.awarenessOwners.get(clientId);
    if (owner && owner !== peer && owner.identity.linkId !== peer.identity.linkId) return false;
    this.awarenessOwners.set(clientId, peer);
    peer.clientIds.add(clientId);
    return true;
  }

  private readonly onAwarenessChange = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = change.added.concat(change.updated, change.removed);
    const message = awarenessMessage(this.awareness, changed);
    for (const peer of this.peers) if (peer !== origin) peer.socket.send(message);
  };

  private sendAllAwareness(peer: Peer): void {
    const known = Array.from(this.awareness.getStates().keys());
    peer.socket.send(awarenessMessage(this.awareness, known));
  }

  private refuseFull(): void {
    const now = this.deps.nowMs();
    if (now - this.lastNoticeMs < NOTICE_INTERVAL_MS) return;
    this.lastNoticeMs = now;
    const mb = Math.round(this.deps.limits.maxDocBytes / 1_000_000);
    this.deps.log.warn({ workshopId: this.workshopId, storedBytes: this.storedBytes }, 'document full');
    this.deps.hooks.notice(this.workshopId, {
      level: 'error',
      code: 'board-full',
      message: `The board has reached its size limit (${mb} MB), so new changes are not being saved. Ask the facilitator to remove material that is no longer needed.`,
    });
  }

  private kick(peer: Peer, why: keyof typeof CloseCode, reason = CloseReason[why]): void {
    peer.socket.close(CloseCode[why], closeReasonText(reason));
    this.leave(peer);
  }

  /**
   * Called when every update applied is logged, so the snapshot holds exactly the log up to
   * `lastSeq`. Updates logged while it is written have higher numbers and stay in the log.
   */
  private compact(): Promise<void> {
    if (this.compaction || this.held || this.gone) return this.compaction ?? Promise.resolve();
    this.compaction = this.writeSnapshot().finally(() => {
      this.compaction = null;
    });
    return this.compaction;
  }

  private async writeSnapshot(): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const taken = { seq: this.lastSeq, updates: this.updatesSinceSnapshot, bytes: this.bytesSinceSnapshot };
    try {
      await this.deps.docs.compact(this.workshopId, this.epoch, snapshot, taken.seq, this.deps.nowMs());
      this.updatesSinceSnapshot -= taken.updates;
      this.bytesSinceSnapshot -= taken.bytes;
      this.storedBytes = snapshot.byteLength + this.bytesSinceSnapshot;
      this.nextCompaction();
    } catch (error) {
      if (error instanceof FencedError) return this.fenced();
      this.deps.log.error(
        { workshopId: this.workshopId, err: error },
        'compaction failed; the update log is kept',
      );
    }
  }

  private load(stored: StoredDoc): void {
    const doc = new Y.Doc();
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    }, loadOrigin);
    doc.on('update', (update: Uint8Array) => {
      this.wholeDoc = null;
      this.capture?.push(update);
    });
    this.doc = doc;
    this.wholeDoc = null;
    this.lastSeq = stored.lastSeq;
    this.storedBytes = stored.storedBytes;
    this.updatesSinceSnapshot = stored.updates.length;
    this.bytesSinceSnapshot = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
    this.nextCompaction();
  }

  /**
   * Memory may hold what storage refused or never got: start again from what is on disk. What
   * devices send meanwhile is held and applied to the reloaded document.
   */
  private async reload(): Promise<void> {
    if (this.held || this.gone) return;
    this.held = [];
    try {
      await this.deps.commits.flush();
      await this.compaction;
      const stored = await this.deps.docs.load(this.workshopId);
      if (this.gone) return;
      const old = this.doc;
      this.load(stored);
      old.destroy();
    } catch (error) {
      this.deps.log.error({ workshopId: this.workshopId, err: error }, 'could not reload; devices reconnect');
      for (const peer of Array.from(this.peers)) this.kick(peer, 'SaveFailed');
    } finally {
      const held = this.held ?? [];
      this.held = null;
      held.forEach((run) => run());
    }
  }
}

function undeclaredKeyIn(doc: Y.Doc): Refusal | null {
  const [key] = undeclaredKeys(doc);
  return key === undefined ? null : undeclaredKeyRefusal(key);
}

/** A WebSocket close reason is at most 123 bytes of UTF-8. */
function closeReasonText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= 123) return text;
  let cut = text.slice(0, 120);
  while (new TextEncoder().encode(`${cut}…`).length > 123) cut = cut.slice(0, -1);
  return `${cut}…`;
}

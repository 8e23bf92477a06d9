import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MIGRATIONS } from '../../server/src/store/postgres/migrations.js';
import { openPostgresStorage } from '../../server/src/store/postgres/postgresStorage.js';
import {
  FencedError,
  type Link,
  type LoggedUpdate,
  type NewWorkshop,
  type RestoredWorkshop,
  type Storage,
  type StoredDoc,
} from '../../server/src/store/storage.js';
import { freshDatabase, postgresAdminUrl, type FreshDatabase } from '../support/postgres.js';
import { storageEngines, type StoragePlace } from '../support/storageEngines.js';

// Leases expire by the database's own clock, which no fake timer reaches: a lease that must lapse
// gets a tiny ttl and the test waits a little longer than that.
const LONG = 60_000;
const SHORT = 50;
const lapse = () => sleep(SHORT * 3);

const agenda: NewWorkshop['agenda'] = [
  { id: 'welcome', title: 'Welcome', kind: 'input', durationMin: 10, plannedStart: '9.30' },
  { id: 'task-1', title: 'Team task 1', kind: 'team-task', durationMin: 45 },
];

function workshop(id: string, extra: Partial<NewWorkshop> = {}): NewWorkshop {
  return {
    id,
    title: `Workshop ${id}`,
    templateId: 'strategic-political-leadership',
    agenda,
    teams: [],
    createdAtMs: 1_000,
    ...extra,
  };
}

/** A real Yjs update: one card. */
function cardUpdate(clientId: number, title: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getMap('cards').set(title, title);
  return Y.encodeStateAsUpdate(doc);
}

const hex = (bytes: Uint8Array | null) => bytes && Buffer.from(bytes).toString('hex');

function cardsOf(stored: StoredDoc): unknown {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  stored.updates.forEach((update) => Y.applyUpdate(doc, update));
  return doc.getMap('cards').toJSON();
}

const update = (workshopId: string, seq: number, epoch: number, data: Uint8Array): LoggedUpdate => ({
  workshopId,
  seq,
  epoch,
  data,
});

const facilitator = (id: string, workshopId: string): Link => ({
  id,
  workshopId,
  role: 'facilitator',
  teamId: null,
  name: null,
});

describe.each(storageEngines)('storage on $name', (engine) => {
  let place: StoragePlace | undefined;
  let store: Storage;

  beforeEach(async () => {
    place = undefined;
    place = await engine.place();
    store = await place.open();
  });

  afterEach(async () => {
    await place?.dispose();
  });

  /** Creates the workshops and takes each for node-a; their epochs, in the same order. */
  async function ownedWorkshops<const Ids extends string[]>(
    ...ids: Ids
  ): Promise<{ [K in keyof Ids]: number }> {
    const epochs: number[] = [];
    for (const id of ids) {
      await store.workshops.create(workshop(id));
      const epoch = await store.leases.acquire(id, 'node-a', LONG);
      expect(epoch).toEqual(expect.any(Number));
      epochs.push(epoch!);
    }
    return epochs as { [K in keyof Ids]: number };
  }

  describe('documents', () => {
    it('loads nothing for a workshop with no document yet', async () => {
      await store.workshops.create(workshop('w1'));
      expect(await store.docs.load('w1')).toEqual({
        snapshot: null,
        updates: [],
        lastSeq: 0,
        storedBytes: 0,
      });
    });

    it('loads every update appended, in order, with its bytes counted', async () => {
      const [e1, e2] = await ownedWorkshops('w1', 'w2');
      const [first, second, third] = [
        cardUpdate(1, 'first'),
        cardUpdate(2, 'second'),
        cardUpdate(3, 'third'),
      ];
      const elsewhere = cardUpdate(4, 'elsewhere');
      const appended = await store.docs.append([
        update('w1', 1, e1, first),
        update('w2', 1, e2, elsewhere),
        update('w1', 2, e1, second),
      ]);
      expect(appended.fenced.size).toBe(0);
      await store.docs.append([update('w1', 3, e1, third)]);
      expect((await store.docs.append([])).fenced.size).toBe(0);

      const loaded = await store.docs.load('w1');
      expect(loaded.snapshot).toBeNull();
      expect(loaded.updates.map(hex)).toEqual([first, second, third].map(hex));
      expect(loaded.updates.every((u) => u instanceof Uint8Array)).toBe(true);
      expect(loaded.lastSeq).toBe(3);
      expect(loaded.storedBytes).toBe(first.byteLength + second.byteLength + third.byteLength);
      expect(cardsOf(loaded)).toEqual({ first: 'first', second: 'second', third: 'third' });
      const other = await store.docs.load('w2');
      expect(other.updates.map(hex)).toEqual([hex(elsewhere)]);
      expect(other.lastSeq).toBe(1);
    });

    it('compacts: the snapshot replaces the updates it holds, later ones stay', async () => {
      const [epoch] = await ownedWorkshops('w1');
      const updates = ['a', 'b', 'c', 'd'].map((title, i) => cardUpdate(i + 1, title));
      const [, , third, fourth] = updates as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
      await store.docs.append(updates.slice(0, 3).map((data, i) => update('w1', i + 1, epoch, data)));
      const upToTwo = Y.mergeUpdates(updates.slice(0, 2));
      await store.docs.compact('w1', epoch, upToTwo, 2, 5_000);

      const compacted = await store.docs.load('w1');
      expect(hex(compacted.snapshot)).toBe(hex(upToTwo));
      expect(compacted.updates.map(hex)).toEqual([hex(third)]);
      expect(compacted.lastSeq).toBe(3);
      expect(compacted.storedBytes).toBe(upToTwo.byteLength + third.byteLength);
      expect(cardsOf(compacted)).toEqual({ a: 'a', b: 'b', c: 'c' });

      await store.docs.append([update('w1', 4, epoch, fourth)]);
      const whole = Y.mergeUpdates(updates);
      await store.docs.compact('w1', epoch, whole, 4, 6_000);
      const again = await store.docs.load('w1');
      expect(hex(again.snapshot)).toBe(hex(whole));
      expect(again.updates).toEqual([]);
      expect(again.lastSeq).toBe(4);
      expect(again.storedBytes).toBe(whole.byteLength);

      await store.docs.append([update('w1', 5, epoch, cardUpdate(5, 'e'))]);
      expect((await store.docs.load('w1')).lastSeq).toBe(5);
    });

    it('commits nothing of a batch that fails for another reason than fencing', async () => {
      const [epoch] = await ownedWorkshops('w1');
      // A lease on a workshop that was never made: its row passes the fence and breaks the batch.
      const ghost = (await store.leases.acquire('ghost', 'node-a', LONG))!;
      await expect(
        store.docs.append([
          update('w1', 1, epoch, cardUpdate(1, 'a')),
          update('ghost', 1, ghost, cardUpdate(2, 'b')),
        ]),
      ).rejects.toThrow();
      expect((await store.docs.load('w1')).lastSeq).toBe(0);
    });
  });

  describe('leases and fencing', () => {
    it('refuses a workshop while another node’s lease lives, and renews the owner’s own', async () => {
      const epoch = await store.leases.acquire('w1', 'node-a', LONG);
      expect(epoch).toEqual(expect.any(Number));
      expect(await store.leases.acquire('w1', 'node-b', LONG)).toBeNull();
      expect(await store.leases.acquire('w1', 'node-a', LONG)).toBe(epoch);
      expect(await store.leases.owner('w1')).toEqual({ nodeId: 'node-a', epoch });
      expect(await store.leases.owner('w2')).toBeNull();
    });

    it('fences a node whose workshop another node took: only its other workshop’s rows commit', async () => {
      await store.workshops.create(workshop('w1'));
      await store.workshops.create(workshop('w2'));
      const a1 = (await store.leases.acquire('w1', 'node-a', SHORT))!;
      const a2 = (await store.leases.acquire('w2', 'node-a', LONG))!;
      await store.docs.append([
        update('w1', 1, a1, cardUpdate(1, 'a1')),
        update('w2', 1, a2, cardUpdate(2, 'a2')),
      ]);
      await store.control.save('w1', a1, { by: 'node-a' });

      await lapse();
      const b1 = await store.leases.acquire('w1', 'node-b', LONG);
      expect(b1).toBe(a1 + 1);
      expect(await store.leases.owner('w1')).toEqual({ nodeId: 'node-b', epoch: b1 });

      const late = await store.docs.append([
        update('w1', 2, a1, cardUpdate(1, 'late')),
        update('w2', 2, a2, cardUpdate(4, 'kept')),
      ]);
      expect([...late.fenced]).toEqual(['w1']);
      await expect(store.docs.compact('w1', a1, cardUpdate(1, 'snap'), 1, 5_000)).rejects.toBeInstanceOf(
        FencedError,
      );
      await expect(store.control.save('w1', a1, { by: 'late' })).rejects.toMatchObject({
        name: 'FencedError',
        workshopId: 'w1',
      });
      const w1 = await store.docs.load('w1');
      expect([w1.snapshot, w1.lastSeq]).toEqual([null, 1]);
      expect(cardsOf(await store.docs.load('w2'))).toEqual({ a2: 'a2', kept: 'kept' });
      expect(await store.control.load('w1')).toEqual({ by: 'node-a' });

      // The new owner writes as usual.
      expect((await store.docs.append([update('w1', 2, b1!, cardUpdate(3, 'b'))])).fenced.size).toBe(0);
      await store.docs.compact(
        'w1',
        b1!,
        Y.mergeUpdates([cardUpdate(1, 'a1'), cardUpdate(3, 'b')]),
        2,
        6_000,
      );
      await store.control.save('w1', b1!, { by: 'node-b' });
      expect(cardsOf(await store.docs.load('w1'))).toEqual({ a1: 'a1', b: 'b' });
      expect(await store.control.load('w1')).toEqual({ by: 'node-b' });
    });

    it('renews a node’s leases in one call and names the ones it lost', async () => {
      const a1 = (await store.leases.acquire('w1', 'node-a', 400))!;
      const a2 = (await store.leases.acquire('w2', 'node-a', 400))!;
      expect(await store.leases.renew('node-a', new Map([['w2', a2]]), LONG)).toEqual([]);
      await sleep(500);
      expect(await store.leases.acquire('w1', 'node-b', LONG)).toBe(a1 + 1);
      expect(await store.leases.acquire('w2', 'node-b', LONG)).toBeNull();

      const held = new Map([
        ['w1', a1],
        ['w2', a2],
        ['w3', 7],
      ]);
      expect((await store.leases.renew('node-a', held, LONG)).sort()).toEqual(['w1', 'w3']);
      expect(await store.leases.renew('node-a', new Map([['w2', a2 + 1]]), LONG)).toEqual(['w2']);
      expect(await store.leases.renew('node-a', new Map(), LONG)).toEqual([]);
      expect(await store.leases.owner('w2')).toEqual({ nodeId: 'node-a', epoch: a2 });
    });

    it('starts a new tenure when a node takes its own workshop again after release or lapse', async () => {
      const [first] = await ownedWorkshops('w1');
      await store.leases.release('w1', 'node-a', first);
      const second = (await store.leases.acquire('w1', 'node-a', SHORT))!;
      expect(second).toBe(first + 1);
      const stale = await store.docs.append([update('w1', 1, first, cardUpdate(1, 'stale'))]);
      expect([...stale.fenced]).toEqual(['w1']);

      await lapse();
      expect(await store.leases.owner('w1')).toBeNull();
      // Lapsed while nobody took it: still this tenure, renewed as it was (a node that stalled carries on).
      expect(await store.leases.renew('node-a', new Map([['w1', second]]), SHORT)).toEqual([]);
      expect(await store.leases.owner('w1')).toEqual({ nodeId: 'node-a', epoch: second });
      await lapse();
      // Taken again after a lapse, it is a new tenure, and the old one is lost.
      const third = await store.leases.acquire('w1', 'node-a', LONG);
      expect(third).toBe(second + 1);
      expect(await store.leases.renew('node-a', new Map([['w1', second]]), LONG)).toEqual(['w1']);
      await expect(store.control.save('w1', second, { stale: true })).rejects.toBeInstanceOf(FencedError);
      await store.control.save('w1', third!, { fresh: true });
      expect(await store.control.load('w1')).toEqual({ fresh: true });
    });

    it('lets a released workshop go at once: another node takes it with the next epoch', async () => {
      const [a] = await ownedWorkshops('w1');
      await store.leases.release('w1', 'node-b', a);
      await store.leases.release('w1', 'node-a', a + 1);
      expect(await store.leases.owner('w1')).toEqual({ nodeId: 'node-a', epoch: a });

      await store.leases.release('w1', 'node-a', a);
      expect(await store.leases.owner('w1')).toBeNull();
      // Released is let go: a renewal that crossed the release does not take it back.
      expect(await store.leases.renew('node-a', new Map([['w1', a]]), LONG)).toEqual(['w1']);
      expect(await store.leases.owner('w1')).toBeNull();
      const b = await store.leases.acquire('w1', 'node-b', LONG);
      expect(b).toBe(a + 1);
      expect(await store.leases.renew('node-a', new Map([['w1', a]]), LONG)).toEqual(['w1']);
      const late = await store.docs.append([update('w1', 1, a, cardUpdate(1, 'late'))]);
      expect([...late.fenced]).toEqual(['w1']);
    });

    it('names the workshops whose logs no live lease covers', async () => {
      const [live, lapsed, released, written, quiet] = await ownedWorkshops('w1', 'w2', 'w3', 'w4', 'w5');
      await store.leases.acquire('w2', 'node-a', SHORT);
      await store.docs.append([
        update('w1', 1, live, cardUpdate(1, 'a')),
        update('w2', 1, lapsed, cardUpdate(2, 'b')),
        update('w3', 1, released, cardUpdate(3, 'c')),
        update('w4', 1, written, cardUpdate(4, 'd')),
      ]);
      await store.docs.compact('w4', written, cardUpdate(4, 'd'), 1, 5_000);
      await store.leases.release('w3', 'node-a', released);
      await store.leases.release('w4', 'node-a', written);
      await store.leases.release('w5', 'node-a', quiet);
      await lapse();
      expect((await store.docs.orphanedLogs()).sort()).toEqual(['w2', 'w3']);
    });
  });

  describe('control state', () => {
    it('saves and loads what it was given; text that is not JSON comes back as the string', async () => {
      const [epoch] = await ownedWorkshops('w1');
      expect(await store.control.load('w1')).toBeUndefined();
      const state = { clock: { running: false, deadlineAtMs: null }, board: [1, 2], note: 'Leader’s view' };
      await store.control.save('w1', epoch, state);
      expect(await store.control.load('w1')).toEqual(state);
      await store.control.save('w1', epoch, 'just words');
      expect(await store.control.load('w1')).toBe('just words');

      await place!.writeControlText('w1', '{"clock": unreadable');
      expect(await store.control.load('w1')).toBe('{"clock": unreadable');
      await store.control.keepUnreadable('w1', 7_000);
      await store.control.save('w1', epoch, { fresh: true });
      expect(await store.control.load('w1')).toEqual({ fresh: true });
      expect(await place!.keptUnreadable('w1')).toEqual(['{"clock": unreadable']);
      await store.control.keepUnreadable('w2', 7_000);
      expect(await place!.keptUnreadable('w2')).toEqual([]);
    });
  });

  describe('workshops and series', () => {
    const teams = [
      { id: 't-3', name: 'Housing' },
      { id: 't-1', name: 'Finance' },
      { id: 't-2', name: 'Place' },
    ];

    it('creates a workshop with its teams in their order', async () => {
      await store.workshops.create(workshop('w1', { teams, createdAtMs: 1_764_000_000_123 }));
      expect(await store.workshops.find('w1')).toEqual({
        id: 'w1',
        title: 'Workshop w1',
        templateId: 'strategic-political-leadership',
        agenda,
        teams,
        follows: null,
      });
      expect(await store.workshops.exists('w1')).toBe(true);
      expect(await store.workshops.exists('w2')).toBe(false);
      expect(await store.workshops.find('w2')).toBeUndefined();
      expect(await store.workshops.teamName('w1', 't-1')).toBe('Finance');
      expect(await store.workshops.teamName('w1', 't-9')).toBeUndefined();
      expect(await store.workshops.createdAtMs('w1')).toBe(1_764_000_000_123);
      expect(await store.workshops.createdAtMs('w2')).toBeUndefined();
      await expect(store.workshops.create(workshop('w1', { title: 'Again' }))).rejects.toThrow();
      expect((await store.workshops.find('w1'))?.title).toBe('Workshop w1');
    });

    it('follows a series both ways, oldest first, within the limit', async () => {
      await store.workshops.create(workshop('w1'));
      await store.workshops.createFollowing(workshop('w2', { createdAtMs: 2_000 }), 'w1');
      await store.workshops.createFollowing(workshop('w3', { createdAtMs: 3_000, teams }), 'w2');
      await store.workshops.createFollowing(workshop('w2-later', { createdAtMs: 4_000 }), 'w1');

      expect((await store.workshops.find('w3'))?.follows).toBe('w2');
      expect((await store.workshops.find('w3'))?.teams).toEqual(teams);
      expect(await store.workshops.followedBy('w1')).toBe('w2');
      expect(await store.workshops.followedBy('w2')).toBe('w3');
      expect(await store.workshops.followedBy('w3')).toBeNull();
      expect(await store.workshops.earlier('w3', 10)).toEqual(['w1', 'w2']);
      expect(await store.workshops.earlier('w3', 1)).toEqual(['w2']);
      expect(await store.workshops.earlier('w3', 0)).toEqual([]);
      expect(await store.workshops.earlier('w1', 10)).toEqual([]);
      expect(await store.workshops.earlier('missing', 10)).toEqual([]);
    });

    it('stops at a loop in a series', async () => {
      await store.workshops.createFollowing(workshop('w1'), 'w1');
      expect(await store.workshops.earlier('w1', 10)).toEqual([]);
      await store.workshops.createFollowing(workshop('w2'), 'w1');
      expect(await store.workshops.earlier('w2', 10)).toEqual(['w1']);
    });

    it('creates nothing when the earlier workshop does not exist', async () => {
      await expect(store.workshops.createFollowing(workshop('w2', { teams }), 'missing')).rejects.toThrow();
      expect(await store.workshops.exists('w2')).toBe(false);
      expect(await store.workshops.teamName('w2', 't-1')).toBeUndefined();
    });
  });

  describe('links', () => {
    it('finds a link by its token hash only while it is not revoked', async () => {
      await store.workshops.create(workshop('w1'));
      const team: Link = {
        id: 'l-team',
        workshopId: 'w1',
        role: 'team',
        teamId: 't-1',
        name: 'Tablet 1',
        joinCode: 'ABC123',
      };
      const witness: Link = { ...facilitator('l-witness', 'w1'), role: 'witness', witnessId: 'wit-1' };
      await store.links.create(facilitator('l-fac', 'w1'), 'hash-fac', 1_000);
      await store.links.create(team, 'hash-team', 2_000);
      await store.links.create(witness, 'hash-witness', 3_000);

      expect(await store.links.findByTokenHash('hash-fac')).toEqual({
        ...facilitator('l-fac', 'w1'),
        joinCode: null,
        witnessId: null,
      });
      expect(await store.links.findByTokenHash('hash-team')).toEqual({ ...team, witnessId: null });
      expect(await store.links.findByTokenHash('hash-witness')).toEqual({ ...witness, joinCode: null });
      expect(await store.links.findByTokenHash('hash-none')).toBeUndefined();

      expect(await store.links.revoke('w2', 'l-team', 4_000)).toBe(false);
      expect(await store.links.revoke('w1', 'l-team', 4_000)).toBe(true);
      expect(await store.links.revoke('w1', 'l-team', 5_000)).toBe(false);
      expect(await store.links.findByTokenHash('hash-team')).toBeUndefined();
      await expect(store.links.create(facilitator('l-other', 'w1'), 'hash-fac', 6_000)).rejects.toThrow();
    });

    it('writes “last seen” at most every 30 seconds per link', async () => {
      await store.workshops.create(workshop('w1'));
      await store.links.create(facilitator('l1', 'w1'), 'h1', 1_000);
      await store.links.create(facilitator('l2', 'w1'), 'h2', 1_000);
      const lastSeen = async () => (await store.links.forWorkshop('w1')).map((l) => l.lastSeenAtMs);

      expect(await lastSeen()).toEqual([null, null]);
      await store.links.seen('l1', 100_000);
      await store.links.seen('l1', 110_000);
      await store.links.seen('l2', 125_000);
      expect(await lastSeen()).toEqual([100_000, 125_000]);
      await store.links.seen('l1', 131_000);
      expect(await lastSeen()).toEqual([131_000, 125_000]);
    });

    it('lists a workshop’s links by when they were made, and those made with a join code', async () => {
      await store.workshops.create(workshop('w1'));
      await store.workshops.create(workshop('w2'));
      const fromCode = (id: string, joinCode: string): Link => ({
        id,
        workshopId: 'w1',
        role: 'team',
        teamId: 't-1',
        name: null,
        joinCode,
      });
      await store.links.create(fromCode('l-b', 'ABC'), 'h-b', 2_000);
      await store.links.create(fromCode('l-z', 'ABC'), 'h-z', 1_000);
      await store.links.create(fromCode('l-a', 'ABC'), 'h-a', 2_000);
      await store.links.create(fromCode('l-other-code', 'XYZ'), 'h-x', 3_000);
      await store.links.create(facilitator('l-elsewhere', 'w2'), 'h-e', 500);
      await store.links.revoke('w1', 'l-a', 4_000);

      const listed = await store.links.forWorkshop('w1');
      expect(listed.map((l) => l.id)).toEqual(['l-z', 'l-a', 'l-b', 'l-other-code']);
      expect(listed[1]).toEqual({
        ...fromCode('l-a', 'ABC'),
        witnessId: null,
        createdAtMs: 2_000,
        lastSeenAtMs: null,
        revokedAtMs: 4_000,
      });
      expect(await store.links.activeFromJoinCode('w1', 'ABC')).toEqual(['l-z', 'l-b']);
      expect(await store.links.activeFromJoinCode('w2', 'ABC')).toEqual([]);
      expect(await store.links.forWorkshop('w3')).toEqual([]);
    });
  });

  describe('join codes', () => {
    it('finds active codes by code, team and workshop, and revokes them', async () => {
      await store.workshops.create(workshop('w1'));
      await store.workshops.create(workshop('w2'));
      const code = (c: string, workshopId: string, teamId: string) => ({ code: c, workshopId, teamId });
      await store.joinCodes.create(code('K2', 'w1', 't-2'), 1_000);
      await store.joinCodes.create(code('K1', 'w1', 't-1'), 1_000);
      await store.joinCodes.create(code('K9', 'w2', 't-1'), 1_000);

      expect(await store.joinCodes.findActive('K1')).toEqual(code('K1', 'w1', 't-1'));
      expect(await store.joinCodes.findActive('K5')).toBeUndefined();
      expect(await store.joinCodes.activeForTeam('w1', 't-2')).toEqual(code('K2', 'w1', 't-2'));
      expect(await store.joinCodes.activeForTeam('w1', 't-3')).toBeUndefined();
      expect(await store.joinCodes.activeForWorkshop('w1')).toEqual([
        code('K1', 'w1', 't-1'),
        code('K2', 'w1', 't-2'),
      ]);

      expect(await store.joinCodes.revoke('w2', 'K1', 2_000)).toBe(false);
      expect(await store.joinCodes.revoke('w1', 'K1', 2_000)).toBe(true);
      expect(await store.joinCodes.revoke('w1', 'K1', 3_000)).toBe(false);
      expect(await store.joinCodes.findActive('K1')).toBeUndefined();
      expect(await store.joinCodes.activeForTeam('w1', 't-1')).toBeUndefined();
      expect(await store.joinCodes.activeForWorkshop('w1')).toEqual([code('K2', 'w1', 't-2')]);
      await expect(store.joinCodes.create(code('K1', 'w1', 't-1'), 4_000)).rejects.toThrow();
    });
  });

  describe('position papers', () => {
    it('keeps one paper per workshop, written or a PDF, and removes it', async () => {
      await store.workshops.create(workshop('w1'));
      const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 255, 1, 254, 10])]);
      expect(await store.papers.find('w1')).toBeUndefined();
      expect(await store.papers.delete('w1')).toBe(false);

      await store.papers.putWritten('w1', 'The council’s position', 1_000);
      expect(await store.papers.find('w1')).toEqual({
        kind: 'written',
        text: 'The council’s position',
        updatedAtMs: 1_000,
      });
      expect(await store.papers.pdf('w1')).toBeUndefined();

      await store.papers.putPdf('w1', { fileName: 'position.pdf', pdf }, 2_000);
      expect(await store.papers.find('w1')).toEqual({
        kind: 'pdf',
        fileName: 'position.pdf',
        bytes: pdf.length,
        updatedAtMs: 2_000,
      });
      const kept = await store.papers.pdf('w1');
      expect(kept?.fileName).toBe('position.pdf');
      expect(Buffer.isBuffer(kept?.pdf)).toBe(true);
      expect(hex(kept!.pdf)).toBe(hex(pdf));

      await store.papers.putWritten('w1', 'Rewritten', 3_000);
      expect(await store.papers.pdf('w1')).toBeUndefined();
      expect(await store.papers.delete('w1')).toBe(true);
      expect(await store.papers.find('w1')).toBeUndefined();
    });
  });

  describe('restore', () => {
    function record(id: string, tokenHash: string): RestoredWorkshop {
      return {
        workshop: workshop(id, { teams: [{ id: 't-1', name: 'Finance' }] }),
        control: { agendaIndex: 1 },
        snapshot: Y.mergeUpdates([cardUpdate(1, 'kept'), cardUpdate(2, 'too')]),
        paper: {
          kind: 'pdf',
          fileName: 'paper.pdf',
          pdf: Buffer.from('%PDF-1.4 restored'),
          updatedAtMs: 500,
        },
        facilitatorLink: { link: facilitator(`link-${id}`, id), tokenHash },
        nowMs: 9_000,
      };
    }

    it('makes the whole workshop again', async () => {
      const restored = record('w1', 'hash-1');
      await store.restore(restored);
      expect(await store.workshops.find('w1')).toMatchObject({ id: 'w1', teams: restored.workshop.teams });
      expect(await store.control.load('w1')).toEqual({ agendaIndex: 1 });
      const doc = await store.docs.load('w1');
      expect([hex(doc.snapshot), doc.updates, doc.lastSeq]).toEqual([hex(restored.snapshot), [], 0]);
      expect(cardsOf(doc)).toEqual({ kept: 'kept', too: 'too' });
      expect(await store.papers.find('w1')).toMatchObject({
        kind: 'pdf',
        fileName: 'paper.pdf',
        updatedAtMs: 500,
      });
      expect(await store.links.findByTokenHash('hash-1')).toMatchObject({
        id: 'link-w1',
        role: 'facilitator',
      });
      expect((await store.links.forWorkshop('w1'))[0]?.createdAtMs).toBe(9_000);

      await store.restore({
        ...record('w2', 'hash-2'),
        paper: { kind: 'written', text: 'Ours', updatedAtMs: 1 },
      });
      expect(await store.papers.find('w2')).toEqual({ kind: 'written', text: 'Ours', updatedAtMs: 1 });
    });

    it('writes nothing when it fails part-way', async () => {
      await store.restore(record('w1', 'hash-taken'));
      // The last step (the link) fails on a token hash already in use: everything before it goes.
      await expect(store.restore(record('w2', 'hash-taken'))).rejects.toThrow();
      expect(await store.workshops.exists('w2')).toBe(false);
      expect(await store.control.load('w2')).toBeUndefined();
      expect(await store.docs.load('w2')).toEqual({
        snapshot: null,
        updates: [],
        lastSeq: 0,
        storedBytes: 0,
      });
      expect(await store.papers.find('w2')).toBeUndefined();
      expect(await store.links.forWorkshop('w2')).toEqual([]);
      // The first step fails on a workshop id already in use: the existing one is untouched.
      await expect(store.restore({ ...record('w1', 'hash-3'), control: { other: true } })).rejects.toThrow();
      expect(await store.control.load('w1')).toEqual({ agendaIndex: 1 });
      expect(await store.links.findByTokenHash('hash-3')).toBeUndefined();
    });
  });

  describe('opening again', () => {
    it('sees everything committed, and migrates nothing twice', async () => {
      const [epoch] = await ownedWorkshops('w1');
      await store.docs.append([
        update('w1', 1, epoch, cardUpdate(1, 'a')),
        update('w1', 2, epoch, cardUpdate(2, 'b')),
      ]);
      await store.docs.compact('w1', epoch, cardUpdate(1, 'a'), 1, 5_000);
      await store.control.save('w1', epoch, { saved: 1 });
      await store.links.create(facilitator('l1', 'w1'), 'h1', 1_000);
      await store.close();

      for (const _round of [1, 2]) {
        const again = await place!.open();
        const doc = await again.docs.load('w1');
        expect([doc.lastSeq, doc.updates.length, cardsOf(doc)]).toEqual([2, 1, { a: 'a', b: 'b' }]);
        expect(await again.control.load('w1')).toEqual({ saved: 1 });
        expect((await again.links.findByTokenHash('h1'))?.id).toBe('l1');
        await again.close();
      }
    });
  });
});

describe('PostgreSQL engine', () => {
  let database: FreshDatabase | undefined;

  beforeEach(async () => {
    database = undefined;
    database = await freshDatabase();
  });

  afterEach(async () => {
    await database?.drop();
  });

  async function applied(url: string): Promise<{ version: number; applied_at: Date }[]> {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query('SELECT version, applied_at FROM schema_migrations ORDER BY version')).rows;
    } finally {
      await client.end();
    }
  }

  it('migrates an empty database once when two nodes start together, and never again', async () => {
    const url = database!.url;
    const [one, two] = await Promise.all([
      openPostgresStorage({ databaseUrl: url }),
      openPostgresStorage({ databaseUrl: url }),
    ]);
    try {
      const versions = MIGRATIONS.map((_, i) => i + 1);
      const first = await applied(url);
      expect(first.map((row) => row.version)).toEqual(versions);
      await one.workshops.create(workshop('w1'));
      expect(await two.workshops.exists('w1')).toBe(true);

      const three = await openPostgresStorage({ databaseUrl: url });
      await three.close();
      expect(await applied(url)).toEqual(first);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('reads bigint columns as numbers in its own pool only', async () => {
    const storage = await openPostgresStorage({ databaseUrl: database!.url });
    try {
      await storage.workshops.create(workshop('w1', { createdAtMs: 2 ** 52 + 1 }));
      expect(await storage.workshops.createdAtMs('w1')).toBe(2 ** 52 + 1);
      expect(pg.types.getTypeParser(pg.types.builtins.INT8, 'text')('5')).toBe('5');
    } finally {
      await storage.close();
    }
  });

  it('reports an idle connection that dies, and carries on with a new one', async () => {
    let reported!: (error: Error) => void;
    const died = new Promise<Error>((resolve) => (reported = resolve));
    const storage = await openPostgresStorage({
      databaseUrl: database!.url,
      onError: (error) => reported(error),
    });
    try {
      await storage.workshops.create(workshop('w1'));
      const admin = new pg.Client({ connectionString: postgresAdminUrl() });
      admin.on('error', () => undefined);
      await admin.connect();
      const name = new URL(database!.url).pathname.slice(1);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      await admin.end();
      expect((await died).message).toMatch(/terminat/i);
      expect(await storage.workshops.exists('w1')).toBe(true);
    } finally {
      await storage.close();
    }
  });
});

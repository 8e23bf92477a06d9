import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { databaseFile, MIGRATIONS } from '../../server/src/store/sqlite/db.js';
import { openSqliteStorage } from '../../server/src/store/sqlite/sqliteStorage.js';
import { cardUpdate, databaseWithWorkshops } from '../support/roomHarness.js';
import { tempDataDir } from '../support/server.js';

describe('update log and snapshots', () => {
  it('loads a snapshot and every update logged after it, and nothing it already holds', async () => {
    const { dataDir, storage, docs: store, leases } = await databaseWithWorkshops('w1', 'w2');
    const e1 = (await leases.acquire('w1', 'node', 60_000))!;
    const e2 = (await leases.acquire('w2', 'node', 60_000))!;
    const first = cardUpdate(1, 'first');
    const second = cardUpdate(2, 'second');
    await store.append([
      { workshopId: 'w1', seq: 1, epoch: e1, data: first.update },
      { workshopId: 'w2', seq: 1, epoch: e2, data: cardUpdate(3, 'elsewhere').update },
    ]);
    await store.compact('w1', e1, first.update, 1, 0);
    await store.append([{ workshopId: 'w1', seq: 2, epoch: e1, data: second.update }]);
    await storage.close();

    const reopened = openSqliteStorage({ dataDir }).docs;
    const loaded = await reopened.load('w1');
    expect(loaded.lastSeq).toBe(2);
    expect(loaded.updates).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, loaded.snapshot!);
    loaded.updates.forEach((u) => Y.applyUpdate(doc, u));
    expect(doc.getMap('cards').toJSON()).toEqual({ first: 'first', second: 'second' });
    expect((await reopened.load('w2')).updates).toHaveLength(1);
  });

  it('keeps every logged update, in order, when an older database is upgraded', async () => {
    // A database as the first release left it: the log clustered by workshop.
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    const old = new Database(databaseFile(dataDir));
    MIGRATIONS.slice(0, 2).forEach((sql) => old.exec(sql));
    old.pragma('user_version = 2');
    old.prepare("INSERT INTO workshops VALUES ('w1', 'W', 't', '[]', 0), ('w2', 'W', 't', '[]', 0)").run();
    const updates = ['a', 'b', 'c'].map((title, i) => cardUpdate(i + 1, title).update);
    const insert = old.prepare('INSERT INTO doc_updates (workshop_id, seq, data) VALUES (?, ?, ?)');
    updates.forEach((u, i) => insert.run('w1', i + 1, u));
    insert.run('w2', 1, cardUpdate(9, 'elsewhere').update);
    old.close();

    const storage = openSqliteStorage({ dataDir });
    const store = storage.docs;
    const loaded = await store.load('w1');
    expect(loaded.lastSeq).toBe(3);
    expect(loaded.updates).toEqual(updates);
    const epoch = (await storage.leases.acquire('w1', 'node', 60_000))!;
    await store.append([{ workshopId: 'w1', seq: 4, epoch, data: cardUpdate(4, 'd').update }]);
    expect((await store.load('w1')).updates).toHaveLength(4);
    expect((await store.load('w2')).updates).toHaveLength(1);
  });
});

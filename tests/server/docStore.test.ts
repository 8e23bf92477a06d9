import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../server/src/store/db.js';
import { SqliteDocStore } from '../../server/src/store/docRepo.js';
import { WorkshopRepo } from '../../server/src/store/workshopRepo.js';
import { cardUpdate } from '../support/roomHarness.js';
import { tempDataDir } from '../support/server.js';

describe('update log and snapshots', () => {
  it('loads a snapshot and every update logged after it, and nothing it already holds', () => {
    const dataDir = tempDataDir();
    const db = openDatabase(dataDir);
    new WorkshopRepo(db).create({
      id: 'w1',
      title: 'W',
      templateId: 't',
      agenda: [],
      teams: [],
      createdAtMs: 0,
    });
    new WorkshopRepo(db).create({
      id: 'w2',
      title: 'W',
      templateId: 't',
      agenda: [],
      teams: [],
      createdAtMs: 0,
    });
    const store = new SqliteDocStore(db);
    const first = cardUpdate(1, 'first');
    const second = cardUpdate(2, 'second');
    store.append([
      { workshopId: 'w1', seq: 1, data: first.update },
      { workshopId: 'w2', seq: 1, data: cardUpdate(3, 'elsewhere').update },
    ]);
    store.compact('w1', first.update, 1, 0);
    store.append([{ workshopId: 'w1', seq: 2, data: second.update }]);
    db.close();

    const reopened = new SqliteDocStore(openDatabase(dataDir));
    const loaded = reopened.load('w1');
    expect(loaded.lastSeq).toBe(2);
    expect(loaded.updates).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, loaded.snapshot!);
    loaded.updates.forEach((u) => Y.applyUpdate(doc, u));
    expect(doc.getMap('cards').toJSON()).toEqual({ first: 'first', second: 'second' });
    expect(reopened.load('w2').updates).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../server/src/store/db.js';
import { SqliteDocStore } from '../../server/src/store/docRepo.js';
import { cardUpdate, databaseWithWorkshops } from '../support/roomHarness.js';

describe('update log and snapshots', () => {
  it('loads a snapshot and every update logged after it, and nothing it already holds', () => {
    const { dataDir, db, docs: store } = databaseWithWorkshops('w1', 'w2');
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

import * as Y from 'yjs';
import type { DocStore } from '../store/storage.js';

/**
 * Reads a workshop's document as storage holds it, without loading it live: for a node that
 * does not own the workshop (a report asked of any node) or a read that needs no room.
 */
export async function storedDocument<T>(
  docs: DocStore,
  workshopId: string,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const stored = await docs.load(workshopId);
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return read(doc);
  } finally {
    doc.destroy();
  }
}

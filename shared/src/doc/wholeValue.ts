import * as Y from 'yjs';

/**
 * One device's write of a whole-value field (a plain value under a key of a Y.Map), named by the
 * Yjs id of the item it made. Ids are kept by the writer, so they survive a reload.
 */
export interface FieldWrite {
  client: number;
  clock: number;
}

/**
 * What became of a write once others' writes have arrived:
 * - `kept`: it is still the field's value;
 * - `lost`: the value now is a write made without having seen it (the two were concurrent, and
 *   Yjs chose the other the same way on every device);
 * - `replaced`: someone changed the field after they had seen it, an ordinary later edit;
 * - `unknown`: this document does not hold the write (not loaded yet, or the entry was replaced).
 */
export type WriteOutcome = 'kept' | 'lost' | 'replaced' | 'unknown';

/** The write that set `key` of `map` to its value now; null when it was never set. */
export function currentWrite(map: Y.Map<unknown>, key: string): FieldWrite | null {
  const item = map._map.get(key);
  return item ? { client: item.id.client, clock: item.id.clock } : null;
}

/**
 * Judges `mine` against the field's value now. A map item's origin is the item that held the key
 * when it was written, so following origins from the current value walks back through what its
 * writer had seen. Finding `mine` there means they saw it; not finding it means they did not.
 */
export function writeOutcome(map: Y.Map<unknown>, key: string, mine: FieldWrite): WriteOutcome {
  const doc = map.doc;
  if (!doc || map._item?.deleted || Y.getState(doc.store, mine.client) <= mine.clock) return 'unknown';
  const own = Y.getItem(doc.store, Y.createID(mine.client, mine.clock));
  if (!(own instanceof Y.Item) || own.parent !== map || own.parentSub !== key) return 'unknown';
  const newest = map._map.get(key);
  if (!newest) return 'unknown';
  let id: Y.ID | null = newest.lastId;
  if (same(id, mine)) return 'kept';
  for (id = originOf(doc, id); id; id = originOf(doc, id)) {
    if (same(id, mine)) return 'replaced';
  }
  return 'lost';
}

const same = (id: Y.ID, write: FieldWrite) => id.client === write.client && id.clock === write.clock;

/**
 * The origin of the write with this id. Yjs merges one writer's deleted items that follow one
 * another into one struct, each one's origin being the one before, so inside a struct the origin
 * is the previous clock; the struct's own origin belongs to its first. Ids, not structs, are
 * compared: a merged struct can hold both a write its successor saw and one it did not.
 */
function originOf(doc: Y.Doc, id: Y.ID): Y.ID | null {
  const struct = Y.getItem(doc.store, id);
  if (!(struct instanceof Y.Item)) return null;
  return id.clock > struct.id.clock ? Y.createID(id.client, id.clock - 1) : struct.origin;
}

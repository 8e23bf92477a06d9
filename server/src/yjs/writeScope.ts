import * as Y from 'yjs';

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];
type ID = Y.ID;

/**
 * The top-level keys of the document that an update would change (inserts and deletes), found
 * without applying it. Returns null when that cannot be told (content it builds on is missing), so
 * a caller that restricts where a role may write can refuse rather than guess.
 */
export function touchedRootKeys(doc: Y.Doc, update: Uint8Array): Set<string> | null {
  const { structs, ds } = Y.decodeUpdate(update);
  const inUpdate = new Map<number, Struct[]>();
  for (const s of structs) {
    const list = inUpdate.get(s.id.client) ?? [];
    list.push(s);
    inUpdate.set(s.id.client, list);
  }
  const keys = new Set<string>();
  const rootOf = (id: ID, depth: number): string | null => {
    if (depth > 10_000) return null;
    const inDoc = rootOfDocItem(doc, id);
    if (inDoc !== undefined) return inDoc;
    const s = inUpdate
      .get(id.client)
      ?.find((c) => c.id.clock <= id.clock && id.clock < c.id.clock + c.length);
    return s instanceof Y.Item ? rootOfDecoded(s, depth + 1) : null;
  };
  const rootOfDecoded = (item: Y.Item, depth: number): string | null => {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return parent;
    // A nested type is the content of the item named by `parent`: same root as that item.
    if (parent instanceof Y.ID) return rootOf(parent, depth);
    // Parent left out of the encoding: it is the same as its neighbour's.
    const neighbour = item.origin ?? item.rightOrigin;
    return neighbour ? rootOf(neighbour, depth) : null;
  };

  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    const key = rootOfDecoded(s, 0);
    if (key === null) return null;
    keys.add(key);
  }
  for (const [client, deletes] of ds.clients) {
    for (const { clock, len } of deletes) {
      for (let c = clock; c < clock + len;) {
        const item = findDocItem(doc, new Y.ID(client, c));
        if (!item) return null;
        const key = rootOfType(item.parent as Y.AbstractType<unknown>);
        if (key === null) return null;
        keys.add(key);
        c = item.id.clock + item.length;
      }
    }
  }
  return keys;
}

function findDocItem(doc: Y.Doc, id: ID): Y.Item | null {
  if (!doc.store.clients.has(id.client) || id.clock >= Y.getState(doc.store, id.client)) return null;
  const struct = Y.getItem(doc.store, id) as unknown;
  return struct instanceof Y.Item ? struct : null;
}

/** undefined: not in the document; null: in it, but its root cannot be told (garbage-collected). */
function rootOfDocItem(doc: Y.Doc, id: ID): string | null | undefined {
  if (!doc.store.clients.has(id.client) || id.clock >= Y.getState(doc.store, id.client)) return undefined;
  const item = findDocItem(doc, id);
  return item ? rootOfType(item.parent as Y.AbstractType<unknown>) : null;
}

function rootOfType(type: Y.AbstractType<unknown> | null): string | null {
  let t = type;
  while (t?._item) t = t._item.parent as Y.AbstractType<unknown>;
  if (!t?.doc) return null;
  for (const [key, value] of t.doc.share) if (value === t) return key;
  return null;
}

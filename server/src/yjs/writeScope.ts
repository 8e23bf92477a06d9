import * as Y from 'yjs';
import { contentPolicies, type ContentChange, type DocKey } from '../../../shared/src/index.js';

/**
 * What a transaction changed, entry by entry, in the words of the content rules (PERM-9, PERM-10):
 * which top-level key, which entry of it, and whether the entry was created, edited or removed,
 * with its owner. Read inside the transaction (before Yjs garbage-collects what it deleted), so
 * the room can refuse the update and reload the document from storage.
 */
export function contentChangesOf(tr: Y.Transaction): ContentChange[] {
  const rootNames = new Map<unknown, string>();
  for (const [name, type] of tr.doc.share) rootNames.set(type, name);
  const changes = new Map<string, ContentChange>();
  const add = (change: ContentChange) => {
    const id = `${change.key}\u0000${change.entry ?? ''}\u0000${change.kind}`;
    const seen = changes.get(id);
    if (!seen || (change.ownerChanged && !seen.ownerChanged)) changes.set(id, change);
  };

  for (const [type, subs] of tr.changed) {
    if (type._item === null) {
      const key = rootNames.get(type) ?? '';
      for (const sub of subs) {
        const item = sub === null ? undefined : type._map.get(sub);
        // A key whose newest item is new here is a created entry; a removed one is in the delete set.
        if (item && !item.deleted && isNew(tr, item))
          add({ key, entry: sub, kind: 'create', owner: ownerOf(key, item) });
        else if (sub === null) add({ key, entry: null, kind: 'edit', owner: undefined });
      }
    } else {
      const entry = entryOf(type._item, rootNames);
      const field = ownerField(entry.key);
      const ownerChanged =
        field !== null &&
        entry.item?.content instanceof Y.ContentType &&
        entry.item.content.type === type &&
        subs.has(field);
      add({ ...entry.change, kind: 'edit', ownerChanged });
    }
  }
  Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
    if (!(struct instanceof Y.Item)) return;
    const parent = struct.parent as Y.AbstractType<unknown>;
    if (parent._item === null && struct.parentSub !== null) {
      const key = rootNames.get(parent) ?? '';
      add({ key, entry: struct.parentSub, kind: 'remove', owner: ownerOf(key, struct) });
    } else add({ ...entryOf(struct, rootNames).change, kind: 'edit' });
  });
  return Array.from(changes.values());
}

/** The top-level keys in `doc` that no content policy declares (an update can add one even when its content waits). */
export function undeclaredKeys(doc: Y.Doc): string[] {
  return Array.from(doc.share.keys()).filter((key) => !Object.hasOwn(contentPolicies, key));
}

function isNew(tr: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
}

/** Walks up from an item to the entry of a top-level key that holds it. */
function entryOf(
  start: Y.Item,
  rootNames: Map<unknown, string>,
): { key: string; item: Y.Item | null; change: Omit<ContentChange, 'kind'> } {
  let item = start;
  for (;;) {
    const parent = item.parent as Y.AbstractType<unknown>;
    if (parent._item === null) {
      const key = rootNames.get(parent) ?? '';
      const entry = item.parentSub;
      return {
        key,
        item: entry === null ? null : item,
        change: { key, entry, owner: entry === null ? undefined : ownerOf(key, item) },
      };
    }
    item = parent._item;
  }
}

function ownerField(key: string): string | null {
  return Object.hasOwn(contentPolicies, key) ? contentPolicies[key as DocKey].ownerField : null;
}

/**
 * The owner field of an entry (a Y.Map), read from the map's own item for that field, which stays
 * readable inside the transaction that deleted it.
 */
function ownerOf(key: string, entry: Y.Item): unknown {
  const field = ownerField(key);
  if (field === null || !(entry.content instanceof Y.ContentType)) return undefined;
  const type = entry.content.type as Y.AbstractType<unknown>;
  const fieldItem = type._map.get(field);
  if (!fieldItem || (fieldItem.deleted && !entry.deleted)) return undefined;
  return fieldItem.content.getContent()[0];
}

import * as Y from 'yjs';
import {
  contentPolicies,
  fieldsToRead,
  type ContentChange,
  type ContentPolicy,
  type DocKey,
} from '../../../shared/src/index.js';

/** A shared type as a transaction lists it among what it changed. */
type ChangedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/**
 * What a transaction changed, entry by entry, in the words of the content rules (PERM-9, PERM-10):
 * which top-level key, which entry of it, and whether the entry was created, edited or removed,
 * with its owner. Read inside the transaction (before Yjs garbage-collects what it deleted), so
 * the room can refuse the update and reload the document from storage. An edit carries its
 * entry's owner only where the policy lets only the owner edit, and its witness where the policy
 * names one (PERM-21): the common edit costs no lookup.
 */
export function contentChangesOf(tr: Y.Transaction): ContentChange[] {
  const changes: ContentChange[] = [];
  // Every change, deletions included, marks the type it happened in (unless that type is new here
  // or deleted too), so `changed` alone names every entry touched: no walk of the delete set.
  for (const [type, subs] of tr.changed) {
    if (type._item !== null) {
      changes.push(editOf(tr.doc, type, subs));
      continue;
    }
    const key = rootName(tr.doc, type);
    for (const sub of subs) {
      if (sub === null) {
        changes.push({ key, entry: null, kind: 'edit', owner: undefined });
        continue;
      }
      const newest = type._map.get(sub);
      if (newest && !newest.deleted && isNew(tr, newest))
        changes.push({ key, entry: sub, kind: 'create', ...fieldsOf(key, newest) });
      // The value the key held before this transaction (older values sit to the left): removed here?
      for (let item: Y.Item | null = newest ?? null; item; item = item.left) {
        if (isNew(tr, item)) continue;
        if (item.deleted && Y.isDeleted(tr.deleteSet, item.id))
          changes.push({ key, entry: sub, kind: 'remove', ...fieldsOf(key, item) });
        break;
      }
    }
  }
  return changes;
}

/** The top-level keys in `doc` that no content policy declares (an update can add one even when its content waits). */
export function undeclaredKeys(doc: Y.Doc): string[] {
  return Array.from(doc.share.keys()).filter((key) => !Object.hasOwn(contentPolicies, key));
}

function isNew(tr: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
}

/** An edit inside an entry: walks up from the changed type to the entry of a top-level key that holds it. */
function editOf(doc: Y.Doc, type: ChangedType, subs: Set<string | null>): ContentChange {
  let item = type._item!;
  let child = item;
  let parent = item.parent as Y.AbstractType<unknown>;
  while (parent._item !== null) {
    child = item;
    item = parent._item;
    parent = item.parent as Y.AbstractType<unknown>;
  }
  const key = rootName(doc, parent);
  const entry = item.parentSub;
  const field = ownerField(key);
  const witness = witnessField(key);
  const onEntry = entry !== null && entryType(item) === type;
  const policy = policyOf(key);
  const reads = entry !== null ? readsOf(key) : NONE;
  return {
    key,
    entry,
    kind: 'edit',
    owner: entry !== null && ownerEdits(key) ? fieldOf(item, field) : undefined,
    ownerChanged: onEntry && field !== null && subs.has(field),
    ...(witness !== null && {
      witness: entry !== null ? fieldOf(item, witness) : undefined,
      witnessChanged: onEntry && subs.has(witness),
    }),
    // Which of the entry's fields the edit is in: a policy may give one of them to another team.
    ...(policy?.fieldOwners && {
      within: onEntry ? Array.from(subs, (sub) => sub ?? '') : [child.parentSub ?? ''],
    }),
    ...(reads.length > 0 && { fields: readFields(item, reads) }),
  };
}

const rootNames = new WeakMap<object, string>();

/** The name of a top-level type; the few roots of a document are looked up once each. */
function rootName(doc: Y.Doc, type: object): string {
  let name = rootNames.get(type);
  if (name === undefined) {
    for (const [key, root] of doc.share) if (root === type) name = key;
    name ??= '';
    rootNames.set(type, name);
  }
  return name;
}

function entryType(item: Y.Item): unknown {
  return item.content instanceof Y.ContentType ? item.content.type : null;
}

const NONE: readonly string[] = [];
/** The fields each key's policy reads besides the owner, worked out once: every edit asks. */
const readsByKey = new Map(
  Object.entries(contentPolicies).map(([key, policy]) => [key, fieldsToRead(policy) as readonly string[]]),
);
const readsOf = (key: string): readonly string[] => readsByKey.get(key) ?? NONE;

function policyOf(key: string): ContentPolicy | null {
  return Object.hasOwn(contentPolicies, key) ? contentPolicies[key as DocKey] : null;
}

function readFields(entry: Y.Item, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, fieldOf(entry, field)]));
}

function ownerEdits(key: string): boolean {
  return Object.hasOwn(contentPolicies, key) && contentPolicies[key as DocKey].edit === 'owner';
}

function ownerField(key: string): string | null {
  return Object.hasOwn(contentPolicies, key) ? contentPolicies[key as DocKey].ownerField : null;
}

function witnessField(key: string): string | null {
  return Object.hasOwn(contentPolicies, key) ? (contentPolicies[key as DocKey].witnessField ?? null) : null;
}

/** A created or removed entry's owner, and its witness where the policy names one. */
function fieldsOf(key: string, entry: Y.Item): Pick<ContentChange, 'owner' | 'witness' | 'fields'> {
  const witness = witnessField(key);
  const owner = fieldOf(entry, ownerField(key));
  const reads = readsOf(key);
  return {
    owner,
    ...(witness !== null && { witness: fieldOf(entry, witness) }),
    ...(reads.length > 0 && { fields: readFields(entry, reads) }),
  };
}

/**
 * A field of an entry (a Y.Map), read from the map's own item for that field, which stays
 * readable inside the transaction that deleted it.
 */
function fieldOf(entry: Y.Item, field: string | null): unknown {
  if (field === null || !(entry.content instanceof Y.ContentType)) return undefined;
  const type = entry.content.type as Y.AbstractType<unknown>;
  const fieldItem = type._map.get(field);
  if (!fieldItem || (fieldItem.deleted && !entry.deleted)) return undefined;
  return fieldItem.content.getContent()[0];
}

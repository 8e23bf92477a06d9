import * as Y from 'yjs';

/**
 * Pieces shared by the teams' own kinds of content (options, propositions): each entry is a Y.Map
 * owned by its team (`teamId`), its long fields Y.Text (two people typing both keep their words),
 * its short ones plain values written whole, and its ticked choices (aims, citations) a Y.Map of
 * id → true, so two people ticking two boxes at once both keep theirs.
 */
export function newEntry(
  texts: readonly string[],
  flags: readonly string[],
  values: Record<string, unknown>,
): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  for (const field of texts) entry.set(field, new Y.Text(''));
  for (const field of flags) entry.set(field, new Y.Map<boolean>());
  for (const [key, value] of Object.entries(values)) entry.set(key, value);
  return entry;
}

/** The next order number in a map of entries: new ones go last. */
export function nextOrder(map: Y.Map<unknown>): number {
  let last = 0;
  for (const entry of map.values()) {
    const order = entry instanceof Y.Map ? entry.get('order') : undefined;
    if (typeof order === 'number' && Number.isFinite(order)) last = Math.max(last, order);
  }
  return last + 1;
}

export function entryText(map: Y.Map<unknown>, id: string, field: string): Y.Text | undefined {
  const entry = map.get(id);
  const text = entry instanceof Y.Map ? entry.get(field) : undefined;
  return text instanceof Y.Text ? text : undefined;
}

/** Ticks or unticks `choice` in a set field; false when the entry is not there. */
export function setFlag(
  map: Y.Map<unknown>,
  id: string,
  field: string,
  choice: string,
  on: boolean,
): boolean {
  const entry = map.get(id);
  if (!(entry instanceof Y.Map)) return false;
  const doc = map.doc;
  const apply = () => {
    let set = entry.get(field);
    if (!(set instanceof Y.Map)) entry.set(field, (set = new Y.Map<boolean>()));
    const flags = set as Y.Map<boolean>;
    if (on && flags.get(choice) !== true) flags.set(choice, true);
    if (!on && flags.has(choice)) flags.delete(choice);
  };
  if (doc) doc.transact(apply);
  else apply();
  return true;
}

/** Writes only what changed, so an unchanged field is not rewritten over someone else's. */
export function writeValues(entry: Y.Map<unknown>, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && entry.get(key) !== value) entry.set(key, value);
  }
}

// Entries come from other devices: read defensively, never trust a field's type.
export const textOf = (value: unknown): string | null => (value instanceof Y.Text ? value.toString() : null);
export const flagsOf = (value: unknown): string[] =>
  value instanceof Y.Map
    ? Array.from(value.entries())
        .filter(([, on]) => on === true)
        .map(([id]) => id)
        .sort()
    : [];
export const oneOf = <T extends string>(allowed: readonly T[], value: unknown): T | null =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
export const numberOr = <T>(value: unknown, otherwise: T): number | T =>
  typeof value === 'number' && Number.isFinite(value) ? value : otherwise;

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Reads an awareness update (count, then client id, clock and JSON state per entry). Throws on garbage. */
export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new TypeError('an awareness state must be an object or null');
    }
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  return entries;
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Keeps the entries a connection may speak for and overwrites their `user` with the identity the
 * server knows from the token, so nobody can pose as someone else. Returns null when nothing is left.
 */
export function stampAwareness(
  update: Uint8Array,
  user: Record<string, unknown>,
  mayUpdate: (clientId: number) => boolean,
): Uint8Array | null {
  const kept = decodeAwareness(update)
    .filter((entry) => mayUpdate(entry.clientId))
    .map((entry) => ({ ...entry, state: entry.state && { ...entry.state, user } }));
  return kept.length > 0 ? encodeAwareness(kept) : null;
}

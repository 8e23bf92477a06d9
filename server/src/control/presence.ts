import type { Identity, Presence } from '../../../shared/src/index.js';

/** Everyone connected to a workshop, one entry per link with its number of devices. */
export function presenceOf(identities: Iterable<Identity>): Presence {
  const byLink = new Map<string, Presence['people'][number]>();
  for (const identity of identities) {
    const entry = byLink.get(identity.linkId);
    if (entry) entry.devices += 1;
    else byLink.set(identity.linkId, { ...identity, devices: 1 });
  }
  return { people: Array.from(byLink.values()) };
}

/**
 * A random id. `crypto.randomUUID` exists only on https or localhost, and a workshop served on
 * the venue's network is often plain http; `getRandomValues` works everywhere.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

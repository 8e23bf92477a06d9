#!/usr/bin/env node
// Prints the gzipped JavaScript each screen loads (its entry, the lazy chunks it imports and all
// their static imports), from Vite's manifest, and fails the build if a tablet would load more than
// its budget.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TABLET_BUDGET_KB = 250;
const dist = path.resolve(import.meta.dirname, '..', 'dist', 'client');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const chunkOf = (source) => {
  const key = Object.keys(manifest).find((k) => k.endsWith(source));
  if (!key) throw new Error(`no chunk for ${source} in the manifest`);
  return key;
};

/** Every JS file a chunk needs before it runs: itself and its static imports, recursively. */
function files(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) files(imported, seen);
  return seen;
}

const gzipKb = (keys) =>
  [...new Set([...keys].map((k) => manifest[k].file))].reduce(
    (sum, file) => sum + gzipSync(fs.readFileSync(path.join(dist, file))).length / 1024,
    0,
  );

const workshop = chunkOf('screens/WorkshopScreen.tsx');
const routes = [
  ['start page', [entry]],
  ['team tablet', [entry, workshop]],
  ['witness', [entry, workshop]],
  ['projector', [entry, workshop, chunkOf('screens/projector/ProjectorScreen.tsx')]],
  ['Leader', [entry, workshop, chunkOf('screens/leader/LeaderScreen.tsx')]],
  ['facilitator', [entry, workshop, chunkOf('screens/facilitator/FacilitatorScreen.tsx')]],
];

console.log('\nGzipped JavaScript each screen loads:');
let over = false;
for (const [name, keys] of routes) {
  const all = new Set();
  for (const key of keys) files(key, all);
  const kb = gzipKb(all);
  const budget = name === 'team tablet' ? ` (budget ${TABLET_BUDGET_KB} KB)` : '';
  console.log(`  ${name.padEnd(12)} ${kb.toFixed(1).padStart(6)} KB${budget}`);
  if (name === 'team tablet' && kb > TABLET_BUDGET_KB) over = true;
}
if (over) {
  console.error(
    `\nThe tablet loads more than ${TABLET_BUDGET_KB} KB of JavaScript: split something out of its bundle.`,
  );
  process.exit(1);
}

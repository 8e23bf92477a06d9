// node's own options as `npm start` gives them (the Dockerfile's CMD gives the same), so a node
// started by a script or a test runs as the product does: today a small young generation, which
// keeps peak memory down.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export function productNodeArgs() {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const flags = /\bnode((?:\s+--\S+)*)\s+dist\/server\/server\/src\/main\.js/.exec(scripts.start);
  if (!flags) throw new Error("package.json's start script no longer runs dist/server/server/src/main.js");
  return flags[1].split(/\s+/).filter(Boolean);
}

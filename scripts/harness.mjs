// Finds the shared benchmark harness beside this checkout (../shared/bench) with its packages
// installed. The harness is laid read-only there: when it has no node_modules of its own, an
// unmodified copy is installed under .tmp/bench-harness from its own lock file, and used instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared', 'bench');

export function harnessDir() {
  if (!fs.existsSync(path.join(shared, 'run.mjs'))) {
    console.error(
      `The benchmark harness is not at ${shared}: it lives in shared/bench beside this checkout.`,
    );
    process.exit(1);
  }
  if (fs.existsSync(path.join(shared, 'node_modules'))) return shared;
  const copy = path.join(root, '.tmp', 'bench-harness');
  const lock = (dir) => fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8');
  const installed = fs.existsSync(path.join(copy, 'node_modules')) && lock(copy) === lock(shared);
  if (!installed) fs.rmSync(copy, { recursive: true, force: true });
  // Everything but node_modules afresh, so the copy is always the harness as it stands.
  for (const entry of fs.existsSync(copy) ? fs.readdirSync(copy) : []) {
    if (entry !== 'node_modules') fs.rmSync(path.join(copy, entry), { recursive: true, force: true });
  }
  fs.mkdirSync(copy, { recursive: true });
  for (const entry of fs.readdirSync(shared)) {
    if (entry !== 'node_modules')
      fs.cpSync(path.join(shared, entry), path.join(copy, entry), { recursive: true });
  }
  // The copied files keep the read-only modes; the next copy must be able to replace them.
  spawnSync('chmod', ['-R', 'u+w', copy]);
  if (!installed) {
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: copy, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  return copy;
}

/** `npm run build`, as `npm start` does, unless the command line says --no-build. */
export function buildUnlessAsked(argv = process.argv) {
  if (argv.includes('--no-build')) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

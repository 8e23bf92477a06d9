#!/usr/bin/env node
// Runs the shared benchmark harness against this server side by side with its reference targets,
// in one run per scenario: fan-out at 20 workshops × 30 clients, then cold load of a 5,000-card board.
// Usage: npm run bench [-- --quick]   (--quick: one repeat of a shorter fan-out, for a smoke test)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { harnessDir, root } from './harness.mjs';
import { productNodeArgs } from './serverProcess.mjs';

const quick = process.argv.includes('--quick');

function run(command, args, options = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const harness = harnessDir();
run('npm', ['run', 'build']);
fs.rmSync(path.join(root, '.bench-data'), { recursive: true, force: true });

const external = [
  '--external-cmd',
  // As `npm start` runs it, with the same options for node.
  ['node', ...productNodeArgs(), path.join('dist', 'server', 'server', 'src', 'main.js')].join(' '),
  '--external-cwd',
  root,
  '--external-url',
  'ws://127.0.0.1:{port}/yjs',
  '--external-ready-url',
  'http://127.0.0.1:{port}/healthz',
  '--external-env',
  'DATA_DIR=.bench-data/{port}',
  '--external-env',
  'LOG_LEVEL=warn',
  '--external-prepare',
  path.join(harness, 'examples', 'prepare-workshops.mjs'),
  '--external-name',
  'challenge-board',
  '--ratio-to',
  'y-websocket-ref',
];
const fanout = quick
  ? ['--docs', '4', '--clients', '10', '--rate', '1', '--observers', '5', '--seconds', '5', '--repeat', '1']
  : ['--docs', '20', '--clients', '30', '--rate', '1', '--observers', '5', '--seconds', '20'];
const coldload = quick
  ? ['--cards', '1000', '--probes', '2', '--repeat', '1']
  : ['--cards', '5000', '--probes', '5'];

run('node', [
  path.join(harness, 'run.mjs'),
  '--scenario',
  'fanout',
  ...fanout,
  ...external,
  '--json',
  'bench-fanout.json',
]);
run('node', [
  path.join(harness, 'run.mjs'),
  '--scenario',
  'coldload',
  ...coldload,
  ...external,
  '--json',
  'bench-coldload.json',
]);

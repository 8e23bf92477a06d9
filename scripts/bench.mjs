#!/usr/bin/env node
// Runs the shared benchmark harness against this server side by side with its reference targets:
// fan-out at 20 workshops × 30 clients with one node (SQLite) and with two nodes on PostgreSQL
// behind HAProxy, then cold load of a 5,000-card board with one node on SQLite and on PostgreSQL.
// The harness takes one server of ours per run, so each run has the y-websocket reference beside
// it and the closing table gives every figure as a ratio to the reference of the same run.
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

const prepare = path.join(harness, 'examples', 'prepare-workshops.mjs');
const common = [
  '--external-cwd',
  root,
  '--external-url',
  'ws://127.0.0.1:{port}/yjs',
  '--external-ready-url',
  'http://127.0.0.1:{port}/healthz',
  '--external-prepare',
  prepare,
  '--ratio-to',
  'y-websocket-ref',
];
// One node on SQLite, as `npm start` runs it (minus the build).
const oneNode = [
  '--external-cmd',
  // As `npm start` runs it, with the same options for node.
  ['node', ...productNodeArgs(), path.join('dist', 'server', 'server', 'src', 'main.js')].join(' '),
  '--external-env',
  'DATA_DIR=.bench-data/{port}',
  '--external-env',
  'LOG_LEVEL=warn',
  '--external-name',
  'challenge-board',
  ...common,
];
// Nodes on one PostgreSQL behind HAProxy (npm run cluster, from the build). The harness measures
// the whole tree: the nodes, HAProxy and PostgreSQL together.
const cluster = (nodes, name) => [
  '--targets',
  'y-websocket-ref,external',
  '--external-cmd',
  `node --import tsx scripts/cluster.ts --nodes ${nodes}`,
  '--external-env',
  'CLUSTER_PEAKS_FILE=.bench-data/cluster-{port}.json',
  '--external-name',
  name,
  ...common,
];
const fanout = quick
  ? ['--docs', '4', '--clients', '10', '--rate', '1', '--observers', '5', '--seconds', '5', '--repeat', '1']
  : ['--docs', '20', '--clients', '30', '--rate', '1', '--observers', '5', '--seconds', '20'];
const coldload = quick
  ? ['--cards', '1000', '--probes', '2', '--repeat', '1']
  : ['--cards', '5000', '--probes', '5'];

const runs = [
  { scenario: 'fanout', args: [...fanout, ...oneNode], json: 'bench-fanout.json' },
  {
    scenario: 'fanout',
    args: [...fanout, ...cluster(2, 'two-nodes-postgres')],
    json: 'bench-fanout-2-nodes.json',
  },
  { scenario: 'coldload', args: [...coldload, ...oneNode], json: 'bench-coldload.json' },
  {
    scenario: 'coldload',
    args: [...coldload, ...cluster(1, 'one-node-postgres')],
    json: 'bench-coldload-postgres.json',
  },
];
for (const { scenario, args, json } of runs) {
  run('node', [path.join(harness, 'run.mjs'), '--scenario', scenario, ...args, '--json', json]);
}
summarise(runs);

/**
 * One table over every run: each target's figures as a ratio to the y-websocket reference server
 * measured in the same run (the harness runs one server of ours at a time, so ratios, not
 * absolute figures, compare the runs).
 */
function summarise(done) {
  const figures = {
    fanout: [
      ['server_cpu_s', 'server CPU'],
      ['lat_p99_ms', 'p99 edit → remote'],
      ['sync_p50_ms', 'connect → synced p50'],
      ['server_rss_peak_mib', 'peak RSS'],
      ['lost', 'updates lost'],
    ],
    coldload: [
      ['load_ms', 'connect → synced'],
      ['server_cpu_ms_per_load', 'server CPU per load'],
      ['server_rss_peak_mib', 'peak RSS'],
    ],
  };
  const rows = [];
  for (const { scenario, json } of done) {
    const { summary } = JSON.parse(fs.readFileSync(path.join(root, json), 'utf8'));
    const ref = summary['y-websocket-ref'];
    for (const [target, figuresOf] of Object.entries(summary)) {
      if (target === 'y-websocket-ref' || target === 'relay' || target === 'hocuspocus') continue;
      for (const [key, label] of figures[scenario]) {
        const ours = figuresOf[key]?.median;
        const base = ref?.[key]?.median;
        const ratio = key === 'lost' ? String(ours) : base ? `×${(ours / base).toFixed(2)}` : '–';
        rows.push(`| ${scenario} | ${target} | ${label} | ${ours} | ${base ?? '–'} | ${ratio} |`);
      }
    }
  }
  console.log('\n| scenario | ours | figure | ours (median) | y-websocket-ref (same run) | ratio |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  rows.forEach((row) => console.log(row));
  // The clusters' peak RSS above is their largest process; each node's own, from every run:
  const peaks = fs
    .readdirSync(path.join(root, '.bench-data'))
    .filter((name) => name.startsWith('cluster-'))
    .flatMap((name) => JSON.parse(fs.readFileSync(path.join(root, '.bench-data', name), 'utf8')).nodes);
  if (peaks.length > 0)
    console.log(
      `\nPeak RSS per node in the cluster runs (MiB): ${peaks.map((p) => p.peakRssMiB).join(', ')}`,
    );
}

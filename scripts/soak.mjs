#!/usr/bin/env node
// A long fan-out to show this server's heap stays flat: the shared harness drives `--docs`
// workshops × `--clients` devices at `--rate` edits a second each for `--minutes` against this
// server, as `npm start` runs it, then the same against the y-websocket reference server.
//
// The floor of each minute is the least heap a collection left in it (V8's --trace-gc prints
// every collection); resident memory is read from /proc every 10 s. The warm-up (the first
// 5 minutes, or a sixth of a shorter run) does not count.
//
// Every edit leaves a few hundred bytes of history in its Yjs document on any Yjs server (an
// overwritten value stays in the document as a deleted item), so at this load every server's heap
// grows by itself, some 15 MiB a minute at 600 edits a second. So the floors alone cannot stay
// within ±10 % of their mean, the reference's no more than ours. What must stay flat is what our
// heap grows beyond the reference's under the same edits: over the run, at most 10 % of our heap
// (least-squares growth of each server's floors). With --no-reference: the floors' own deviation.
// Usage: npm run soak [-- --minutes 30 --docs 20 --clients 30 --rate 1 --no-build --no-reference]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { buildUnlessAsked, harnessDir, root } from './harness.mjs';
import { productNodeArgs, serverMain, startServer } from './serverProcess.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const minutes = option('minutes', 30);
const docs = option('docs', 20);
const clients = option('clients', 30);
const rate = option('rate', 1);
const withReference = !argv.includes('--no-reference');
const SAMPLE_MS = 10_000;
const TOLERANCE = 0.1;
const windowMs = minutes * 60_000;
const warmUpMs = Math.min(5 * 60_000, windowMs / 6);
const mib = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;

buildUnlessAsked();
const harness = harnessDir();

const targets = [
  {
    name: 'challenge-board',
    script: serverMain,
    nodeArgs: productNodeArgs(),
    readyPath: '/healthz',
    url: (port) => `ws://127.0.0.1:${port}/yjs`,
    prepare: ['--external-prepare', path.join(harness, 'examples', 'prepare-workshops.mjs')],
  },
  {
    name: 'y-websocket-ref',
    script: path.join(harness, 'node_modules', 'y-websocket-v2', 'bin', 'server.cjs'),
    nodeArgs: [],
    readyPath: '/',
    url: (port) => `ws://127.0.0.1:${port}`,
    prepare: [],
  },
].slice(0, withReference ? 2 : 1);

const groupBy = (list, key) => {
  const groups = new Map();
  for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};
const inWindow = (s) => s.t >= warmUpMs && s.t <= windowMs;
const minuteOf = (s) => Math.floor((s.t - warmUpMs) / 60_000);

/** Runs the fan-out against one server and returns its heap floor for each minute and its RSS. */
async function soak(target) {
  // --trace-gc: V8 prints every collection with the heap it left, so the floor is known exactly.
  const server = await startServer({
    script: target.script,
    nodeArgs: [...target.nodeArgs, '--trace-gc'],
    readyPath: target.readyPath,
    stdout: 'pipe',
  });
  console.log(
    `\nSoak of ${target.name}: ${docs} workshops × ${clients} devices, 1 edit/s each, ${minutes} min`,
  );
  let editsFrom = null;
  const collections = [];
  const rss = [];
  readline.createInterface({ input: server.stdout }).on('line', (line) => {
    // [pid:isolate]     1234 ms: Mark-Compact 78.1 (90.2) -> 51.8 (88.1) MB, …
    const gc =
      /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: (Scavenge|Mark-Compact)\D*[\d.]+ \([\d.]+\) -> ([\d.]+) /.exec(
        line,
      );
    if (gc && editsFrom !== null)
      collections.push({
        t: Date.now() - editsFrom,
        isolate: gc[1],
        kind: gc[2],
        after: Number(gc[3]) * 2 ** 20,
      });
  });
  const status = (field) =>
    Number(
      new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
        fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'),
      )?.[1],
    ) * 1024;
  const sampler = setInterval(
    () => editsFrom !== null && rss.push({ t: Date.now() - editsFrom, rss: status('VmRSS') }),
    SAMPLE_MS,
  );

  const bench = spawn(
    process.execPath,
    [
      path.join(harness, 'run.mjs'),
      ...['--scenario', 'fanout', '--targets', 'external', '--repeat', '1'],
      ...['--docs', String(docs), '--clients', String(clients), '--rate', String(rate), '--observers', '5'],
      ...['--seconds', String(minutes * 60), '--max-minutes', String(minutes + 15)],
      ...['--external-url', target.url(server.port), '--server-pid', String(server.pid), ...target.prepare],
      ...['--external-name', target.name, '--json', path.join(root, '.tmp', `soak-${target.name}.json`)],
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] },
  );
  // The harness says on stderr when the edit window opens: the soak's clock starts there.
  readline.createInterface({ input: bench.stderr }).on('line', (line) => {
    process.stderr.write(`${line}\n`);
    if (/editing for/.test(line)) editsFrom = Date.now();
  });
  const exit = await new Promise((resolve) => bench.once('exit', (code) => resolve(code)));
  clearInterval(sampler);
  const peakRss = status('VmHWM');
  await server.stop();

  // The server's own isolate collects far more often than a worker's (our checkpoint worker).
  const main =
    [...groupBy(collections, (c) => c.isolate).values()].sort((a, b) => b.length - a.length)[0] ?? [];
  // Only the edit window counts: the drain and the disconnects after it are not load. A minute
  // counts once it has half its RSS samples, so a short last minute does not pose as a floor.
  const whole = new Set(
    [...groupBy(rss.filter(inWindow), minuteOf).entries()]
      .filter(([, list]) => list.length >= 60_000 / SAMPLE_MS / 2)
      .map(([minute]) => minute),
  );
  const byMinute = groupBy(main.filter(inWindow), minuteOf);
  // A minute's floor: what its full collections left, or failing one, the least any collection left.
  const floors = [...whole].map((minute) => {
    const list = byMinute.get(minute) ?? [];
    const full = list.filter((c) => c.kind === 'Mark-Compact');
    return Math.min(...(full.length ? full : list).map((c) => c.after));
  });
  const settledRss = rss.filter(inWindow).map((s) => s.rss);
  return {
    exit,
    floors,
    fullCollections: main.filter((c) => c.kind === 'Mark-Compact' && inWindow(c)).length,
    rss: { first: settledRss[0], last: settledRss.at(-1), max: Math.max(...settledRss), peak: peakRss },
  };
}

const results = {};
for (const target of targets) results[target.name] = await soak(target);

const ours = results['challenge-board'];
const ref = results['y-websocket-ref'];
const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
/** Least-squares growth of a list of minute floors, in bytes a minute. */
const slope = (list) => {
  const mx = (list.length - 1) / 2;
  const my = mean(list);
  const sxx = list.reduce((a, _, x) => a + (x - mx) ** 2, 0);
  return list.reduce((a, y, x) => a + (x - mx) * (y - my), 0) / sxx;
};
const deviation = (list) => Math.max(...list.map((f) => Math.abs(f - mean(list)))) / mean(list);
const span = ours.floors.length - 1;
// With the reference: what our heap grew beyond the reference's growth under the same edits, over
// the run, as a share of our heap. Alone: the floors' largest deviation from their mean.
const extra = ref ? ((slope(ours.floors) - slope(ref.floors)) * span) / mean(ours.floors) : null;
const exits = Object.values(results).every((r) => r.exit === 0);
const judgedValue = ref ? extra : deviation(ours.floors);
const pass = exits && span >= 1 && judgedValue <= TOLERANCE;

const figures = (list) => ({
  firstMiB: mib(list[0]),
  lastMiB: mib(list.at(-1)),
  minMiB: mib(Math.min(...list)),
  maxMiB: mib(Math.max(...list)),
  meanMiB: mib(mean(list)),
  largestDeviationPercent: Math.round(deviation(list) * 1000) / 10,
  growthMiBPerMinute: mib(slope(list)),
});
const report = {
  options: { minutes, docs, clients, rate, warmUpS: warmUpMs / 1000, reference: withReference },
  targets: Object.fromEntries(
    Object.entries(results).map(([name, r]) => [
      name,
      {
        harnessExit: r.exit,
        fullCollections: r.fullCollections,
        heapFloorsMiB: r.floors.map(mib),
        heapFloor: figures(r.floors),
        rss: Object.fromEntries(Object.entries(r.rss).map(([k, v]) => [`${k}MiB`, mib(v)])),
      },
    ]),
  ),
  growthBeyondReferencePercent: extra === null ? null : Math.round(extra * 1000) / 10,
  pass,
};
const out = path.join(root, '.tmp', 'soak.json');
fs.writeFileSync(out, JSON.stringify(report, null, 2));

console.log(`\nHeap floor of each minute after a ${warmUpMs / 1000}-s warm-up (what collections left):`);
for (const [name, t] of Object.entries(report.targets)) {
  const h = t.heapFloor;
  console.log(
    `  ${name}: first ${h.firstMiB}, last ${h.lastMiB}, min ${h.minMiB}, max ${h.maxMiB} MiB; ` +
      `largest deviation from the mean (${h.meanMiB}) ${h.largestDeviationPercent} %; ` +
      `growth ${h.growthMiBPerMinute} MiB/min (${t.heapFloorsMiB.length} minutes, ${t.fullCollections} full collections)`,
  );
  console.log(
    `    RSS first ${t.rss.firstMiB}, last ${t.rss.lastMiB}, max ${t.rss.maxMiB}, peak ${t.rss.peakMiB} MiB`,
  );
}
if (ref)
  console.log(
    `Our heap grew ${report.growthBeyondReferencePercent} % of itself beyond the reference's growth over the run.`,
  );
if (!exits) console.log('The harness failed on a run: see above.');
if (span < 1) console.log('Too short to judge: fewer than two whole minutes after the warm-up.');
console.log(
  `${pass ? 'PASS' : 'FAIL'}: heap flat within ${TOLERANCE * 100} %` +
    `${ref ? ' beyond the documents’ own growth' : ''} (${path.relative(root, out)})`,
);
process.exit(pass ? 0 : 1);

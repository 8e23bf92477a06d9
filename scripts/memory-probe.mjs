// Preloaded into a server that `npm run memory` measures (node --expose-gc --import this file):
// measurement tooling only, never part of the product. Asked over the IPC channel, it collects
// garbage twice (the second pass frees what the first one's finalisers let go) and answers with
// the process's memory, so two samples differ by what is live, not by when V8 last collected.
import fs from 'node:fs';

const kib = (status, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

if (process.send) {
  process.on('message', (message) => {
    if (message?.type !== 'memory') return;
    if (message.gc !== false && typeof globalThis.gc === 'function') {
      globalThis.gc();
      globalThis.gc();
    }
    const usage = process.memoryUsage();
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    process.send({
      type: 'memory',
      heapUsed: usage.heapUsed,
      heapTotal: usage.heapTotal,
      external: usage.external,
      arrayBuffers: usage.arrayBuffers,
      rss: kib(status, 'VmRSS') * 1024,
      peakRss: kib(status, 'VmHWM') * 1024,
    });
  });
  // The channel alone never keeps a server running that would otherwise stop.
  process.channel?.unref();
}

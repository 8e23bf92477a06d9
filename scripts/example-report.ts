// Writes the sample Action Report into docs/examples/ (action-report.html, .docx and .md): a demo
// workshop that ran the whole Strategic programme (handbook 000) on Thursday 24 November 2011, on a
// server in a temporary folder whose clock the script moves from 9.00 to 1.00.
// Usage: npx tsx scripts/example-report.ts
import fs from 'node:fs';
import path from 'node:path';
import { strategicProgrammeRun } from '../tests/support/reportScenario.js';
import { startServer } from '../tests/support/server.js';

const NINE = Date.UTC(2011, 10, 24, 9, 0);
const out = path.resolve(import.meta.dirname, '..', 'docs', 'examples');

let now = NINE;
const server = await startServer({ nowMs: () => now });
try {
  const run = await strategicProgrammeRun(server.baseUrl, (minutes) => (now = NINE + minutes * 60_000));
  fs.mkdirSync(out, { recursive: true });
  for (const format of ['html', 'docx', 'md']) {
    const res = await fetch(
      `${server.baseUrl}/api/workshops/${run.workshop.id}/report.${format}?tz=Europe/London`,
      {
        headers: { authorization: `Bearer ${run.leaderToken}` },
      },
    );
    if (!res.ok) throw new Error(`report.${format}: ${res.status} ${await res.text()}`);
    const file = path.join(out, `action-report.${format}`);
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await server.close();
}
// The clients' sockets and the server's workers would keep the process waiting a while.
process.exit(0);

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Moves WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside whichever
 * commit crosses the threshold and fsyncs the database file there: with a commit every few
 * milliseconds that stalled every workshop for tens of milliseconds, about once a second. So the
 * serving connection never checkpoints (`wal_autocheckpoint = 0`) and this worker, on its own
 * connection, runs a PASSIVE checkpoint (which never blocks the writer) on a timer.
 */
export class Checkpointer {
  private readonly worker: Worker;

  constructor(file: string, everyMs = 5000) {
    const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');
    // It runs one statement every few seconds: a small heap keeps its share of the server's memory small.
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, sqlitePath, everyMs },
      resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1, codeRangeSizeMb: 2 },
    });
    this.worker.unref();
  }

  /** Stops the worker after one last checkpoint. */
  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('close');
    await exited;
  }
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlitePath);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 2000');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

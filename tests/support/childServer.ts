import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface ChildServer {
  child: ChildProcess;
  baseUrl: string;
  wsUrl: string;
  /** Waits for the process to exit. */
  exited: Promise<number | null>;
}

/** The real server in its own process, as `npm start` runs it (but from source), on an ephemeral port. */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  entry = 'server/src/main.ts',
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, entry)], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    // The fake-clock entry takes its time over IPC; the real one has none.
    stdio:
      entry === 'server/src/main.ts' ? ['ignore', 'pipe', 'inherit'] : ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('server did not start in 30 s')), 30_000);
    lines.on('line', (line) => {
      const match = /Challenge Board is running: open http:\/\/[^:]+:(\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/yjs`, exited };
}

/** The real server in its own process, on a clock the test sets: `setNow` moves it, and SIGKILL still kills it. */
export async function spawnFakeClockServer(
  dataDir: string,
  nowMs: number,
): Promise<ChildServer & { setNow: (ms: number) => Promise<void> }> {
  const server = await spawnServer(dataDir, { FAKE_NOW_MS: String(nowMs) }, 'tests/support/fakeClockMain.ts');
  const setNow = (ms: number) =>
    new Promise<void>((resolve) => {
      server.child.once('message', () => resolve());
      server.child.send({ nowMs: ms });
    });
  return { ...server, setNow };
}

/** The server serving the built screens, on `port`, for a browser to open (`npm run build` first). */
export function spawnScreensServer(dataDir: string, port: number): Promise<ChildServer> {
  return spawnServer(dataDir, {
    PORT: String(port),
    STATIC_DIR: path.join(root, 'dist', 'client'),
    LOG_LEVEL: 'warn',
  });
}

/** Runs a TypeScript file of tests/support in its own Node process, reading its stdout line by line. */
export function spawnScript(
  file: string,
  args: string[],
): { child: ChildProcess; lines: readline.Interface } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'tests/support', file), ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return { child, lines: readline.createInterface({ input: child.stdout! }) };
}

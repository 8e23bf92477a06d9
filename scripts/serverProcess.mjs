// Starts a server to measure on a free loopback port, as its own child process, and stops it.
// `npm run memory` and `npm run soak` use it for this server (built, as `npm start` runs it)
// and for the y-websocket reference server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { root } from './harness.mjs';

export { productNodeArgs } from './productNodeArgs.mjs';

export const serverMain = path.join(root, 'dist', 'server', 'server', 'src', 'main.js');

const probe = path.join(root, 'scripts', 'memory-probe.mjs');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `script` run by node with `nodeArgs`; with `probe: true`, the memory probe is preloaded and
 * answers `memory()`. Resolves once `readyPath` answers 200 on the port.
 */
export async function startServer({
  script,
  nodeArgs = [],
  env = {},
  probe: withProbe = false,
  readyPath = '/',
  stdout = 'ignore',
}) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'challenge-board-measure-'));
  const args = [...(withProbe ? ['--expose-gc', '--import', probe] : []), ...nodeArgs, script];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', stdout, 'inherit', ...(withProbe ? ['ipc'] : [])],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  // A script that dies must not leave its server running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const httpUrl = `http://127.0.0.1:${port}`;
  await waitReady(`${httpUrl}${readyPath}`, exited);
  return {
    pid: child.pid,
    port,
    httpUrl,
    /** Its standard output, when asked for with `stdout: 'pipe'`. */
    stdout: child.stdout,
    /** The server's memory, after two full collections unless `gc` is false. */
    memory: (gc = true) => askMemory(child, gc),
    async stop() {
      process.off('exit', killOnExit);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitReady(url, exited) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server stopped before it answered ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url} within a minute`);
}

function askMemory(child, gc) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the memory probe did not answer')), 30_000);
    const answer = (message) => {
      if (message?.type !== 'memory') return;
      clearTimeout(timer);
      child.off('message', answer);
      resolve(message);
    };
    child.on('message', answer);
    child.send({ type: 'memory', gc });
  });
}

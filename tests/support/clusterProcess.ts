import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import readline from 'node:readline';

/** How much of a process's output is kept for a failure message. */
const KEPT_LINES = 200;

export interface ProcessHooks {
  /** Every line the process writes, with the stream it came from. */
  line?: (text: string, stream: 'stdout' | 'stderr') => void;
  /** The process ended without being asked to (by `stop`, or a `kill` made through `expectExit`). */
  unexpected?: (message: string) => void;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (null after a signal) once the process has gone. */
  readonly exited: Promise<number | null>;
  /** The last lines it wrote, both streams, for a failure message. */
  output(): string;
  /** The next exit is wanted: a kill made on purpose is not reported as a death. */
  expectExit(): void;
  /** Sends `signal`, then SIGKILL if it has not gone after `graceMs`; resolves once it has gone. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

/** A child process of the cluster: its output kept and passed on, and its death reported unless wanted. */
export function manage(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions,
  hooks: ProcessHooks = {},
): ManagedProcess {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const kept: string[] = [];
  const read = (stream: 'stdout' | 'stderr') =>
    readline.createInterface({ input: child[stream]! }).on('line', (text) => {
      kept.push(text);
      if (kept.length > KEPT_LINES) kept.shift();
      hooks.line?.(text, stream);
    });
  read('stdout');
  read('stderr');
  let wanted = false;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!wanted) hooks.unexpected?.(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`})`);
      resolve(code);
    });
    // A command that cannot be started at all never exits; it errors.
    child.once('error', (error) => {
      if (!wanted) hooks.unexpected?.(`${name} could not be started: ${error.message}`);
      resolve(null);
    });
  });
  const gone = () => child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
  return {
    name,
    child,
    exited,
    output: () => kept.join('\n'),
    expectExit: () => {
      wanted = true;
    },
    stop: async (signal = 'SIGTERM', graceMs = 15_000) => {
      wanted = true;
      if (gone()) return void (await exited);
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

import { createServer } from './app.js';
import { configFromEnv } from './config.js';
import { createLogger } from './log.js';

const config = configFromEnv(process.env);
const log = createLogger(config.logLevel);
let server;
try {
  server = createServer({ ...config, logger: log });
} catch (error) {
  // Say why in one line (another server on the same data, say), not with a stack trace.
  console.error(`Challenge Board could not start: ${(error as Error).message}`);
  process.exit(1);
}
const address = await server.listen(config.port, config.host);

const shown =
  config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`;
log.info({ port: address.port, dataDir: config.dataDir }, 'listening');
console.log(`Challenge Board is running: open ${shown} (data in ${config.dataDir})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: writing every workshop out');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

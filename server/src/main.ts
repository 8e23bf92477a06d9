import { createServer } from './app.js';
import { configFromEnv } from './config.js';
import { createLogger } from './log.js';

const config = configFromEnv(process.env);
const log = createLogger(config.logLevel);
let server;
try {
  // PostgreSQL's driver is loaded only when it is used: one council's server never needs it.
  const storage = config.databaseUrl
    ? await (
        await import('./store/postgres/postgresStorage.js')
      ).openPostgresStorage({
        databaseUrl: config.databaseUrl,
        onError: (error) => log.error({ err: error }, 'PostgreSQL connection failed'),
      })
    : undefined;
  server = createServer({ ...config, storage, logger: log });
} catch (error) {
  // Say why in one line (another server on the same data, say), not with a stack trace.
  console.error(`Challenge Board could not start: ${(error as Error).message}`);
  process.exit(1);
}
const address = await server.listen(config.port, config.host);

const shown =
  config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`;
const where = config.databaseUrl ? 'data in PostgreSQL' : `data in ${config.dataDir}`;
log.info(
  { port: address.port, node: server.nodeId, storage: config.databaseUrl ? 'postgres' : 'sqlite' },
  'listening',
);
console.log(`Challenge Board is running: open ${shown} (${where})`);

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

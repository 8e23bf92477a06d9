// The server as `npm start` runs it, but on a clock the test moves (through IPC), so a test can
// kill it mid-phase and start it again at a later time without sleeping.
import { createServer } from '../../server/src/app.js';
import { configFromEnv } from '../../server/src/config.js';
import { createLogger } from '../../server/src/log.js';

let now = Number(process.env.FAKE_NOW_MS);
if (!Number.isFinite(now)) throw new Error('FAKE_NOW_MS must be a time in ms');
process.on('message', (message: { nowMs: number }) => {
  now = message.nowMs;
  process.send?.('ok');
});
const config = configFromEnv(process.env);
const server = createServer({ ...config, logger: createLogger(config.logLevel), nowMs: () => now });
const address = await server.listen(config.port, config.host);
console.log(`Challenge Board is running: open http://${config.host}:${address.port}`);

import fs from 'node:fs';
import net from 'node:net';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or CHROMIUM_PATH; nothing here downloads a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);

/** Under CI a missing browser is a failure, never a silent skip. */
export function requireChromium(): boolean {
  if (hasChromium) return true;
  if (process.env.CI)
    throw new Error(`Chromium is not installed at ${chromiumPath}: install Debian's chromium package.`);
  console.warn(
    `\n*** End-to-end tests SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium) ***\n`,
  );
  return false;
}

/** `extraArgs`: more Chromium switches, e.g. a host name for the venue's address (`--host-resolver-rules`). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** A port nobody is using now, so a restarted server can come back on the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

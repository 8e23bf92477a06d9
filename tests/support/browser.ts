import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
export { freePort } from './ports.js';

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

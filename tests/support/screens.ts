import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort, launchChromium } from './browser.js';
import { spawnScreensServer, type ChildServer } from './childServer.js';
import { tempDataDir } from './server.js';

export interface Screens {
  server: ChildServer;
  browser: Browser;
  /** Call inside the suite: starts the server and Chromium before its tests and stops them after. */
  startForSuite(): void;
}

/** An end-to-end file's real server, serving the built screens, and its Chromium. */
export function screens(): Screens {
  const env = {
    startForSuite() {
      beforeAll(async () => {
        env.server = await spawnScreensServer(tempDataDir(), await freePort());
        env.browser = await launchChromium();
      });
      afterAll(async () => {
        await env.browser?.close();
        env.server?.child.kill('SIGKILL');
      });
    },
  } as Screens;
  return env;
}

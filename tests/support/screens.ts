import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort, launchChromium } from './browser.js';
import { spawnScreensServer, type ChildServer } from './childServer.js';
import { tempDataDir } from './server.js';

export interface Screens {
  server: ChildServer;
  browser: Browser;
  /** Call inside the suite: starts the server and Chromium before its tests and stops them after. */
  startForSuite(): void;
  /** A screen at a size of its own (a fresh browser context), opened at `url`. */
  open(url: string, width: number, height: number): Promise<Page>;
  /** A team's tablet (1024×768) whose people say who is using it: it then speaks for `name`. */
  tabletFor(url: string, name: string): Promise<Page>;
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
    async open(url: string, width: number, height: number) {
      const page = await (await env.browser.newContext({ viewport: { width, height } })).newPage();
      await page.goto(url);
      return page;
    },
    async tabletFor(url: string, name: string) {
      const page = await env.open(url, 1024, 768);
      const ask = page.getByRole('region', { name: 'Who is using this tablet?' });
      await ask.getByLabel(new RegExp(name)).check();
      await ask.getByRole('button', { name: 'These people are here' }).click();
      await page.getByText(`Speaking for ${name}`).waitFor();
      return page;
    },
  } as Screens;
  return env;
}

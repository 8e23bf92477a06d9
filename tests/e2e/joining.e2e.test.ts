import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium, requireChromium } from '../support/browser.js';
import { spawnServer, type ChildServer } from '../support/childServer.js';
import { createWorkshop, mintToken, tempDataDir } from '../support/server.js';

const run = requireChromium();
const root = path.resolve(import.meta.dirname, '..', '..');

let browser: Browser;
let server: ChildServer;
let port: number;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(width: number, height: number, name: string, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  await page.goto(url);
  return page;
}

const teams = ['Task team 1', 'Task team 2', 'Task team 3', 'Task team 4'];

describe.runIf(run)('joining from the projector, in real Chromium against the real server', () => {
  beforeAll(async () => {
    port = await freePort();
    // The venue's address: a name tablets reach (here mapped to this computer), not localhost, so
    // what the projector shows is what a tablet in the room would open.
    server = await spawnServer(tempDataDir(), {
      PORT: String(port),
      STATIC_DIR: path.join(root, 'dist', 'client'),
      LOG_LEVEL: 'warn',
      PUBLIC_URL: `http://board.test:${port}`,
    });
    browser = await launchChromium(['--host-resolver-rules=MAP board.test 127.0.0.1']);
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGKILL');
  });

  it('the facilitator puts joining on the projector; a tablet joins with what the wall shows; the codes leave with it', async () => {
    const w = await createWorkshop(server.baseUrl);
    const projectorLink = await mintToken(server.baseUrl, w, { role: 'projector' });
    const facilitator = await newPage(1280, 800, 'facilitator', w.facilitatorUrl);
    const projector = await newPage(1920, 1080, 'projector', projectorLink.url);
    await projector.getByText('Introduction').first().waitFor();
    const onWall = (team: string) =>
      projector.locator('.joining__team').filter({ has: projector.getByRole('heading', { name: team }) });

    // One choice: every team gets a code and the projector shows them all.
    const joining = facilitator.getByRole('radio', { name: 'Joining: every team’s code and QR code' });
    await joining.click();
    await expect.poll(() => joining.isChecked()).toBe(true);
    const codes: Record<string, string> = {};
    for (const team of teams) {
      const code = onWall(team).locator('.joining__code');
      await code.waitFor();
      codes[team] = ((await code.textContent()) ?? '').replace('Join code ', '');
      expect(codes[team]).toMatch(/^[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}$/);
      await onWall(team)
        .getByRole('img', { name: `QR code to join ${team}` })
        .waitFor();
    }
    expect(new Set(Object.values(codes)).size).toBe(teams.length);
    const address = await projector.locator('.joining__address').textContent();
    expect(address).toBe(`board.test:${port}`);
    // The console follows the same live list.
    await facilitator
      .locator('.join-panel__team', { hasText: 'Task team 3' })
      .getByText(codes['Task team 3']!)
      .waitFor();

    // A tablet opens the address on the wall and types the code it reads there.
    const tablet = await newPage(1024, 768, 'tablet', `http://${address}`);
    await tablet.getByLabel('Join code').fill(codes['Task team 2']!);
    await tablet.getByRole('button', { name: 'Join' }).click();
    await tablet.waitForURL(/\/team$/);
    await tablet.getByText('Task team 2', { exact: true }).first().waitFor();

    // A revoked code leaves the wall at once.
    await facilitator.getByRole('button', { name: 'Revoke Task team 4’s code' }).click();
    await facilitator.getByRole('button', { name: 'Revoke the code', exact: true }).click();
    await onWall('Task team 4').getByText('Ask the facilitator for a code').waitFor();
    await expect.poll(() => projector.getByText(codes['Task team 4']!).count()).toBe(0);

    // Back to the clock: no code stays on the projector's screen.
    await facilitator.getByRole('radio', { name: 'The clock and agenda' }).click();
    await projector.locator('.joining').waitFor({ state: 'detached' });
    const wall = (await projector.locator('body').textContent()) ?? '';
    for (const code of Object.values(codes)) expect(wall).not.toContain(code);
    await projector.locator('.projector__big-clock').waitFor();
    expect(pageErrors).toEqual([]);
  });
});

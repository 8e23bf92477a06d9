import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium, requireChromium } from '../support/browser.js';
import { spawnScreensServer, type ChildServer } from '../support/childServer.js';
import { drawnQuadrant } from '../support/mapGeometry.js';
import { tempDataDir } from '../support/server.js';

const run = requireChromium();

let browser: Browser;
let server: ChildServer;
let port: number;
const dataDir = tempDataDir();
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function startServer(): Promise<void> {
  server = await spawnScreensServer(dataDir, port);
}

async function newPage(width: number, height: number, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  return page;
}

/** The countdown a page shows, in whole seconds (negative when over time). */
async function countdownSeconds(page: Page): Promise<number> {
  const text = (await page.locator('.countdown__time').first().textContent()) ?? '';
  const match = /(\u2212)?(\d+):(\d\d)/.exec(text);
  if (!match) throw new Error(`no countdown in "${text}"`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -seconds : seconds;
}

const card = (page: Page, title: string) => page.locator('.map-card', { hasText: title });

describe.runIf(run)('a workshop in the room, in real Chromium against the real server', () => {
  beforeAll(async () => {
    port = await freePort();
    await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGKILL');
  });

  it('runs a workshop: clock, cards, moves, votes, offline edits and a server restart', async () => {
    const base = `http://127.0.0.1:${port}`;
    // The facilitator creates the workshop on the start page.
    const facilitator = await newPage(1280, 800, 'facilitator');
    await facilitator.goto(base);
    await facilitator.getByLabel('Workshop title').fill('Cabinet challenge workshop');
    await facilitator.getByRole('button', { name: 'Create the workshop' }).click();
    await facilitator.waitForURL(/\/w\/[a-z0-9]+\/facilitator$/);
    expect(facilitator.url()).not.toContain('token');

    // Links and join codes come from the console.
    await facilitator.getByRole('button', { name: 'Make a link for Projector' }).click();
    const projectorUrl = await facilitator
      .getByRole('link', { name: 'Open the projector screen' })
      .getAttribute('href');
    const joinCode = async (team: string) => {
      await facilitator.getByRole('button', { name: `Show a join code for ${team}` }).click();
      return (await facilitator
        .locator('.join-panel__team', { hasText: team })
        .locator('.join-panel__code')
        .textContent())!;
    };
    const codes = [await joinCode('Task team 1'), await joinCode('Task team 2')];

    const tablets: Page[] = [];
    for (const [i, code] of codes.entries()) {
      const tablet = await newPage(1024, 768, `tablet ${i + 1}`);
      await tablet.goto(base);
      await tablet.getByLabel('Join code').fill(code.toLowerCase());
      await tablet.getByLabel('Your name (optional)').fill(`Councillor ${i + 1}`);
      await tablet.getByRole('button', { name: 'Join' }).click();
      await tablet.waitForURL(/\/team$/);
      await tablet.getByText(`Task team ${i + 1}`, { exact: true }).waitFor();
      tablets.push(tablet);
    }
    const [a, b] = tablets as [Page, Page];
    const projector = await newPage(1920, 1080, 'projector');
    await projector.goto(projectorUrl!);
    await facilitator.getByText('Councillor 1 (1 device)').waitFor();

    // The facilitator starts the clock and puts the map on the projector.
    await facilitator.getByRole('button', { name: 'Start the clock' }).click();
    // The radio shows the server's state, so it is checked once the server has agreed.
    await facilitator.getByRole('radio', { name: 'The priority map' }).click();
    await expect
      .poll(() => facilitator.getByRole('radio', { name: 'The priority map' }).isChecked())
      .toBe(true);
    await projector.locator('.priority-map').waitFor();
    for (const page of [a, b, projector]) await page.getByText('Not started').waitFor({ state: 'detached' });

    // A card added on one tablet waits above the map everywhere, until it is dragged onto the map.
    await a.getByLabel('New priority').fill('Share back-office services');
    await a.getByRole('button', { name: 'Add priority' }).click();
    for (const page of [b, projector])
      await page.locator('.waiting-cards .map-card', { hasText: 'Share back-office services' }).waitFor();
    const onA = card(a, 'Share back-office services');
    const box = (await onA.boundingBox())!;
    const area = (await a.locator('.priority-map__area').boundingBox())!;
    const target = { x: area.x + area.width * 0.7, y: area.y + area.height * 0.2 };
    await a.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await a.mouse.down();
    await a.mouse.move(target.x, target.y, { steps: 12 });
    await a.mouse.up();
    // It lands exactly where it was dropped, not pulled anywhere else.
    const dropped = (await card(a, 'Share back-office services').boundingBox())!;
    expect(Math.abs(dropped.x + dropped.width / 2 - target.x)).toBeLessThanOrEqual(3);
    expect(Math.abs(dropped.y + dropped.height / 2 - target.y)).toBeLessThanOrEqual(3);
    for (const page of [a, b, projector])
      await expect.poll(() => drawnQuadrant(page, 'Share back-office services')).toBe('top right');

    // Votes show live.
    await card(b, 'Share back-office services').click();
    await b.getByRole('button', { name: 'Add a vote' }).click();
    for (const page of [a, projector])
      await card(page, 'Share back-office services').getByText('● 1 vote').waitFor();

    // A reload straight after typing loses nothing.
    await card(a, 'Share back-office services').click();
    await a.getByLabel('Note').pressSequentially('Ask the district about payroll');
    await a.reload();
    await card(a, 'Share back-office services').click();
    await expect.poll(() => a.getByLabel('Note').inputValue()).toBe('Ask the district about payroll');
    await a.getByRole('button', { name: 'Close' }).click();

    // Every screen shows the same countdown, to the second.
    const screens = [facilitator, a, b, projector];
    const seconds = await Promise.all(screens.map(countdownSeconds));
    expect(Math.max(...seconds) - Math.min(...seconds)).toBeLessThanOrEqual(1);

    // A tablet goes offline, edits, comes back: the edit reaches everyone.
    await a.context().setOffline(true);
    await a.getByText('Offline — kept on this tablet').or(a.getByText('You’re offline')).first().waitFor();
    await onA.click();
    await a.getByLabel('Title').fill('Share back-office services with the district');
    await a.getByText('Offline — kept on this tablet').waitFor();
    await a.context().setOffline(false);
    for (const page of [b, projector]) await card(page, 'with the district').waitFor();
    await a.getByText('Saved', { exact: true }).waitFor();

    // The server restarts; every screen reconnects by itself with everything intact.
    server.child.kill('SIGKILL');
    await server.exited;
    await a.getByText('You’re offline').waitFor();
    await startServer();
    for (const page of screens) {
      await page.getByText('You’re offline').waitFor({ state: 'detached', timeout: 20_000 });
      await card(page, 'with the district').waitFor();
    }
    await card(b, 'with the district').getByText('● 1 vote').waitFor();
    const after = await Promise.all(screens.map(countdownSeconds));
    expect(Math.max(...after) - Math.min(...after)).toBeLessThanOrEqual(1);
    expect(Math.min(...after)).toBeLessThan(Math.min(...seconds));
    await b.getByLabel('New priority').fill('Neighbourhood plans');
    await b.getByRole('button', { name: 'Add priority' }).click();
    for (const page of [a, projector, facilitator]) await card(page, 'Neighbourhood plans').waitFor();

    expect(pageErrors).toEqual([]);
  });
});

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium, requireChromium } from '../support/browser.js';
import { spawnScreensServer, type ChildServer } from '../support/childServer.js';
import { startDelayProxy, type DelayProxy } from '../support/delayProxy.js';
import { drawnQuadrant } from '../support/mapGeometry.js';
import { testSeed } from '../support/random.js';
import { tempDataDir } from '../support/server.js';

const run = requireChromium();

/** One animation frame: the bar the screens' countdowns must change second within. */
const FRAME_MS = 17;

let browser: Browser;
let server: ChildServer;
let port: number;
const dataDir = tempDataDir();
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function startServer(): Promise<void> {
  server = await spawnScreensServer(dataDir, port);
}

/** A device: its own browser context, recording on the machine's clock each moment its countdown changes. */
async function newPage(width: number, height: number, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript(() => {
    const flips: { atMs: number; text: string }[] = [];
    Object.assign(globalThis, { countdownFlips: flips });
    new MutationObserver(() => {
      const text = document.querySelector('.countdown__time')?.textContent ?? '';
      // Stamped with the frame it is drawn in (the document timeline's time, on the machine's
      // clock), not when the callback happened to run within that frame.
      const frameMs = performance.timeOrigin + Number(document.timeline.currentTime ?? performance.now());
      if (text && text !== flips.at(-1)?.text) flips.push({ atMs: frameMs, text });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  return page;
}

type Flip = { atMs: number; text: string };
const flipsOf = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { countdownFlips: Flip[] }).countdownFlips);

/**
 * Watches every screen's countdown for a few seconds and returns, for each second they all showed,
 * how far apart (first to last) the screens changed to it.
 */
async function tickSpreads(screens: Page[]): Promise<number[]> {
  const startMs = Date.now();
  await expect
    .poll(
      async () => {
        const all = await Promise.all(screens.map(flipsOf));
        return Math.min(...all.map((flips) => flips.filter((f) => f.atMs > startMs).length));
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(6);
  const all = (await Promise.all(screens.map(flipsOf))).map((flips) => flips.filter((f) => f.atMs > startMs));
  const lags = all.map((flips) =>
    median(all[0]!.flatMap((f) => flips.filter((g) => g.text === f.text).map((g) => g.atMs - f.atMs))),
  );
  console.log(`each screen's lag behind the first: ${lags.join(', ')} ms`);
  return all[0]!.flatMap((flip) => {
    const times = all.map((flips) => flips.find((f) => f.text === flip.text)?.atMs);
    if (times.some((t) => t === undefined)) return [];
    return [Math.max(...(times as number[])) - Math.min(...(times as number[]))];
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The countdown a page shows, in whole seconds (negative when over time). */
async function countdownSeconds(page: Page): Promise<number> {
  // A page just opened shows no time until it has measured its clock against the server's.
  await expect
    .poll(async () => page.locator('.countdown__time').first().textContent(), { timeout: 15_000 })
    .toMatch(/\d/);
  const text = (await page.locator('.countdown__time').first().textContent()) ?? '';
  const match = /(\u2212)?(\d+):(\d\d)/.exec(text);
  if (!match) throw new Error(`no countdown in "${text}"`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -seconds : seconds;
}

const card = (page: Page, title: string) => page.locator('.map-card', { hasText: title });

/** Where an element is once two frames in a row draw it in the same place. */
async function settledBox(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = '';
  for (;;) {
    const box = (await locator.boundingBox())!;
    const now = JSON.stringify(box);
    if (now === last) return box;
    last = now;
    await locator
      .page()
      .evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

const networks = [
  { network: 'on loopback', maxDelayMs: 0 },
  { network: 'through venue Wi-Fi that holds each chunk 0–50 ms, order kept', maxDelayMs: 50 },
];

describe.runIf(run).each(networks)(
  'a workshop in the room, $network, in real Chromium against the real server',
  ({ network, maxDelayMs }) => {
    let proxy: DelayProxy | null = null;
    beforeAll(async () => {
      port = await freePort();
      await startServer();
      // Every browser goes through the proxy; the server's restart below comes back behind it.
      if (maxDelayMs > 0) proxy = await startDelayProxy(port, maxDelayMs, testSeed());
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await proxy?.close();
      server?.child.kill('SIGKILL');
      pageErrors.length = 0;
    });

    it('runs a workshop: clock, cards, moves, votes, offline edits, a server restart and a screen opened late', async () => {
      const base = proxy?.baseUrl ?? `http://127.0.0.1:${port}`;
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
      for (const page of [a, b, projector])
        await page.getByText('Not started').waitFor({ state: 'detached' });

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
      // Where the map is as the card is let go (a page only just taller than the screen may have
      // scrolled a little while the card was carried).
      const areaAtDrop = (await a.locator('.priority-map__area').boundingBox())!;
      await a.mouse.up();
      // It lands on the map exactly where it was dropped, not pulled anywhere else (the page itself
      // may scroll a little as the waiting column empties, carrying the map with it).
      // Read once the card and the map have stopped moving (a drop animation, the page settling).
      const dropped = await settledBox(card(a, 'Share back-office services'));
      const areaNow = await settledBox(a.locator('.priority-map__area'));
      const landed = `card ${JSON.stringify(dropped)} for ${JSON.stringify(target)}; map was ${JSON.stringify(areaAtDrop)} at the drop, now ${JSON.stringify(areaNow)}`;
      expect(
        Math.abs(dropped.x + dropped.width / 2 - areaNow.x - (target.x - areaAtDrop.x)),
        landed,
      ).toBeLessThanOrEqual(3);
      expect(
        Math.abs(dropped.y + dropped.height / 2 - areaNow.y - (target.y - areaAtDrop.y)),
        landed,
      ).toBeLessThanOrEqual(3);
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

      // A replacement projector opened mid-workshop sees the whole board.
      const late = await newPage(1920, 1080, 'late projector');
      await late.goto(projectorUrl!);
      for (const title of ['with the district', 'Neighbourhood plans']) await card(late, title).waitFor();
      await card(late, 'with the district').getByText('● 1 vote').waitFor();

      // Every screen, the late one included, changes second together: within one frame, at the median.
      const spreads = await tickSpreads([...screens, late]);
      console.log(
        `countdowns ${network}: five screens change second a median ${median(spreads)} ms apart (${spreads.join(', ')})`,
      );
      expect(median(spreads), spreads.join(', ')).toBeLessThanOrEqual(FRAME_MS);

      expect(pageErrors).toEqual([]);
    });
  },
);

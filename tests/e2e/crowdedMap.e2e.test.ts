import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { brokenWords, cardBoxes, hiddenTitles } from '../support/mapGeometry.js';
import { THIRTY_PRIORITIES, crowdedWorkshop, setFocus } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken } from '../support/server.js';

const run = requireChromium();
const env = screens();

async function open(url: string, width: number, height: number, touch = false): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width, height }, hasTouch: touch });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A tablet adds its priorities through the form, then puts all but the last on the map with the quadrant buttons. */
async function addAndPlace(tablet: Page, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    await tablet.getByLabel('New priority').fill(title);
    await tablet.getByRole('button', { name: 'Add priority' }).click();
    await tablet.getByRole('button', { name: title }).waitFor();
  }
  for (const [i, title] of titles.slice(0, -1).entries()) {
    await tablet
      .getByRole('region', { name: 'Not on the map yet' })
      .getByRole('button', { name: title })
      .click();
    // The first three from each tablet all go "Top right": nine cards asking for one point.
    const quadrant = i < 3 ? 'top right' : ['top left', 'bottom left', 'bottom right'][i % 3]!;
    await tablet.getByRole('button', { name: new RegExp(`^Move to ${quadrant}`) }).click();
    await tablet.getByRole('button', { name: 'Close', exact: true }).click();
  }
}

/**
 * Taps the middle of every card's title, as a finger would (whatever is drawn on top there gets the
 * tap), and checks the priority opened is that card.
 */
async function tapEveryTitle(
  page: Page,
  titles: readonly string[],
  tap: (x: number, y: number) => Promise<void>,
) {
  const opened: string[] = [];
  for (const title of titles) {
    const heading = page.locator('.map-card__title', { hasText: title }).first();
    await heading.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await heading.boundingBox())!;
    await tap(box.x + box.width / 2, box.y + box.height / 2);
    const field = page.getByRole('region', { name: 'Priority' }).getByLabel('Title');
    await field.waitFor();
    opened.push(await field.inputValue());
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  }
  expect(opened).toEqual([...titles]);
}

describe.runIf(run)('thirty priorities from three tablets, in real Chromium', () => {
  env.startForSuite();
  const walls: Page[] = [];

  /** The crowded workshop's map on the wall at both sizes: every card inside it, no title hidden. */
  async function crowdedWall(crowded: Awaited<ReturnType<typeof crowdedWorkshop>>) {
    await setFocus(env.server.baseUrl, crowded.workshop, { kind: 'map' });
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      const wall = await open(crowded.urls.projector, width, height);
      await expect.poll(() => wall.locator('.map-card:not(.map-card--probe)').count()).toBe(30);
      const area = (await wall.locator('.priority-map__area').boundingBox())!;
      const boxes = await cardBoxes(wall, 'body');
      expect(hiddenTitles(boxes)).toEqual([]);
      const off = boxes.filter((b) => b.card.y + b.card.height > area.y + area.height + 1);
      expect(off.map((b) => `${b.title} at ${width}×${height}`)).toEqual([]);
      walls.push(wall);
    }
  }

  it('keep every title readable and every card tappable, on the wall, the console and a phone', async () => {
    const workshop = await createWorkshop(env.server.baseUrl, {
      teams: ['Housing and growth', 'Adult care', 'Shared services'],
    });
    const link = async (role: 'team' | 'projector', teamId?: string) =>
      (await mintToken(env.server.baseUrl, workshop, { role, teamId })).url;
    const tablets = await Promise.all(
      [1, 2, 3].map(async (n) => open(await link('team', `team-${n}`), 1024, 768)),
    );
    const share = (n: number) => THIRTY_PRIORITIES.filter((_, i) => i % 3 === n);
    await Promise.all(tablets.map((tablet, n) => addAndPlace(tablet, share(n))));

    await setFocus(env.server.baseUrl, workshop, { kind: 'map' });
    const projector = await open(await link('projector'), 1920, 1080);
    const phone = await open(await link('team', 'team-1'), 390, 844, true);
    const console = await open(workshop.facilitatorUrl, 1920, 1080);
    for (const page of [projector, phone, console]) {
      await expect
        .poll(() => page.locator('.map-card:not(.map-card--probe)').count(), { timeout: 15_000 })
        .toBe(30);
      await expect.poll(() => page.locator('.waiting-cards .map-card').count()).toBe(3);
    }

    // No card covers any part of another's title, on the map or among those waiting.
    for (const page of [projector, phone, console]) {
      const boxes = await cardBoxes(page, 'body');
      expect(boxes).toHaveLength(30);
      expect(hiddenTitles(boxes)).toEqual([]);
    }
    // Nobody can scroll a projector: every card is inside the map on the wall, at either size.
    const small = await open(await link('projector'), 1280, 720);
    await expect.poll(() => small.locator('.map-card:not(.map-card--probe)').count()).toBe(30);
    for (const wall of [projector, small]) {
      const area = (await wall.locator('.priority-map__area').boundingBox())!;
      const boxes = await cardBoxes(wall, 'body');
      expect(hiddenTitles(boxes)).toEqual([]);
      const off = boxes.filter((b) => b.card.y + b.card.height > area.y + area.height + 1);
      expect(off.map((b) => b.title)).toEqual([]);
      expect(boxes.filter((b) => b.card.x + b.card.width > wall.viewportSize()!.width)).toEqual([]);
    }

    await tapEveryTitle(phone, THIRTY_PRIORITIES, (x, y) => phone.touchscreen.tap(x, y));
    await tapEveryTitle(console, THIRTY_PRIORITIES, (x, y) => console.mouse.click(x, y));
  });

  it('on a tablet, opening a priority moves no card; on a phone, the bar is short, a swipe scrolls and a moved card stays in sight; no word is broken anywhere', async () => {
    const crowded = await crowdedWorkshop(env.server.baseUrl);
    const tablet = await open(crowded.urls.team, 1024, 768);
    await expect
      .poll(() => tablet.locator('.priority-map__area .map-card:not(.map-card--probe)').count())
      .toBe(26);
    const before = await cardBoxes(tablet);
    await tablet.locator('.priority-map__area .map-card', { hasText: 'Merge the planning teams' }).click();
    await tablet.getByRole('region', { name: 'Priority', exact: true }).waitFor();
    const after = await cardBoxes(tablet);
    const moved = after.filter(
      (box, i) =>
        Math.abs(box.card.x - before[i]!.card.x) > 1 || Math.abs(box.card.y - before[i]!.card.y) > 1,
    );
    expect(moved.map((box) => box.title)).toEqual([]);

    const phone = await open(crowded.urls.team, 390, 844, true);
    await expect
      .poll(() => phone.locator('.priority-map__area .map-card:not(.map-card--probe)').count())
      .toBe(26);
    const bar = (await phone.locator('.tablet__bar').boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(110);
    // No word of a title is broken across lines, on the phone, the tablet or the wall.
    await crowdedWall(crowded);
    for (const page of [phone, tablet, ...walls])
      expect(await brokenWords(page), JSON.stringify(page.viewportSize())).toEqual([]);

    // A finger swiping up over the map scrolls the page, and moves no card.
    const unswiped = await cardBoxes(phone);
    const area = (await phone.locator('.priority-map__area').boundingBox())!;
    const startY = await phone.evaluate(() => scrollY);
    // Real touch events, as a finger makes them: down on a card, up the screen, lifted.
    const cdp = await phone.context().newCDPSession(phone);
    const [x, y] = [Math.round(area.x + area.width * 0.75), 600];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 30 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => phone.evaluate(() => scrollY)).toBeGreaterThan(startY + 100);
    const swiped = await cardBoxes(phone);
    expect(swiped.map((b) => [b.title, Math.round(b.card.x), Math.round(b.card.y)])).toEqual(
      unswiped.map((b) => [b.title, Math.round(b.card.x), Math.round(b.card.y)]),
    );

    // Open a priority at the foot of the map, send it top right: it is in sight, above the sheet.
    const low = phone.locator('.priority-map__area .map-card', { hasText: 'Parking charges review' });
    await low.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await low.tap();
    const sheet = phone.getByRole('region', { name: 'Priority', exact: true });
    await sheet.getByRole('button', { name: /^Move to top right/ }).tap();
    await expect
      .poll(async () => {
        const card = (await low.boundingBox())!;
        const top = (await sheet.boundingBox())!.y;
        return `${Math.round(card.y)}–${Math.round(card.y + card.height)} between ${Math.round(bar.height)} and ${Math.round(top)}: ${card.y >= bar.height && card.y + card.height <= top}`;
      })
      .toMatch(/true$/);
  });
});

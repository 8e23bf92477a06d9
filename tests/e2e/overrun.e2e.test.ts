import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { screens } from '../support/screens.js';
import { setAxes, setFocus } from '../support/scenario.js';
import { createWorkshop, mintToken, putPriorities } from '../support/server.js';

const run = requireChromium();
const env = screens();

/** Where each named control is on the page, to the pixel. */
async function boxes(page: Page, names: string[]) {
  const found: Record<string, { x: number; y: number; bottom: number }> = {};
  for (const name of names) {
    const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    found[name] = { x: Math.round(box.x), y: Math.round(box.y), bottom: Math.round(box.y + box.height) };
  }
  return found;
}

describe.runIf(run)('an item that runs over, in real Chromium', () => {
  env.startForSuite();

  it('moves none of the console’s controls, and none of the projector’s rows', async () => {
    // Two items with titles of the same, realistic length: the first has no time, so it runs over at once.
    const title = (n: number) =>
      `Team task ${n}: work up the initial options for each priority allocated to the team, with money, culture and power`;
    const w = await createWorkshop(env.server.baseUrl, {
      agenda: [
        { title: title(1), kind: 'team-task', durationMin: 0, plannedStart: '9.00' },
        { title: title(2), kind: 'team-task', durationMin: 30 },
      ],
    });
    const projectorLink = await mintToken(env.server.baseUrl, w, { role: 'projector' });
    const consolePage = await (
      await env.browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await consolePage.goto(w.facilitatorUrl);
    const projector = await (
      await env.browser.newContext({ viewport: { width: 1280, height: 720 } })
    ).newPage();
    await projector.goto(projectorLink.url);

    const controls = ['Pause', 'Previous item', 'Next item', '+1 min', '+5 min', '−1 min', '−5 min'];
    const projectorRows = async () => ({
      title: Math.round((await projector.getByRole('heading', { level: 1 }).boundingBox())!.y),
      programme: Math.round((await projector.locator('.progress-bar').boundingBox())!.y),
    });

    await consolePage.getByRole('button', { name: 'Start the clock' }).click();
    await consolePage.getByRole('timer').getByText('Over time').waitFor();
    await projector.getByRole('timer').getByText('Over time').waitFor();
    const over = await boxes(consolePage, controls);
    const overRows = await projectorRows();

    await consolePage.getByRole('button', { name: 'Next item' }).click();
    await consolePage
      .getByRole('timer')
      .getByText(/^30:00|^29:5\d/)
      .waitFor();
    await projector.getByRole('timer').getByText('Over time').waitFor({ state: 'detached' });
    expect(await boxes(consolePage, controls)).toEqual(over);
    expect(await projectorRows()).toEqual(overRows);
    // The extensions are reachable without scrolling, however long the item's title.
    expect(over['+5 min']!.bottom).toBeLessThanOrEqual(800);
  });

  it('keeps the map, both axis names and the programme on the wall with the longest axis names', async () => {
    const w = await createWorkshop(env.server.baseUrl);
    const projectorLink = await mintToken(env.server.baseUrl, w, { role: 'projector' });
    const x = 'How easily the council and partners could deliver it soon';
    const y = 'How much difference it would make to residents and firms';
    await setAxes(env.server.baseUrl, w, x, y);
    await setFocus(env.server.baseUrl, w, { kind: 'map' });
    // Priorities waiting above the map take their row as well.
    await putPriorities(env.server.wsUrl, w.id, w.facilitatorToken, ['Waiting one', 'Waiting two']);
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      const wall = await (await env.browser.newContext({ viewport: { width, height } })).newPage();
      await wall.goto(projectorLink.url);
      await wall.getByText(x).waitFor();
      for (const part of [
        wall.getByText(`↑ ${y}`),
        wall.getByText(`${x} →`),
        wall.locator('.progress-bar'),
        wall.locator('.next-item'),
      ]) {
        const box = (await part.boundingBox())!;
        expect(box.y + box.height, `${width}×${height}`).toBeLessThanOrEqual(height);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps the clock in view, with its urgent buttons, while the facilitator works on the map', async () => {
    const w = await createWorkshop(env.server.baseUrl, {
      teams: Array.from({ length: 12 }, (_, i) => `Task team ${i + 1}`),
    });
    await putPriorities(env.server.wsUrl, w.id, w.facilitatorToken, ['Merge the planning teams'], null, {
      x: 0.7,
      y: 0.7,
    });
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(w.facilitatorUrl);
    await page.getByRole('button', { name: 'Start the clock' }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    // Twelve teams, their codes and links scroll in their own column: the map starts within two screens.
    const mapTop = await page
      .locator('.priority-map__area')
      .evaluate((el) => el.getBoundingClientRect().top + scrollY);
    console.log(`the console's map starts ${Math.round(mapTop)} px down with twelve teams`);
    expect(mapTop).toBeLessThan(1400);
    // With the clock in sight there is one of each button.
    expect(await page.getByRole('region', { name: 'The clock, kept in view' }).count()).toBe(0);

    // Down on the map, allocating a priority: the clock is still on the screen.
    const card = page.locator('.priority-map__area .map-card', { hasText: 'Merge the planning teams' });
    await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await card.click();
    await page.getByRole('region', { name: 'Priority', exact: true }).waitFor();
    const strip = page.getByRole('region', { name: 'The clock, kept in view' });
    await strip.waitFor();
    const timer = (await strip.getByRole('timer').boundingBox())!;
    expect(timer.y).toBeGreaterThanOrEqual(0);
    expect(timer.y + timer.height).toBeLessThanOrEqual(800);
    // One Pause on the screen at a time: the console's own is out of sight.
    const pauses = await page.getByRole('button', { name: 'Pause', exact: true }).all();
    const onScreen = await Promise.all(
      pauses.map(async (b) => {
        const box = (await b.boundingBox())!;
        return box.y >= 0 && box.y + box.height <= 800;
      }),
    );
    expect(onScreen.filter(Boolean)).toHaveLength(1);

    // Its buttons work from there: five more minutes take the countdown past the item's length.
    const before = (await strip.getByRole('timer').locator('.countdown__time').textContent())!;
    await strip.getByRole('button', { name: '+5 min' }).click();
    await expect
      .poll(async () => minutes(await strip.getByRole('timer').locator('.countdown__time').textContent()))
      .toBeGreaterThanOrEqual(minutes(before) + 4);

    // Back at the top, the console's own clock takes over again.
    await page.evaluate(() => scrollTo(0, 0));
    await strip.waitFor({ state: 'detached' });
  });
});

const minutes = (text: string | null) => Number(/(\d+):\d\d/.exec(text ?? '')?.[1] ?? NaN);

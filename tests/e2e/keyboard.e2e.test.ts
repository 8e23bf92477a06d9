import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { drawnQuadrant } from '../support/mapGeometry.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken, putPriorities } from '../support/server.js';

const run = requireChromium();
const env = screens();

/** Presses Tab until `name` has the focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return [
        el?.getAttribute('aria-label'),
        el?.textContent,
        (el as HTMLInputElement | null)?.labels?.[0]?.textContent,
      ]
        .filter(Boolean)
        .join(' ');
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe.runIf(run)('a tablet by keyboard alone, in real Chromium', () => {
  env.startForSuite();

  it('adds a priority, opens it, edits its note, votes, moves it to a quadrant and opens the next card in map order', async () => {
    const w = await createWorkshop(env.server.baseUrl);
    const team = await mintToken(env.server.baseUrl, w, { role: 'team', teamId: 'team-1' });
    // A card already at the bottom right: after the top-right quadrant, it comes next in reading order.
    await putPriorities(env.server.wsUrl, w.id, w.facilitatorToken, ['Later in the map'], null, {
      x: 0.75,
      y: 0.25,
    });
    const tablet = await (await env.browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await tablet.goto(team.url);
    await tablet.getByText('Task team 1', { exact: true }).waitFor();

    await tabTo(tablet, /New priority/);
    await tablet.keyboard.type('Share back-office services');
    await tabTo(tablet, /Add priority/);
    await tablet.keyboard.press('Enter');

    await tabTo(tablet, /^Share back-office services/);
    await tablet.keyboard.press('Enter');
    await expect.poll(() => tablet.evaluate(() => document.activeElement?.textContent)).toBe('Priority');

    await tabTo(tablet, /^Note/);
    await tablet.keyboard.type('Ask the district about payroll');
    await tabTo(tablet, /Add a vote/);
    await tablet.keyboard.press('Enter');
    await tablet.getByText('Your votes here: 1.').waitFor();
    await tabTo(tablet, /Move to top right/);
    await tablet.keyboard.press('Enter');
    await expect.poll(() => drawnQuadrant(tablet, 'Share back-office services')).toBe('top right');

    // Closing the priority takes the keyboard back to its card; the next card in the map's
    // reading order is one Tab away from it.
    await tabTo(tablet, /^Close$/);
    await tablet.keyboard.press('Enter');
    const focused = () => tablet.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focused).toMatch(/^Share back-office services/);
    await tablet.keyboard.press('Tab');
    await expect.poll(focused).toMatch(/^Later in the map/);

    // Space picks it up, the arrow keys carry it across to the left, Space puts it down there.
    await tablet.keyboard.press('Space');
    // Carry it only once it is picked up (a loaded machine may take a frame or two to say so).
    await tablet.getByText(/^Picked up Later in the map/).waitFor({ state: 'attached' });
    // The keyboard sensor starts listening a moment after it says so: the first arrow press that
    // counts is the one that moves the carried copy (on a loaded machine, not always the first sent).
    const carried = tablet.locator('.map-card--carried');
    const startX = (await carried.boundingBox())!.x;
    await expect
      .poll(async () => {
        await tablet.keyboard.press('ArrowLeft');
        return (await carried.boundingBox())!.x;
      })
      .toBeLessThan(startX);
    for (let i = 0; i < 15; i++) await tablet.keyboard.press('ArrowLeft');
    await tablet.keyboard.press('Space');
    await expect.poll(() => drawnQuadrant(tablet, 'Later in the map')).toBe('bottom left');
    await tablet.keyboard.press('Enter');
    await expect.poll(() => tablet.getByLabel('Title').inputValue()).toBe('Later in the map');
  });
});

import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, requireChromium } from '../support/browser.js';
import {
  populatedWorkshop,
  setFocus,
  showJoining,
  teamWorkWorkshop,
  type Scenario,
} from '../support/scenario.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = requireChromium();
let browser: Browser;
let s: RunningServer;
let scenario: Scenario;

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(url: string, width: number, height: number, ready: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
  await page.goto(url);
  await page.getByText(ready).first().waitFor();
  return page;
}

describe.runIf(run)('accessibility (axe-core) on every screen', () => {
  beforeAll(async () => {
    s = await startServer({ staticDir: path.resolve(import.meta.dirname, '..', '..', 'dist', 'client') });
    scenario = await populatedWorkshop(s.baseUrl);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('start page and join form', async () => {
    const joining = await open(
      `${s.baseUrl}/join/${scenario.joinCode}`,
      1280,
      800,
      'Setting up a new workshop',
    );
    expect(await violations(joining)).toEqual([]);
    // A code that is not one: the error is shown, in words, beside the form.
    await joining.getByLabel('Join code').fill('ZZZ-ZZZ');
    await joining.getByRole('button', { name: 'Join', exact: true }).click();
    await joining.locator('.form-error').waitFor();
    expect(await violations(joining)).toEqual([]);
    const creating = await open(s.baseUrl, 1280, 800, 'Create a workshop');
    expect(await violations(creating)).toEqual([]);
    // A team added and a long name typed: the count shows under its field.
    await creating.getByLabel('Workshop title').fill('Cabinet challenge workshop');
    await creating.getByRole('button', { name: /Add a task team/ }).click();
    await creating.getByLabel('Name of task team 1').fill('x'.repeat(58));
    await creating.getByText('58 of 60 characters').waitFor();
    expect(await violations(creating)).toEqual([]);
  });

  it('facilitator console, with its forms, panels and questions open', async () => {
    const page = await open(scenario.urls.facilitator, 1280, 800, 'Who is connected');
    expect(await violations(page)).toEqual([]);
    // The agenda and briefing editors, every join code, and the questions asked before a reset, a
    // revoke and removing a briefing card.
    await page.locator('summary', { hasText: 'Edit the agenda' }).click();
    await page.getByRole('region', { name: 'Edit the agenda' }).waitFor();
    await page.locator('summary', { hasText: 'Edit the briefing' }).click();
    await page.getByRole('button', { name: 'Remove this card' }).click();
    await page.getByRole('group', { name: 'Remove this card?' }).waitFor();
    await page.getByRole('button', { name: 'Show every team’s join code' }).click();
    await expect.poll(() => page.locator('.join-panel__code').count()).toBe(3);
    await page.getByRole('button', { name: 'Reset the clock' }).click();
    await page
      .getByRole('button', { name: /^Revoke/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Clear all votes' }).click();
    expect(await violations(page)).toEqual([]);
    // Down on the map with a priority open: the clock strip is showing too.
    const card = page.getByRole('button', { name: /Share back-office services/ });
    await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await card.click();
    await page.getByRole('region', { name: 'The clock, kept in view' }).waitFor();
    await page.getByRole('region', { name: 'Priority', exact: true }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('team tablet and phone, with a new priority waiting, a priority open and the network gone', async () => {
    for (const [width, height] of [
      [1024, 768],
      [390, 844],
    ] as const) {
      const page = await open(scenario.urls.team, width, height, 'Housing and growth’s priorities');
      await page.getByLabel('New priority').fill(`Waiting on a ${width} screen`);
      await page.getByRole('button', { name: 'Add priority' }).click();
      await page.getByRole('region', { name: 'Not on the map yet' }).waitFor();
      await page
        .getByRole('group', { name: 'Priority map' })
        .getByRole('button', { name: /Neighbourhood plans/ })
        .click();
      await page.getByRole('region', { name: 'Priority', exact: true }).waitFor();
      expect(await violations(page), `${width}×${height}`).toEqual([]);
      await page.context().setOffline(true);
      await page.getByText('You’re offline').first().waitFor();
      expect(await violations(page), `${width}×${height} offline`).toEqual([]);
      await page.context().setOffline(false);
    }
  });

  it('projector, showing the clock, then the map, a team’s work and the joining screen', async () => {
    const page = await open(scenario.urls.projector, 1920, 1080, 'Team task 1');
    expect(await violations(page)).toEqual([]);
    await setFocus(s.baseUrl, scenario.workshop, { kind: 'map' });
    await page.locator('.priority-map').waitFor();
    expect(await violations(page)).toEqual([]);
    await setFocus(s.baseUrl, scenario.workshop, { kind: 'team', teamId: 'team-1' });
    await page.getByText('Housing and growth’s priorities').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await showJoining(s.baseUrl, scenario.workshop);
    // The QR codes show when this machine has one network address (PUBLIC_URL is not set here).
    await expect.poll(() => page.locator('.joining__code').count()).toBe(3);
    await page.getByRole('heading', { name: /^On a tablet/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    await setFocus(s.baseUrl, scenario.workshop, { kind: 'agenda' });
  });

  it('Leader’s chair and witness screen', async () => {
    const leader = await open(scenario.urls.leader, 1280, 800, 'Order of presentations');
    expect(await violations(leader)).toEqual([]);
    const witness = await open(scenario.urls.witness, 1024, 768, 'Team task 1');
    expect(await violations(witness)).toEqual([]);
  });

  it('a team’s options and propositions on its tablet, and the console’s overview of them', async () => {
    const { workshop, team } = await teamWorkWorkshop(s.baseUrl);
    const tablet = await open(team, 1024, 768, 'Housing and growth’s options');
    await tablet.getByRole('article', { name: 'Option 1' }).waitFor();
    expect(await violations(tablet)).toEqual([]);
    await tablet.getByRole('button', { name: 'Propositions', exact: true }).click();
    await tablet.getByRole('article', { name: 'Leisure as a staff mutual' }).waitFor();
    expect(await violations(tablet)).toEqual([]);
    const console = await open(workshop.facilitatorUrl, 1280, 800, 'Options and propositions');
    await console.getByText('Leisure as a staff mutual — Ready for dissent').waitFor();
    expect(await violations(console)).toEqual([]);
  });
});

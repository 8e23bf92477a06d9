import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCards, type CreatedWorkshop } from '../../shared/src/index.js';
import { requireChromium } from '../support/browser.js';
import { allocate } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import {
  connectProvider,
  createWorkshop,
  mintToken,
  putPriorities,
  synced,
  waitFor,
} from '../support/server.js';

const run = requireChromium();
const env = screens();

async function open(url: string, width = 1280, height = 800): Promise<Page> {
  const page = await (await env.browser.newContext({ viewport: { width, height } })).newPage();
  await page.goto(url);
  return page;
}

/** Serious and critical axe violations on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The id a tablet gave the priority it added, read through the stock client as any device would. */
async function idOf(workshop: CreatedWorkshop, title: string): Promise<string> {
  const wsUrl = env.server.baseUrl.replace(/^http/, 'ws') + '/yjs';
  const reader = connectProvider(wsUrl, workshop.id, workshop.facilitatorToken, new Y.Doc());
  try {
    await synced(reader);
    await waitFor(() => readCards(reader.doc).some((c) => c.title === title), `“${title}” on the server`);
    return readCards(reader.doc).find((c) => c.title === title)!.id;
  } finally {
    reader.destroy();
  }
}

describe.runIf(run)('Renewing Top Team Working: a series of three, in real Chromium', () => {
  env.startForSuite();

  it('a later workshop opens with the first one’s priorities carried forward, with their status, read only', async () => {
    const base = env.server.baseUrl;
    const first = await createWorkshop(base, {
      title: 'Anytown top team',
      templateId: 'renewing-top-team-working-1',
      teams: ['Cabinet', 'Corporate management team'],
    });

    // Workshop 1: the cabinet's tablet adds a priority, puts it top right and gives it two votes.
    const cabinet = await open(
      (await mintToken(base, first, { role: 'team', teamId: 'team-1' })).url,
      1024,
      768,
    );
    await cabinet.getByLabel('New priority').fill('One front door for residents');
    await cabinet.getByLabel('Category').selectOption({ label: 'The communities’ aspirations and needs' });
    await cabinet.getByRole('button', { name: 'Add priority' }).click();
    await cabinet
      .getByRole('region', { name: 'Not on the map yet' })
      .getByRole('button', { name: 'One front door for residents' })
      .click();
    await cabinet.getByRole('button', { name: /^Move to top right/ }).click();
    await cabinet.getByRole('button', { name: 'Add a vote' }).click();
    await cabinet.getByRole('button', { name: 'Add a vote' }).click();
    await cabinet.getByRole('button', { name: 'Close', exact: true }).click();
    await cabinet.locator('.map-card', { hasText: '● 2 votes' }).waitFor();
    // A second, never put on the map; the facilitator allocates the first.
    const wsUrl = base.replace(/^http/, 'ws') + '/yjs';
    await putPriorities(wsUrl, first.id, first.facilitatorToken, ['Council tax freeze']);
    await allocate(base, first, await idOf(first, 'One front door for residents'), 'team-2');

    // The facilitator starts workshop 2 from workshop 1's console, and opens it from there.
    const facilitator = await open(first.facilitatorUrl);
    await facilitator.getByRole('button', { name: 'Start workshop 2 of 3: a joint vision' }).click();
    const address = facilitator.getByLabel('Address of the console of workshop 2 of 3');
    await address.waitFor();
    const secondUrl = new URL(await address.inputValue());
    const second = {
      id: secondUrl.pathname.split('/')[2]!,
      facilitatorToken: new URLSearchParams(secondUrl.hash.slice(1)).get('token')!,
    } as CreatedWorkshop;
    expect(second.id).not.toBe(first.id);
    expect(await violations(facilitator)).toEqual([]);
    await facilitator.getByRole('link', { name: 'Open workshop 2 of 3' }).click();
    await facilitator.waitForURL(`**/w/${second.id}/facilitator`);
    await facilitator.getByText('Anytown top team, workshop 2 of 3').waitFor();
    await facilitator.getByRole('region', { name: 'Workshop 1 of 3: Anytown top team' }).waitFor();

    // A tablet of workshop 2 opens on "Where workshop 1 left us", showing the carried priorities.
    const board = await open(
      (await mintToken(base, second, { role: 'team', teamId: 'team-2' })).url,
      1024,
      768,
    );
    const earlier = board.getByRole('region', { name: 'Workshop 1 of 3: Anytown top team' });
    const list = earlier.getByRole('list', { name: 'Priorities from workshop 1' });
    await list.waitFor();
    await expect
      .poll(() => list.getByRole('listitem').allTextContents())
      .toEqual([
        'One front door for residentsThe communities’ aspirations and needsAllocated to Corporate management team · 2 votes · more impact on the place, more ease of delivery',
        'Council tax freezeNot allocated · 0 votes · not put on the map',
      ]);
    expect(await violations(board)).toEqual([]);
    // Read only: nothing in it can be pressed, typed into or dragged.
    expect(await earlier.locator('button, input, select, textarea, [draggable="true"]').count()).toBe(0);
    // Workshop 2's own map starts empty.
    await board.getByRole('button', { name: 'Priority map' }).click();
    await board.getByRole('group', { name: 'Priority map' }).waitFor();
    // (The map measures its card size with a hidden probe card; no priority is drawn.)
    expect(await board.locator('.map-card:not(.map-card--probe)').count()).toBe(0);
    await board.getByRole('button', { name: 'Carried forward' }).click();
    await list.waitFor();

    // The Leader's chair shows them too.
    const leader = await open((await mintToken(base, second, { role: 'leader' })).url);
    await leader
      .getByRole('region', { name: 'Carried forward' })
      .getByText('Allocated to Corporate management team · 2 votes', { exact: false })
      .waitFor();

    for (const page of [cabinet, facilitator, board, leader]) await page.context().close();
  });
});

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken } from '../support/server.js';

const run = requireChromium();

const env = screens();
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(width: number, height: number, name: string, url: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  await page.goto(url);
  return page;
}

/** The agenda as a screen lists it: "time title" per item, in order. */
async function agendaOf(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
  return items.evaluateAll((lis) =>
    lis.map((li) =>
      [li.querySelector('.agenda__time')?.textContent, li.querySelector('.agenda__title')?.textContent].join(
        ' ',
      ),
    ),
  );
}

describe.runIf(run)('editing the agenda and revoking a link, in real Chromium', () => {
  env.startForSuite();

  it('the facilitator reorders by keyboard and re-times; every screen follows; a revoked tablet is cut off', async () => {
    const w = await createWorkshop(env.server.baseUrl);
    const witness = await mintToken(env.server.baseUrl, w, { role: 'witness' });
    const team = await mintToken(env.server.baseUrl, w, {
      role: 'team',
      teamId: 'team-1',
      name: 'Cllr Patel',
    });
    const tablet = await newPage(1024, 768, 'tablet', team.url);
    await tablet.getByText('Task team 1', { exact: true }).waitFor();
    const facilitator = await newPage(1280, 800, 'facilitator', w.facilitatorUrl);
    const screen = await newPage(1280, 720, 'witness', witness.url);
    await screen.getByRole('list', { name: 'Agenda' }).waitFor();
    const [first, second] = w.agenda;

    // Keyboard drag: space picks the item up, the arrow moves it, space puts it down.
    await facilitator.locator('summary', { hasText: 'Edit the agenda' }).click();
    const handle = facilitator.getByRole('button', { name: `Drag ${first!.title} to another place` });
    await handle.focus();
    // dnd-kit measures the list between keys, as a person's pace allows.
    for (const key of ['Space', 'ArrowDown', 'Space']) {
      await facilitator.keyboard.press(key);
      await facilitator.waitForTimeout(150);
    }
    await expect.poll(async () => (await agendaOf(screen))[0]).toBe(`9.00 ${second!.title}`);
    expect((await agendaOf(screen))[1]).toBe(`9.40 ${first!.title}`);
    // The clock stays on the introduction, wherever it now stands.
    await expect
      .poll(() => screen.getByRole('listitem').filter({ hasText: first!.title }).getAttribute('aria-current'))
      .toBe('step');

    // Re-time the briefing (now first): the introduction's planned time re-flows on every screen.
    const row = facilitator.locator('.agenda-editor__item', { hasText: `Save` }).first();
    await row.getByLabel('Minutes').fill('30');
    await facilitator.getByRole('button', { name: `Save changes to ${second!.title}` }).click();
    await expect.poll(async () => (await agendaOf(screen))[1]).toBe(`9.30 ${first!.title}`);
    await expect.poll(async () => (await agendaOf(facilitator))[1]).toBe(`9.30 ${first!.title}`);

    // Revoke the tablet's link: it is cut off at once and says why.
    const who = 'Task team · Task team 1 · Cllr Patel';
    await facilitator.getByRole('button', { name: `Revoke the link for ${who}` }).click();
    await facilitator.getByRole('button', { name: 'Yes, revoke it' }).click();
    await tablet.getByText(/revoked/).waitFor();
    await facilitator.locator('.link-list__item--revoked', { hasText: 'Cllr Patel' }).waitFor();

    // A second console on another laptop runs the same workshop: the first sees what it does.
    await facilitator.getByRole('button', { name: 'Make a link for Facilitator' }).click();
    const secondUrl = await facilitator
      .getByRole('link', { name: 'Open the facilitator’s console' })
      .getAttribute('href');
    const laptop = await newPage(1280, 800, 'second console', secondUrl!);
    await laptop.getByRole('button', { name: 'Start the clock' }).click();
    await facilitator.getByRole('button', { name: 'Pause' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken, putPriorities } from '../support/server.js';

const run = requireChromium();
const env = screens();

const OURS = 'Share back-office services with the district';
const THEIRS = 'Shared services with the districts';

describe.runIf(run)('one title retyped on two tablets at once, in real Chromium', () => {
  env.startForSuite();

  it('ends as one whole version on both, and the tablet whose version lost says so and can put it back', async () => {
    const w = await createWorkshop(env.server.baseUrl);
    await putPriorities(env.server.wsUrl, w.id, w.facilitatorToken, ['Shares back office']);
    const tablets: Page[] = [];
    for (const teamId of ['team-1', 'team-2']) {
      const team = await mintToken(env.server.baseUrl, w, { role: 'team', teamId });
      const page = await (await env.browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
      await page.goto(team.url);
      await page.locator('.map-card', { hasText: 'Shares back office' }).click();
      tablets.push(page);
    }
    const [a, b] = tablets as [Page, Page];

    // One tablet retitles offline while the other retitles online.
    await a.context().setOffline(true);
    await a.getByText('Offline — kept on this tablet').or(a.getByText('You’re offline')).first().waitFor();
    await a.getByLabel('Title').fill(OURS);
    await a.getByLabel('Title').press('Enter');
    await b.getByLabel('Title').fill(THEIRS);
    await b.getByLabel('Title').press('Enter');
    await a.context().setOffline(false);

    const titles = () => Promise.all([a, b].map((p) => p.getByLabel('Title').inputValue()));
    await expect.poll(async () => new Set(await titles()).size, { timeout: 20_000 }).toBe(1);
    const [kept] = await titles();
    expect([OURS, THEIRS]).toContain(kept);
    const [winner, loser, lost] = kept === OURS ? [a, b, THEIRS] : [b, a, OURS];
    await loser.getByText(`Theirs was kept: “${kept}”.`).waitFor();
    await expect.poll(() => winner.getByText('Someone else changed this title').count()).toBe(0);

    await loser.getByRole('button', { name: `Use mine instead: “${lost}”` }).click();
    await expect.poll(() => winner.getByLabel('Title').inputValue()).toBe(lost);
    expect(await winner.getByText('Someone else changed this title').count()).toBe(0);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { addMember, goToItem } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken } from '../support/server.js';

const run = requireChromium();
const env = screens();

/** A cabinet's tablet, speaking for its portfolio holder. */
async function cabinetTablet(url: string, name: string): Promise<Page> {
  const tablet = await env.open(url, 1024, 768);
  const ask = tablet.getByRole('region', { name: 'Who is using this tablet?' });
  await ask.getByLabel(new RegExp(name)).check();
  await ask.getByRole('button', { name: 'These people are here' }).click();
  await tablet.getByText(`Speaking for ${name}`).waitFor();
  return tablet;
}

async function addHeadline(tablet: Page, headline: string, fit: string): Promise<void> {
  const form = tablet.getByRole('form', { name: 'Add a headline priority' });
  await form.getByLabel('Headline priority').fill(headline);
  await form.getByLabel('How it fits').fill(fit);
  await form.getByRole('button', { name: 'Add priority' }).click();
  await tablet
    .getByRole('textbox', { name: 'Headline' })
    .and(tablet.locator(`[value="${headline}"]`))
    .waitFor();
}

describe.runIf(run)('the two councils’ programme, in real Chromium against the real server', () => {
  env.startForSuite();

  it('two cabinets set out priorities; the console pools and merges them; a portfolio-holder pair is made and recorded', async () => {
    const base = env.server.baseUrl;
    const w = await createWorkshop(base, {
      templateId: 'shared-services-leadership',
      title: 'Shared services',
    });
    await addMember(base, w, {
      id: 'm-ann',
      name: 'Ann Lee',
      teamId: 'team-1',
      bodyId: 'first-cabinet',
      role: 'Portfolio holder, Finance',
    });
    await addMember(base, w, {
      id: 'm-raj',
      name: 'Raj Patel',
      teamId: 'team-2',
      bodyId: 'second-cabinet',
      role: 'Portfolio holder, Finance and Resources',
    });
    await goToItem(base, w, 'corporate-priorities');
    const first = await cabinetTablet(
      (await mintToken(base, w, { role: 'team', teamId: 'team-1' })).url,
      'Ann Lee',
    );
    const second = await cabinetTablet(
      (await mintToken(base, w, { role: 'team', teamId: 'team-2' })).url,
      'Raj Patel',
    );
    const wall = await env.open((await mintToken(base, w, { role: 'projector' })).url, 1920, 1080);
    const console = await env.open(w.facilitatorUrl, 1280, 800);

    await addHeadline(first, 'Growing the local economy', 'Fewer posts, more partners');
    await addHeadline(first, 'Leisure centres', 'Kept open by the community');
    await addHeadline(second, 'Jobs and growth', 'Through the local enterprise partnership');
    await addHeadline(second, 'Affordable housing', 'Neighbourhood plans under the Bill');

    const pooling = console.getByRole('region', { name: 'Pooling the corporate priorities' });
    await pooling.getByRole('button', { name: 'Separate: Leisure centres' }).click();
    await pooling.getByRole('button', { name: 'Separate: Affordable housing' }).click();
    await pooling.getByRole('button', { name: 'Shared: Growing the local economy' }).click();
    await pooling
      .getByLabel('Merge “Jobs and growth” with')
      .selectOption({ label: 'Growing the local economy' });
    await pooling.getByRole('button', { name: 'Merge “Jobs and growth”' }).click();

    // The wall: the merged priority with both wordings and both councils, and each council's own.
    const shared = wall.getByRole('region', { name: 'Shared: one agenda for the managers' });
    await shared.getByText('Merged: First council and Second council').waitFor();
    await expect.poll(() => shared.innerText()).toMatch(/Growing the local economy \(First council\)/);
    await expect.poll(() => shared.innerText()).toMatch(/Jobs and growth \(Second council\)/);
    await expect.poll(() => shared.innerText()).toMatch(/Through the local enterprise partnership/);
    await wall
      .getByRole('region', { name: 'First council’s own' })
      .getByText(/Leisure centres/)
      .waitFor();
    await wall
      .getByRole('region', { name: 'Second council’s own' })
      .getByText(/Affordable housing/)
      .waitFor();

    // 11.15: the board proposes the two finance portfolio holders; the console pairs them; they write.
    await goToItem(base, w, 'portfolio-pairs');
    const pairing = console.getByRole('region', { name: 'Pairing the portfolio holders' });
    await pairing.getByRole('button', { name: 'Pair Ann Lee and Raj Patel' }).click();
    const note = first.getByLabel('How we will work as a pair and with our managers');
    await note.fill('A joint finance briefing every month with the shared director');
    await expect
      .poll(() => second.getByLabel('How we will work as a pair and with our managers').inputValue())
      .toBe('A joint finance briefing every month with the shared director');
    const pairs = wall.getByRole('region', { name: 'Portfolio-holder pairs' });
    await expect
      .poll(() => pairs.innerText())
      .toMatch(/Ann Lee \(Portfolio holder, Finance, First council\) and Raj Patel/);
    await expect.poll(() => pairs.innerText()).toMatch(/A joint finance briefing every month/);
  });
});

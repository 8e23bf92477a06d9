import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { dissentWorkshop } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import { mintToken } from '../support/server.js';

const run = requireChromium();
const env = screens();

/** A part of a screen's text as one line, however it is laid out. */
const words = async (part: Locator) => (await part.innerText()).replace(/\s+/g, ' ');

/** What a tablet tells its team to do now. */
const nowOn = (tablet: Page) => tablet.getByRole('region', { name: 'What to do now' });

describe.runIf(run)('ritual dissent, in real Chromium against the real server', () => {
  env.startForSuite();

  it('runs one full round with three teams: every screen shows the pairing and phase; points go to the presenting team, which answers them', async () => {
    const base = env.server.baseUrl;
    const { workshop, tablets } = await dissentWorkshop(base);
    const wall = await env.open((await mintToken(base, workshop, { role: 'projector' })).url, 1920, 1080);
    const console = await env.open(workshop.facilitatorUrl, 1280, 800);
    const housing = await env.tabletFor(tablets['team-1']!.url, 'Priya Shah');
    const care = await env.tabletFor(tablets['team-2']!.url, 'Tom Jones');
    const communities = await env.tabletFor(tablets['team-3']!.url, 'Raj Patel');

    // The console plans one round and starts it; the wall switches to the rotation by itself.
    const desk = console.getByRole('region', { name: 'Ritual dissent' });
    await desk.getByRole('combobox', { name: 'Rounds' }).selectOption('1');
    await desk.getByRole('button', { name: 'Plan the rounds' }).click();
    await desk.getByRole('button', { name: 'Start the round' }).click();
    const rotation = wall.getByRole('region', { name: 'Ritual dissent rotation' });
    await expect
      .poll(() => rotation.getByRole('timer', { name: /Time left to present/ }).innerText())
      .toMatch(/Round 1 of 1/);
    for (const line of [
      'Housing and growth’s spokesperson, Priya Shah → Adult care',
      'Adult care’s spokesperson, Tom Jones → Communities',
      'Communities’ spokesperson, Raj Patel → Housing and growth',
    ])
      await expect.poll(() => words(rotation)).toContain(line);
    await expect.poll(() => rotation.innerText()).toMatch(/Present/);
    // The item's countdown stays in view beside the phase's.
    await wall.getByRole('timer', { name: 'Time left on this item' }).waitFor();
    await wall.getByRole('timer', { name: /Time left to present/ }).waitFor();

    // Every tablet tells its team what to do now.
    await expect.poll(() => nowOn(housing).innerText()).toMatch(/Priya Shah presents to Adult care/);
    await expect.poll(() => nowOn(care).innerText()).toMatch(/You are hearing Housing and growth/);
    await expect.poll(() => nowOn(communities).innerText()).toMatch(/You are hearing Adult care/);

    // Dissent: Adult care attacks Housing and growth's proposition, live.
    await desk.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => rotation.innerText()).toMatch(/Dissent/);
    await expect
      .poll(() => nowOn(care).innerText())
      .toMatch(/You are hearing Housing and growth\. Dissent: why will this fail\?/);
    await care.getByRole('button', { name: 'Add a point' }).click();
    await care
      .getByRole('textbox', { name: 'Point 1', exact: true })
      .fill('Staff will not vote to leave the council');
    const received = housing.getByRole('region', { name: 'Points we received' });
    await expect.poll(() => received.innerText()).toContain('Staff will not vote to leave the council');
    // Communities hears Adult care: its point goes against Adult care's proposition, not Housing's.
    await communities.getByRole('button', { name: 'Add a point' }).click();
    await communities
      .getByRole('textbox', { name: 'Point 1', exact: true })
      .fill('Nobody owns the front door');
    await expect
      .poll(() => care.getByRole('region', { name: 'Points we received' }).innerText())
      .toContain('Nobody owns the front door');
    await expect.poll(() => received.innerText()).not.toContain('Nobody owns the front door');

    // Revise: the spokesperson is back; the team marks the point addressed, and the history shows it.
    await desk.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => rotation.innerText()).toMatch(/Revise/);
    await expect.poll(() => nowOn(housing).innerText()).toMatch(/Revise: Priya Shah is back/);
    await received.getByRole('button', { name: /^Addressed: .*Staff will not vote/ }).click();
    await received.getByLabel(/Our note on point 1/).fill('A staff ballot before anything else');
    const history = housing.getByRole('region', { name: 'History, round by round' });
    await expect.poll(() => history.innerText()).toMatch(/Round 1/);
    await expect.poll(() => history.innerText()).toMatch(/Leisure as a staff mutual/);
    await expect.poll(() => history.innerText()).toMatch(/Staff will not vote to leave the council/);
    await expect.poll(() => history.innerText()).toMatch(/Addressed/);
    // The listening team's round is over: its point is read only now.
    await expect(care.getByRole('textbox', { name: 'Point 1', exact: true }).count()).resolves.toBe(0);

    // Past the last round the wall follows the programme again.
    await desk.getByRole('button', { name: 'Next phase' }).click();
    await rotation.waitFor({ state: 'detached' });
  });
});

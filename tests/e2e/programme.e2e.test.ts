import { describe, expect, it } from 'vitest';
import { findTemplate, templates } from '../../shared/src/index.js';
import { requireChromium } from '../support/browser.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken } from '../support/server.js';

const run = requireChromium();
const env = screens();

describe.runIf(run)('the handbook’s programmes, in real Chromium', () => {
  env.startForSuite();

  it('creates a workshop from each template on the start page', async () => {
    for (const template of templates) {
      const page = await env.open(env.server.baseUrl, 1280, 800);
      await page.getByLabel('Workshop title').fill(`From ${template.title}`);
      await page.getByLabel('Programme').selectOption({ label: template.title });
      if (template.timesNote) await page.getByText(template.timesNote).waitFor();
      await page.getByRole('button', { name: 'Create the workshop' }).click();
      await page.waitForURL(/\/facilitator$/);
      // The console opens on the programme's first item, with every item in its agenda.
      await page.getByRole('heading', { level: 1, name: `Now ${template.agenda[0]!.title}` }).waitFor();
      await expect
        .poll(() => page.getByRole('list', { name: 'Agenda' }).getByRole('listitem').count())
        .toBe(template.agenda.length);
      await page.context().close();
    }
  });

  it('steps the projector through an input’s briefing cards; tablets follow the programme', async () => {
    const w = await createWorkshop(env.server.baseUrl);
    const agenda = findTemplate('strategic-political-leadership')!.agenda;
    const title = (id: string) => agenda.find((i) => i.id === id)!.title;
    const console = await env.open(w.facilitatorUrl, 1280, 800);
    const projector = await env.open(
      (await mintToken(env.server.baseUrl, w, { role: 'projector' })).url,
      1920,
      1080,
    );
    const tablet = await env.open(
      (await mintToken(env.server.baseUrl, w, { role: 'team', teamId: 'team-1' })).url,
      1024,
      768,
    );
    await tablet.getByRole('group', { name: 'Priority map' }).waitFor();

    // The 9.10 input: the wall shows its first card, each tablet the whole deck.
    await console.getByRole('button', { name: `Go to ${title('briefing')}` }).click();
    await projector.getByRole('heading', { name: 'Three major challenges face the council' }).waitFor();
    const deck = tablet.getByRole('region', { name: /What will change\?/ });
    await deck.getByRole('heading', { name: '1. Less bureaucracy' }).waitFor();

    // Like slides: two cards on, and the wall and the tablets' marked card follow.
    await console.getByRole('button', { name: 'Next card' }).click();
    await projector.getByRole('heading', { name: 'Defining the level of cuts' }).waitFor();
    await console.getByRole('button', { name: 'Next card' }).click();
    await projector.getByRole('heading', { name: 'The Localism Bill: the six essentials' }).waitFor();
    await projector.getByRole('list', { name: 'What will change?: card 3 of 10' }).waitFor();
    await expect
      .poll(() => tablet.locator('.briefing-card[aria-current="true"] h3').textContent())
      .toBe('The Localism Bill: the six essentials');

    // Team task 1: the tablets and the wall switch to the map by themselves (BOARD-11).
    await console
      .getByRole('region', { name: 'Clock controls' })
      .getByRole('button', { name: 'Next item' })
      .click();
    await tablet.getByRole('group', { name: 'Priority map' }).waitFor();
    await projector.getByRole('group', { name: 'Priority map' }).waitFor();
    // The facilitator can still put something else up; it lasts for this item.
    await console.getByRole('radio', { name: 'The clock and agenda' }).click();
    await projector.locator('.projector__big-clock').waitFor();
    await expect.poll(() => projector.getByRole('group', { name: 'Priority map' }).count()).toBe(0);

    // The 10.15 input, then coffee: the tablets follow each time.
    await console
      .getByRole('region', { name: 'Clock controls' })
      .getByRole('button', { name: 'Next item' })
      .click();
    await tablet.getByRole('heading', { name: 'Levels of change' }).waitFor();
    await projector.getByRole('heading', { name: 'Levels of change' }).waitFor();
    await console
      .getByRole('region', { name: 'Clock controls' })
      .getByRole('button', { name: 'Next item' })
      .click();
    await tablet.getByText('Back at 11.00').waitFor();
    // The next item ended the facilitator's choice: the wall follows the programme into the break.
    await projector.getByText('Back at 11.00').waitFor();
    await console
      .getByRole('radio', { name: 'Follow the programme (now the break, and when the room is back)' })
      .waitFor();
    await expect
      .poll(() => console.getByRole('radio', { name: /^Follow the programme/ }).isChecked())
      .toBe(true);
    // Earlier work stays one tap away.
    await tablet.getByRole('button', { name: 'Priority map' }).click();
    await tablet.getByRole('group', { name: 'Priority map' }).waitFor();
  });
});

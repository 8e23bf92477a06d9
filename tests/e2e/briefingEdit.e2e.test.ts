import { describe, expect, it } from 'vitest';
import { briefingCard, briefingText, readBriefing, replaceText } from '../../shared/src/index.js';
import { requireChromium } from '../support/browser.js';
import { goToItem, setBriefingStep } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import { connectProvider, createWorkshop, mintToken, synced } from '../support/server.js';

const run = requireChromium();
const env = screens();

const OUR_CUTS = 'Our cuts: £12m by 2014';
const NEW_POINT = '£4m of it from the shared back office';

describe.runIf(run)('the facilitator edits the workshop’s briefing, in real Chromium', () => {
  env.startForSuite();

  it('an edit on the console shows on the projector and a tablet at once; a tablet cannot edit it', async () => {
    const base = env.server.baseUrl;
    const w = await createWorkshop(base);
    // The 9.10 input, on its second card: "Defining the level of cuts".
    await goToItem(base, w, 'briefing');
    await setBriefingStep(base, w, 'briefing', 1);
    const team = await mintToken(base, w, { role: 'team', teamId: 'team-1' });
    const console = await env.open(w.facilitatorUrl, 1280, 800);
    const projector = await env.open((await mintToken(base, w, { role: 'projector' })).url, 1920, 1080);
    const tablet = await env.open(team.url, 1024, 768);
    await projector.getByRole('heading', { name: 'Defining the level of cuts' }).waitFor();
    const deck = tablet.getByRole('region', { name: /What will change\?/ });
    await deck.getByRole('heading', { name: 'Defining the level of cuts' }).waitFor();

    // The console: the card on the projector is the one open.
    await console.getByText('Edit the briefing', { exact: true }).click();
    const editor = console.getByRole('region', { name: 'Edit the briefing' });
    const cards = editor.getByRole('list', { name: 'Cards of What will change?' });
    await expect
      .poll(() =>
        cards.getByRole('button', { name: /^2\. Defining the level of cuts/ }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    const form = editor.getByRole('region', { name: 'Editing card 2 of 10' });
    await form.getByLabel(/^Lead/).pressSequentially(OUR_CUTS);
    await form.getByRole('button', { name: 'Add a point' }).click();
    await expect
      .poll(() =>
        form
          .getByRole('textbox', { name: 'Point 2', exact: true })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await console.keyboard.type(NEW_POINT);

    // During the input, the wall shows it on the card it is on, and the tablet in its deck.
    const slide = projector.locator('.briefing-slide');
    await slide.getByText(OUR_CUTS).waitFor();
    await slide.getByText(NEW_POINT).waitFor();
    const tabletCard = deck.locator('.briefing-card', { hasText: 'Defining the level of cuts' });
    await tabletCard.getByText(OUR_CUTS).waitFor();
    await tabletCard.getByText(NEW_POINT).waitFor();

    // A tablet has no way to edit it…
    expect(await tablet.getByText('Edit the briefing').count()).toBe(0);
    expect(await tablet.getByRole('button', { name: 'Add a point' }).count()).toBe(0);
    expect(await deck.getByRole('textbox').count()).toBe(0);

    // …and the server refuses a team link's write to it: closed, and nothing kept or shown.
    const intruder = connectProvider(env.server.wsUrl, w.id, team.token);
    try {
      await synced(intruder);
      const closed = new Promise<number>((resolve) =>
        intruder.on('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0)),
      );
      replaceText(
        briefingText(briefingCard(intruder.doc, 'briefing', 'level-of-cuts')!, 'lead'),
        'Nothing to cut',
      );
      expect(await closed).toBe(4403);
    } finally {
      intruder.destroy();
    }
    const check = connectProvider(env.server.wsUrl, w.id, w.facilitatorToken);
    try {
      await synced(check);
      expect(readBriefing(check.doc)[0]!.cards[1]).toMatchObject({
        lead: OUR_CUTS,
        points: ['What choices have you made and have yet to make?', NEW_POINT],
      });
    } finally {
      check.destroy();
    }
    expect(await slide.getByText('Nothing to cut').count()).toBe(0);
    await slide.getByText(OUR_CUTS).waitFor();
    for (const page of [console, projector, tablet]) await page.context().close();
  });
});

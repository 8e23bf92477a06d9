import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { addMember, goToItem } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken } from '../support/server.js';

const run = requireChromium();
const env = screens();

/** Serious and critical axe violations on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A team's tablet, speaking for one of its members, on its Witnesses tab. */
async function tablet(url: string, name: string): Promise<Page> {
  const page = await env.tabletFor(url, name);
  await page.getByRole('button', { name: 'Witnesses', exact: true }).click();
  return page;
}

describe.runIf(run)('witness sessions, in real Chromium against the real server', () => {
  env.startForSuite();

  it('the console arranges a witness, tablets write questions, the witness answers, and the notes come back', async () => {
    const base = env.server.baseUrl;
    const w = await createWorkshop(base, { teams: ['Housing', 'Adult care'] });
    const person = (id: string, name: string, teamId: string) =>
      addMember(base, w, { id, name, teamId, bodyId: 'cabinet', role: '' });
    await person('m-priya', 'Priya Shah', 'team-1');
    await person('m-tom', 'Tom Jones', 'team-1');
    await person('m-ann', 'Ann Lee', 'team-2');
    await person('m-sam', 'Sam Okafor', 'team-2');

    // The console sets up the witness and lets the board propose who goes where.
    const console = await env.open(w.facilitatorUrl, 1280, 800);
    const panel = console.getByRole('region', { name: 'Witness sessions' });
    const form = panel.getByRole('form', { name: 'Add a witness' });
    await form.getByLabel('Witness’s name').fill('Beth Evans');
    await form.getByLabel('Expertise').fill('staff mutuals');
    await form.getByLabel('Takes part').selectOption({ label: 'By video' });
    await form.getByRole('button', { name: 'Add the witness' }).click();
    await panel
      .getByRole('list', { name: 'Witnesses' })
      .getByText(/Beth Evans · staff mutuals · By video/)
      .waitFor();
    await panel.getByRole('button', { name: 'Propose who goes where' }).click();
    const seat = (name: string) => panel.getByRole('combobox', { name: `Witness for ${name}` });
    await expect.poll(() => seat('Priya Shah').inputValue()).toMatch(/@0$/);
    expect(await seat('Tom Jones').inputValue()).toBe(await seat('Priya Shah').inputValue());
    expect(await seat('Ann Lee').inputValue()).toMatch(/@1$/);

    // A move that puts two teams with the witness at once is refused, with the rule; a free slot is taken.
    await seat('Ann Lee').selectOption({ label: 'Beth Evans, 11.30' });
    await panel
      .getByRole('alert')
      .getByText(
        'Beth Evans already sees another task team at 11.30 (Priya Shah, Tom Jones): a witness sees one team at a time.',
      )
      .waitFor();
    await expect.poll(() => seat('Ann Lee').inputValue()).toMatch(/@1$/);
    await seat('Sam Okafor').selectOption({ label: 'Beth Evans, 11.50' });
    await expect.poll(() => panel.getByRole('alert').count()).toBe(0);
    await expect.poll(() => seat('Sam Okafor').inputValue()).toMatch(/@2$/);

    // The witness's own link, from the Links panel.
    const links = console.getByRole('region', { name: 'Links to the screens' });
    await links.getByRole('button', { name: 'Make a link for Beth Evans' }).click();
    const witnessUrl = await links.getByLabel('Address of the witness screen for Beth Evans').inputValue();

    // Each tablet speaks for its member, who lists a question for the witness.
    const housing = await tablet(
      (await mintToken(base, w, { role: 'team', teamId: 'team-1' })).url,
      'Priya Shah',
    );
    const care = await tablet((await mintToken(base, w, { role: 'team', teamId: 'team-2' })).url, 'Ann Lee');
    const ask = async (page: Page, name: string, question: string) => {
      const group = page.getByRole('region', { name: 'Notes for Beth Evans' });
      await group.getByRole('button', { name: `Add a question from ${name}` }).click();
      await group.getByLabel('Question').last().fill(question);
    };
    await ask(housing, 'Priya Shah', 'Who owns the mutual?');
    await ask(care, 'Ann Lee', 'What did the staff lose?');

    // The witness sees who is coming and what they will ask, answers, and adds a note.
    const witness = await env.open(witnessUrl, 1024, 768);
    const first = witness.getByRole('region', { name: 'Housing at 11.30' });
    await first.getByText('Priya Shah, Tom Jones').waitFor();
    await first.getByText('Who owns the mutual?').waitFor();
    await witness
      .getByRole('region', { name: 'Adult care at 11.40' })
      .getByText('What did the staff lose?')
      .waitFor();
    await first.getByLabel('Your answer').fill('The staff, through a trust.');
    await first.getByRole('button', { name: 'Add a note for Housing' }).click();
    await first.getByLabel('Your note').fill('Ask about the pension fund.');

    // The team's tablet has them, grouped under the witness, for the whole team.
    const notes = housing.getByRole('region', { name: 'Notes for Beth Evans' });
    await expect.poll(() => notes.getByLabel('Answer').inputValue()).toBe('The staff, through a trust.');
    await notes.getByText('Note from Beth Evans').waitFor();
    await expect.poll(() => notes.getByLabel('Note').inputValue()).toBe('Ask about the pension fund.');
    expect(await notes.getByText('What did the staff lose?').count()).toBe(0);

    // During the witness sessions the wall shows who is with which witness, and where.
    const projector = await env.open((await mintToken(base, w, { role: 'projector' })).url, 1920, 1080);
    await goToItem(base, w, 'witness-sessions');
    const wall = projector.getByRole('region', { name: 'Beth Evans' });
    await wall.getByText('By video · staff mutuals').waitFor();
    await expect
      .poll(() => wall.getByRole('listitem').allInnerTexts())
      .toEqual([
        '11.30 Housing: Priya Shah, Tom Jones',
        '11.40 Adult care: Ann Lee',
        '11.50 Adult care: Sam Okafor',
      ]);

    // Every screen of the sessions, as it is now, passes axe.
    for (const page of [console, housing, witness, projector]) expect(await violations(page)).toEqual([]);
  });
});

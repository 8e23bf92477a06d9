import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/src/index.js';
import { requireChromium } from '../support/browser.js';
import { addMember, updateItem } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken } from '../support/server.js';

const run = requireChromium();
const env = screens();

const agenda = findTemplate('strategic-political-leadership')!.agenda;
const titleOf = (id: string) => agenda.find((item) => item.id === id)!.title;

describe.runIf(run)('the Strategic programme compressed, in real Chromium against the real server', () => {
  env.startForSuite();

  it('runs team tasks 1 to 3 with two named teams and one witness: options, an assignment, notes back, a proposition ready for dissent', async () => {
    const base = env.server.baseUrl;
    const w = await createWorkshop(base, { teams: ['Housing', 'Adult care'] });
    // Minute-long items, as the facilitator would re-time them in the agenda editor; the witness
    // sessions keep ten minutes, for two groups of five with the witness.
    for (const item of agenda)
      await updateItem(base, w, item.id, { durationMin: item.id === 'witness-sessions' ? 10 : 1 });
    const person = (id: string, name: string, teamId: string) =>
      addMember(base, w, { id, name, teamId, bodyId: 'cabinet', role: '' });
    await person('m-priya', 'Priya Shah', 'team-1');
    await person('m-tom', 'Tom Jones', 'team-1');
    await person('m-ann', 'Ann Lee', 'team-2');
    await person('m-sam', 'Sam Okafor', 'team-2');

    const console = await env.open(w.facilitatorUrl, 1280, 800);
    const clock = console.getByRole('region', { name: 'Clock controls' });
    const goTo = async (id: string) => {
      await console.getByRole('button', { name: `Go to ${titleOf(id)}` }).click();
      await console.getByRole('heading', { level: 1, name: `Now ${titleOf(id)}` }).waitFor();
    };
    await console.getByRole('heading', { level: 1, name: `Now ${titleOf('introduction')}` }).waitFor();
    await clock.getByRole('button', { name: 'Start the clock' }).click();
    // Compressed: the item runs a minute, not ten.
    await expect
      .poll(() => console.locator('.console__countdown .countdown__time').innerText())
      .toMatch(/^(1:00|0:[0-5]\d)$/);

    const housing = await env.tabletFor(
      (await mintToken(base, w, { role: 'team', teamId: 'team-1' })).url,
      'Priya Shah',
    );
    const care = await env.tabletFor(
      (await mintToken(base, w, { role: 'team', teamId: 'team-2' })).url,
      'Ann Lee',
    );

    // Team task 1: a priority on the map, allocated to Housing on the console.
    await goTo('team-task-1');
    await housing.getByLabel('New priority').fill('Leisure services');
    await housing.getByRole('button', { name: 'Add priority' }).click();
    const board = console.locator('.console__board');
    await board
      .getByRole('button', { name: /Leisure services/ })
      .first()
      .click();
    await board.getByLabel(/Allocate to/).selectOption({ label: 'Housing' });
    await housing.getByRole('heading', { name: 'Housing’s priorities' }).waitFor();

    // Team task 2: the tablet follows the programme to its options.
    await goTo('team-task-2');
    await housing.getByRole('heading', { name: 'Housing’s options' }).waitFor();
    await housing.getByRole('button', { name: 'Add an option for “Leisure services”' }).click();
    const option = housing.getByRole('article', { name: 'Option 1' });
    await option.getByLabel('What the option is').fill('A staff mutual runs the leisure centres');
    await option.getByRole('group', { name: 'Kind of provider' }).getByLabel('Staff mutual').check();
    await option.getByLabel('On the shortlist').check();

    // The witness: set up, the board proposes who goes where, and one move by hand.
    const panel = console.getByRole('region', { name: 'Witness sessions' });
    const form = panel.getByRole('form', { name: 'Add a witness' });
    await form.getByLabel('Witness’s name').fill('Beth Evans');
    await form.getByLabel('Expertise').fill('staff mutuals');
    await form.getByRole('button', { name: 'Add the witness' }).click();
    await panel.getByLabel('Minutes with each witness').selectOption('5');
    await panel.getByRole('button', { name: 'Propose who goes where' }).click();
    const seat = (name: string) => panel.getByRole('combobox', { name: `Witness for ${name}` });
    await expect.poll(() => seat('Priya Shah').inputValue()).toMatch(/@\d+$/);
    const annFirst = await seat('Ann Lee').inputValue();
    // Sam joins Ann in her slot: the same team, so the board takes it.
    await seat('Sam Okafor').selectOption(annFirst);
    await expect.poll(() => seat('Sam Okafor').inputValue()).toBe(annFirst);
    await expect.poll(() => panel.getByRole('alert').count()).toBe(0);
    const links = console.getByRole('region', { name: 'Links to the screens' });
    await links.getByRole('button', { name: 'Make a link for Beth Evans' }).click();
    const witnessUrl = await links.getByLabel('Address of the witness screen for Beth Evans').inputValue();

    // The witness sessions: questions on two tablets, answered and added to by the witness.
    await goTo('witness-sessions');
    const notesOn = (page: Page) => page.getByRole('region', { name: 'Notes for Beth Evans' });
    await notesOn(housing).waitFor();
    await notesOn(housing).getByRole('button', { name: 'Add a question from Priya Shah' }).click();
    await notesOn(housing).getByLabel('Question').last().fill('Who owns the mutual?');
    await notesOn(care).getByRole('button', { name: 'Add a question from Ann Lee' }).click();
    await notesOn(care).getByLabel('Question').last().fill('What did the staff lose?');
    const witness = await env.open(witnessUrl, 1024, 768);
    const housingVisit = witness.getByRole('region', { name: /^Housing at / });
    await housingVisit.getByText('Who owns the mutual?').waitFor();
    await housingVisit.getByLabel('Your answer').fill('The staff, through a trust.');
    await housingVisit.getByRole('button', { name: 'Add a note for Housing' }).click();
    await housingVisit.getByLabel('Your note').fill('Ask about the pension fund.');
    await witness
      .getByRole('region', { name: /^Adult care at / })
      .getByText('What did the staff lose?')
      .waitFor();
    // Back in the team's workspace, for the whole team.
    await expect
      .poll(() => notesOn(housing).getByLabel('Answer').inputValue())
      .toBe('The staff, through a trust.');
    await expect
      .poll(() => notesOn(housing).getByLabel('Note').inputValue())
      .toBe('Ask about the pension fund.');

    // Team task 3: a proposition citing the option and the witness's answer, ready for dissent.
    await goTo('team-task-3');
    await housing.getByRole('heading', { name: 'Housing’s propositions' }).waitFor();
    await housing.getByLabel('New proposition').fill('Leisure as a staff mutual');
    await housing.getByRole('button', { name: 'Add proposition' }).click();
    const proposition = housing.getByRole('article', { name: 'Leisure as a staff mutual' });
    await proposition.getByLabel('The proposal').fill('Spin the leisure centres out as a staff mutual');
    await proposition.getByLabel(/A staff mutual runs the leisure centres/).check();
    await proposition
      .getByRole('group', { name: 'Beth Evans' })
      .getByLabel(/Who owns the mutual\?/)
      .check();
    await proposition.getByRole('button', { name: 'Ready for dissent' }).click();
    await proposition.getByText('Status: Ready for dissent').waitFor();
    const overview = console.getByRole('region', { name: 'Options and propositions' });
    await expect
      .poll(() => overview.getByRole('region', { name: 'Housing' }).innerText())
      .toContain('Leisure as a staff mutual — Ready for dissent');
  });
});

import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/browser.js';
import { allocate, goToItem } from '../support/scenario.js';
import { screens } from '../support/screens.js';
import { createWorkshop, mintToken, putPriorities, putWitnessNote } from '../support/server.js';

const run = requireChromium();
const env = screens();

describe.runIf(run)('the teams’ options and propositions, in real Chromium against the real server', () => {
  env.startForSuite();

  it('two tablets of a team work up one option at once, shortlist it, and put a proposition citing it forward for dissent; the console sees it', async () => {
    const { baseUrl, wsUrl } = env.server;
    const w = await createWorkshop(baseUrl, { teams: ['Housing and growth', 'Adult care'] });
    await putPriorities(wsUrl, w.id, w.facilitatorToken, ['Leisure services']);
    await allocate(baseUrl, w, 'Leisure services', 'team-1');
    await goToItem(baseUrl, w, 'team-task-2');
    const tabletUrl = async () => (await mintToken(baseUrl, w, { role: 'team', teamId: 'team-1' })).url;
    const [one, two] = [
      await env.open(await tabletUrl(), 1024, 768),
      await env.open(await tabletUrl(), 1024, 768),
    ];
    const console = await env.open(w.facilitatorUrl, 1280, 800);

    // Team task 2: both tablets follow the programme to the team's options.
    for (const tablet of [one, two])
      await tablet.getByRole('heading', { name: 'Housing and growth’s options' }).waitFor();
    await one.getByRole('button', { name: 'Add an option for “Leisure services”' }).click();
    const optionOne = one.getByRole('article', { name: 'Option 1' });
    const optionTwo = two.getByRole('article', { name: 'Option 1' });
    await optionTwo.waitFor();
    await optionOne.getByLabel('What the option is').fill('A staff mutual runs the leisure centres');

    // Two people type in the same money notes at once, in different places: both keep their words.
    const [moneyOne, moneyTwo] = [optionOne.getByLabel('Money'), optionTwo.getByLabel('Money')];
    await moneyOne.fill('Saves £200k a year.');
    await expect.poll(() => moneyTwo.inputValue()).toBe('Saves £200k a year.');
    await moneyOne.click();
    await moneyOne.press('Control+End');
    await moneyTwo.click();
    await moneyTwo.press('Control+Home');
    await Promise.all([
      moneyOne.pressSequentially(' Frees two posts.', { delay: 15 }),
      moneyTwo.pressSequentially('Costs £50k to set up. ', { delay: 15 }),
    ]);
    const both = 'Costs £50k to set up. Saves £200k a year. Frees two posts.';
    await expect.poll(() => moneyOne.inputValue()).toBe(both);
    await expect.poll(() => moneyTwo.inputValue()).toBe(both);

    await optionTwo.getByRole('group', { name: 'Kind of provider' }).getByLabel('Staff mutual').check();
    await optionOne.getByLabel('On the shortlist').check();
    await expect.poll(() => optionTwo.getByLabel('On the shortlist').isChecked()).toBe(true);
    const overview = console.getByRole('region', { name: 'Options and propositions' });
    await expect
      .poll(() => overview.getByRole('region', { name: 'Housing and growth' }).innerText())
      .toMatch(/1 option, 1 shortlisted\s+A staff mutual runs the leisure centres · Staff mutual/);

    // A member's question to a witness, noted in the witness sessions.
    const { token } = await mintToken(baseUrl, w, { role: 'team', teamId: 'team-1' });
    await putWitnessNote(wsUrl, w.id, token, 'note-1', {
      teamId: 'team-1',
      witnessId: 'witness-1',
      memberId: null,
      byWitness: false,
      question: 'How did your mutual start?',
      answer: 'With a year of support from the council',
    });

    // Team task 3: a proposition from the shortlisted option and the witness's answer.
    await goToItem(baseUrl, w, 'team-task-3');
    await one.getByRole('heading', { name: 'Housing and growth’s propositions' }).waitFor();
    await one.getByLabel('New proposition').fill('Leisure as a staff mutual');
    await one.getByRole('button', { name: 'Add proposition' }).click();
    const proposition = one.getByRole('article', { name: 'Leisure as a staff mutual' });
    await proposition
      .getByLabel('The proposal')
      .fill('Spin the leisure centres out as a staff mutual by 2013');
    await proposition.getByLabel(/A staff mutual runs the leisure centres/).check();
    await proposition
      .getByRole('group', { name: 'Witness 1' })
      .getByLabel(/How did your mutual start\?/)
      .check();
    await proposition.getByLabel('Amount in £').fill('200000');
    await proposition.getByLabel('Share of the budget in %').fill('8');
    await proposition.getByLabel('Share of the budget in %').blur();
    await proposition.getByRole('button', { name: 'Ready for dissent' }).click();
    await proposition.getByText('Status: Ready for dissent').waitFor();

    // The other tablet and the console see where it is.
    const onTwo = two.getByRole('article', { name: 'Leisure as a staff mutual' });
    await onTwo.getByText('Status: Ready for dissent').waitFor();
    await expect.poll(() => onTwo.getByLabel(/How did your mutual start\?/).isChecked()).toBe(true);
    await expect.poll(() => onTwo.getByLabel('Amount in £').inputValue()).toBe('200000');
    await expect
      .poll(() => overview.getByRole('region', { name: 'Housing and growth' }).innerText())
      .toContain('Leisure as a staff mutual — Ready for dissent');
  });
});

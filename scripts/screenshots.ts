// Takes a screenshot of every screen at its target sizes into docs/screenshots/, from a populated
// workshop on a real server, in Debian's Chromium. Usage: npm run screenshots (builds first).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.js';
import {
  addMember,
  arrangeWitnesses,
  councilsWorkshop,
  crowdedWorkshop,
  populatedWorkshop,
  setAxes,
  setFocus,
  showJoining,
  goToItem,
  setBriefingStep,
  startClock,
  teamWorkWorkshop,
  topTeamSeries,
  dissentWorkshop,
  presentationsWorkshop,
  runDissent,
  agreeActions,
  chairAs,
} from '../tests/support/scenario.js';
import { createWorkshop, mintToken, startServer } from '../tests/support/server.js';
import { attachPaper, onePagePdf } from '../tests/support/pdf.js';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs', 'screenshots');
const s = await startServer({ staticDir: path.join(root, 'dist', 'client') });
const scenario = await populatedWorkshop(s.baseUrl);
const browser = await launchChromium();

async function shoot(
  name: string,
  url: string,
  width: number,
  height: number,
  ready: string,
  act?: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByText(ready).first().waitFor();
  await act?.(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
  await context.close();
}

const openCard = (title: RegExp) => async (page: Page) => {
  await page.getByRole('group', { name: 'Priority map' }).getByRole('button', { name: title }).click();
  await page.getByRole('region', { name: 'Priority' }).waitFor();
};

await shoot('start-1280x800', s.baseUrl, 1280, 800, 'Create a workshop');
await shoot('join-390x844', `${s.baseUrl}/join/${scenario.joinCode}`, 390, 844, 'Setting up a new workshop');
await shoot('facilitator-1280x800', scenario.urls.facilitator, 1280, 800, 'Who is connected');
await shoot(
  'facilitator-agenda-1280x800',
  scenario.urls.facilitator,
  1280,
  800,
  'Who is connected',
  async (page) => {
    await page.locator('summary', { hasText: 'Edit the agenda' }).click();
    await page.getByRole('region', { name: 'Edit the agenda' }).scrollIntoViewIfNeeded();
  },
);
await shoot(
  'facilitator-links-1280x800',
  scenario.urls.facilitator,
  1280,
  800,
  'Links made',
  async (page) => {
    await page.getByRole('heading', { name: 'Links made' }).scrollIntoViewIfNeeded();
  },
);
await shoot('tablet-1024x768', scenario.urls.team, 1024, 768, 'Housing and growth’s priorities');
await shoot(
  'tablet-1024x768-priority-open',
  scenario.urls.team,
  1024,
  768,
  'Housing and growth’s priorities',
  openCard(/Neighbourhood plans/),
);
await shoot('tablet-768x1024', scenario.urls.team, 768, 1024, 'Housing and growth’s priorities');
await shoot('phone-390x844', scenario.urls.team, 390, 844, 'Housing and growth’s priorities');
await shoot('projector-1920x1080', scenario.urls.projector, 1920, 1080, 'Team task 1');
await shoot('projector-1280x720', scenario.urls.projector, 1280, 720, 'Team task 1');
await setFocus(s.baseUrl, scenario.workshop, { kind: 'map' });
await shoot('projector-map-1920x1080', scenario.urls.projector, 1920, 1080, 'Ease of delivery');
await shoot('projector-map-1280x720', scenario.urls.projector, 1280, 720, 'Ease of delivery');
// The longest axis names the console allows (60 characters), to see that the wall still holds.
await setAxes(
  s.baseUrl,
  scenario.workshop,
  'How easily the council and partners could deliver it soon',
  'How much difference it would make to residents and firms',
);
await shoot('projector-map-long-axes-1920x1080', scenario.urls.projector, 1920, 1080, 'How easily');
await shoot('projector-map-long-axes-1280x720', scenario.urls.projector, 1280, 720, 'How easily');
await setFocus(s.baseUrl, scenario.workshop, { kind: 'team', teamId: 'team-1' });
await shoot(
  'projector-team-1920x1080',
  scenario.urls.projector,
  1920,
  1080,
  'Housing and growth’s priorities',
);
// Joining on the wall: read from the back of the room, at both projector sizes.
await showJoining(s.baseUrl, scenario.workshop);
await shoot('projector-joining-1920x1080', scenario.urls.projector, 1920, 1080, 'Join code');
await shoot('projector-joining-1280x720', scenario.urls.projector, 1280, 720, 'Join code');
// Six tables, the most a room usually has, with names as long as councils give them.
const sixTables = await createWorkshop(s.baseUrl, {
  teams: [
    'Housing and growth',
    'Adult social care',
    'Shared services',
    'Children, young people and families',
    'Climate and transport',
    'Community safety',
  ],
});
const sixProjector = (await mintToken(s.baseUrl, sixTables, { role: 'projector' })).url;
await showJoining(s.baseUrl, sixTables);
await shoot('projector-joining-six-teams-1920x1080', sixProjector, 1920, 1080, 'Join code');
await shoot('projector-joining-six-teams-1280x720', sixProjector, 1280, 720, 'Join code');
await shoot('leader-1280x800', scenario.urls.leader, 1280, 800, 'Order of presentations');

// Thirty priorities from three tablets, eight of them put "Top right" at one point, four waiting.
const crowded = await crowdedWorkshop(s.baseUrl);
const firstCard = crowded.titles[0];
await shoot('tablet-30-cards-1024x768', crowded.urls.team, 1024, 768, firstCard);
await shoot(
  'tablet-30-cards-1024x768-priority-open',
  crowded.urls.team,
  1024,
  768,
  firstCard,
  openCard(/^Merge the planning/),
);
await shoot('phone-30-cards-390x844', crowded.urls.team, 390, 844, firstCard, async (page) => {
  await page
    .getByRole('group', { name: 'Priority map' })
    .locator('.priority-map__area')
    .scrollIntoViewIfNeeded();
});
await shoot(
  'phone-30-cards-390x844-priority-open',
  crowded.urls.team,
  390,
  844,
  firstCard,
  openCard(/^Merge the planning/),
);
await shoot('tablet-30-cards-768x1024', crowded.urls.team, 768, 1024, firstCard);
await shoot('facilitator-30-cards-1280x800', crowded.urls.facilitator, 1280, 800, firstCard, async (page) => {
  await page.locator('.priority-map__area').evaluate((el) => el.scrollIntoView({ block: 'start' }));
});
await setFocus(s.baseUrl, crowded.workshop, { kind: 'map' });
await shoot('projector-30-cards-1920x1080', crowded.urls.projector, 1920, 1080, firstCard);
await shoot('projector-30-cards-1280x720', crowded.urls.projector, 1280, 720, firstCard);

await shoot(
  'projector-30-cards-long-axes-1920x1080',
  crowded.urls.projector,
  1920,
  1080,
  firstCard,
  async () => {
    await setAxes(
      s.baseUrl,
      crowded.workshop,
      'How easily the council and partners could deliver it soon',
      'How much difference it would make to residents and firms',
    );
  },
);
await shoot('phone-30-cards-long-axes-390x844', crowded.urls.team, 390, 844, firstCard);
await shoot('projector-30-cards-long-axes-1280x720', crowded.urls.projector, 1280, 720, firstCard);

// An item that has run over, with the longest title a programme is likely to have.
const over = await createWorkshop(s.baseUrl, {
  agenda: [
    {
      title:
        'Team task 2: work up the initial options for each priority allocated to the team, with money, culture and power',
      kind: 'team-task',
      durationMin: 0,
      plannedStart: '11.00',
    },
    { title: 'Witness sessions: question the expert witnesses', kind: 'witness', durationMin: 40 },
  ],
});
await startClock(s.baseUrl, over);
const overLink = async (role: 'team' | 'projector') =>
  (await mintToken(s.baseUrl, over, { role, teamId: role === 'team' ? 'team-1' : undefined })).url;
await shoot('facilitator-overrun-1280x800', over.facilitatorUrl, 1280, 800, 'Over time');
await shoot('projector-overrun-1920x1080', await overLink('projector'), 1920, 1080, 'Over time');
await shoot('projector-overrun-1280x720', await overLink('projector'), 1280, 720, 'Over time');
await shoot('tablet-overrun-1024x768', await overLink('team'), 1024, 768, 'Over time');
await shoot('phone-overrun-390x844', await overLink('team'), 390, 844, 'Over time');
await shoot(
  'leader-overrun-1280x800',
  (await mintToken(s.baseUrl, over, { role: 'leader' })).url,
  1280,
  800,
  'Over time',
);

// The 9.10 input: a briefing card on the wall, the whole deck on a tablet.
const briefed = await createWorkshop(s.baseUrl);
await goToItem(s.baseUrl, briefed, 'briefing');
await setBriefingStep(s.baseUrl, briefed, 'briefing', 4);
const briefedLink = async (role: 'team' | 'projector') =>
  (await mintToken(s.baseUrl, briefed, { role, teamId: role === 'team' ? 'team-1' : undefined })).url;
await shoot(
  'projector-briefing-1920x1080',
  await briefedLink('projector'),
  1920,
  1080,
  '2. Empowering communities',
);
await shoot(
  'projector-briefing-1280x720',
  await briefedLink('projector'),
  1280,
  720,
  '2. Empowering communities',
);
await shoot('tablet-briefing-1024x768', await briefedLink('team'), 1024, 768, 'What will change?');
await shoot('phone-briefing-390x844', await briefedLink('team'), 390, 844, 'What will change?');
// The console's briefing editor: the council's own figures for its cuts, typed into a card.
await shoot(
  'facilitator-briefing-1280x800',
  briefed.facilitatorUrl,
  1280,
  800,
  'Who is connected',
  async (page) => {
    await page.locator('summary', { hasText: 'Edit the briefing' }).click();
    const editor = page.getByRole('region', { name: 'Edit the briefing' });
    await editor.getByRole('button', { name: '2. Defining the level of cuts' }).click();
    const form = editor.getByRole('region', { name: /^Editing card 2/ });
    await form.getByLabel(/^Lead/).fill('Our cuts: £12m by 2014');
    await form.getByRole('button', { name: 'Add a point' }).click();
    await page.keyboard.type('£4m of it from the shared back office');
    await form.scrollIntoViewIfNeeded();
  },
);

// Rosters for the two councils' programme: the console's set-up, and a tablet asking who is there.
const twoCouncils = await createWorkshop(s.baseUrl, {
  templateId: 'shared-services-leadership',
  title: 'North Downs and Weald: shared leadership',
});
const people: [string, string, string, string][] = [
  ['Priya Shah', 'team-1', 'first-cabinet', 'Portfolio holder, Finance'],
  ['Tom Jones', 'team-1', 'first-cabinet', 'Leader'],
  ['Rachel Green', 'team-2', 'second-cabinet', 'Leader'],
  ['Dev Patel', 'team-2', 'second-cabinet', 'Portfolio holder, Housing'],
  ['Ann Lee', 'team-3', 'shared-management-team', 'Chief executive'],
  ['Mark Owen', 'team-3', 'shared-management-team', 'Director of Resources'],
];
for (const [i, [name, teamId, bodyId, role]] of people.entries())
  await addMember(s.baseUrl, twoCouncils, { id: `m${i}`, name, teamId, bodyId, role });
await shoot('facilitator-roster-1280x800', twoCouncils.facilitatorUrl, 1280, 800, 'Rosters', async (page) => {
  await page.getByRole('region', { name: 'Rosters' }).scrollIntoViewIfNeeded();
});
await shoot(
  'tablet-who-is-here-1024x768',
  (await mintToken(s.baseUrl, twoCouncils, { role: 'team', teamId: 'team-1' })).url,
  1024,
  768,
  'Who is using this tablet?',
  async (page) => {
    await page.getByLabel(/Priya Shah/).check();
  },
);
// Renewing Top Team Working: workshop 2 opens with workshop 1's priorities carried forward.
const series = await topTeamSeries(s.baseUrl);
await shoot('tablet-carried-forward-1024x768', series.urls.team, 1024, 768, 'Workshop 1 of 3');
await shoot('phone-carried-forward-390x844', series.urls.team, 390, 844, 'Workshop 1 of 3');
await shoot(
  'leader-carried-forward-1280x800',
  series.urls.leader,
  1280,
  800,
  'Workshop 1 of 3',
  async (page) => {
    await page.getByRole('region', { name: 'Carried forward' }).scrollIntoViewIfNeeded();
  },
);
await shoot(
  'facilitator-next-in-series-1280x800',
  series.second.facilitatorUrl,
  1280,
  800,
  'Start workshop 3 of 3',
  async (page) => {
    await page.getByRole('region', { name: 'Next in the series' }).scrollIntoViewIfNeeded();
  },
);
// The preparation: a position paper attached on the console, read on a team tablet.
const prepared = await createWorkshop(s.baseUrl, { title: 'Eastshire: strategic political leadership' });
await attachPaper(
  s.baseUrl,
  prepared,
  onePagePdf([
    'Eastshire County Council: position paper',
    '',
    'Three major challenges face the council:',
    '- the budget reductions 2011-14',
    '- the Localism Bill',
    '- other Government changes, e.g. welfare, health',
    '',
    'Members need to provide local leadership on all three',
    'and get the best results for their place and communities.',
  ]),
  'Eastshire position paper.pdf',
);
await shoot(
  'facilitator-paper-1280x800',
  prepared.facilitatorUrl,
  1280,
  800,
  'Eastshire position paper.pdf',
  async (page) => {
    await page.locator('.paper-section').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  },
);
await shoot(
  'tablet-paper-1024x768',
  (await mintToken(s.baseUrl, prepared, { role: 'team', teamId: 'team-1' })).url,
  1024,
  768,
  'Position paper',
  async (page) => {
    await page.getByRole('button', { name: 'Position paper' }).click();
    await page.getByRole('dialog', { name: 'Position paper' }).locator('iframe').waitFor();
    await page.waitForTimeout(1000); // the browser's PDF viewer draws the page
  },
);

const teamWork = await teamWorkWorkshop(s.baseUrl);
await shoot('tablet-options-1024x768', teamWork.team, 1024, 768, 'Housing and growth’s options');
await shoot(
  'tablet-proposition-1024x768',
  teamWork.team,
  1024,
  768,
  'Housing and growth’s options',
  async (page) => {
    await page.getByRole('button', { name: 'Propositions', exact: true }).click();
    await page.getByRole('article', { name: 'Leisure as a staff mutual' }).waitFor();
  },
);
// The witness sessions: the console's assignment, the wall during the sessions, a witness's own screen.
const witnessed = await createWorkshop(s.baseUrl, {
  title: 'Eastshire: strategic political leadership',
  teams: ['Housing', 'Adult care', 'Children'],
});
const members: [string, string][] = [
  ['Priya Shah', 'team-1'],
  ['Tom Jones', 'team-1'],
  ['Rachel Green', 'team-1'],
  ['Dev Patel', 'team-2'],
  ['Ann Lee', 'team-2'],
  ['Mark Owen', 'team-3'],
  ['Kim Ray', 'team-3'],
];
for (const [i, [name, teamId]] of members.entries())
  await addMember(s.baseUrl, witnessed, { id: `wm${i}`, name, teamId, bodyId: 'cabinet', role: '' });
const witnessList = [
  {
    id: 'w-beth',
    name: 'Beth Evans',
    expertise: 'staff mutuals',
    attendance: 'room',
    freeFromMin: 0,
    freeToMin: 40,
  },
  {
    id: 'w-raj',
    name: 'Raj Patel',
    expertise: 'total place',
    attendance: 'phone',
    freeFromMin: 0,
    freeToMin: 30,
  },
  {
    id: 'w-sue',
    name: 'Sue Clarke',
    expertise: 'social enterprises',
    attendance: 'video',
    freeFromMin: 10,
    freeToMin: 40,
  },
];
for (const witness of witnessList)
  await arrangeWitnesses(s.baseUrl, witnessed, { type: 'addWitness', witness });
await arrangeWitnesses(s.baseUrl, witnessed, { type: 'propose' });
await shoot(
  'facilitator-witnesses-1280x800',
  witnessed.facilitatorUrl,
  1280,
  800,
  'Minutes with each witness',
  async (page) => {
    await page.getByRole('region', { name: 'Witness sessions' }).scrollIntoViewIfNeeded();
  },
);
await goToItem(s.baseUrl, witnessed, 'witness-sessions');
await shoot(
  'projector-witnesses-1920x1080',
  (await mintToken(s.baseUrl, witnessed, { role: 'projector' })).url,
  1920,
  1080,
  'Beth Evans',
);
await shoot(
  'witness-1024x768',
  (await mintToken(s.baseUrl, witnessed, { role: 'witness', witnessId: 'w-beth' })).url,
  1024,
  768,
  'Who is coming',
);
// The two councils' corporate priorities pooled: on the wall, and on a cabinet's tablet.
const councils = await councilsWorkshop(s.baseUrl, s.wsUrl);
await shoot(
  'projector-pooled-1920x1080',
  (await mintToken(s.baseUrl, councils, { role: 'projector' })).url,
  1920,
  1080,
  'Merged: North Downs and Weald',
);
await shoot(
  'tablet-pooled-1024x768',
  (await mintToken(s.baseUrl, councils, { role: 'team', teamId: 'team-1' })).url,
  1024,
  768,
  'North Downs’ headline priorities',
  async (page) => {
    await page.getByLabel(/Priya Shah/).check();
    await page.getByRole('button', { name: 'These people are here' }).click();
  },
);

// Ritual dissent (12.10): round 1's dissent phase, a point made, on the wall, both kinds of tablet and the console.
const dissent = await dissentWorkshop(s.baseUrl);
await runDissent(s.baseUrl, dissent.workshop, { type: 'setRounds', rounds: 2 });
await runDissent(s.baseUrl, dissent.workshop, { type: 'plan' });
await runDissent(s.baseUrl, dissent.workshop, { type: 'start' });
await runDissent(s.baseUrl, dissent.workshop, { type: 'nextPhase' });
const speakFor = (name: string) => async (page: Page) => {
  await page.getByLabel(new RegExp(name)).check();
  await page.getByRole('button', { name: 'These people are here' }).click();
  await page.getByText(`Speaking for ${name}`).waitFor();
};
await shoot(
  'projector-rotation-1920x1080',
  (await mintToken(s.baseUrl, dissent.workshop, { role: 'projector' })).url,
  1920,
  1080,
  'Why will this fail?',
);
await shoot(
  'tablet-dissent-listening-1024x768',
  dissent.tablets['team-2']!.url,
  1024,
  768,
  'Who is using this tablet?',
  async (page) => {
    await speakFor('Tom Jones')(page);
    await page.getByRole('button', { name: 'Add a point' }).click();
    await page
      .getByRole('textbox', { name: 'Point 1', exact: true })
      .fill('Staff will not vote to leave the council');
  },
);
await shoot(
  'tablet-dissent-presenting-1024x768',
  dissent.tablets['team-1']!.url,
  1024,
  768,
  'Who is using this tablet?',
  async (page) => {
    await speakFor('Priya Shah')(page);
    await page.getByText('Staff will not vote to leave the council').first().waitFor();
  },
);
await shoot(
  'facilitator-dissent-1280x800',
  dissent.workshop.facilitatorUrl,
  1280,
  800,
  'Next phase',
  async (page) => {
    await page.getByRole('region', { name: 'Ritual dissent' }).scrollIntoViewIfNeeded();
  },
);
// The presentations (12.40): the Leader chairs, on a laptop and a tablet; the wall follows them.
const chaired = await presentationsWorkshop(s.baseUrl);
await agreeActions(s.baseUrl, chaired.workshop, {
  type: 'propose',
  action: {
    id: 'a1',
    commitment: 'Ballot the leisure staff on a mutual',
    owner: { memberId: 'team-1-1' },
    level: 'cabinet',
    council: null,
    dueDate: '2027-03-31',
    propositionId: 'prop-team-1',
  },
});
await agreeActions(s.baseUrl, chaired.workshop, {
  type: 'propose',
  action: {
    id: 'a2',
    commitment: 'One front door for adult care, designed with users',
    owner: { name: 'Director of adult social care' },
    level: 'management-team',
    council: null,
    dueDate: '2027-06-30',
    propositionId: 'prop-team-2',
  },
});
await agreeActions(s.baseUrl, chaired.workshop, {
  type: 'propose',
  action: {
    id: 'a3',
    commitment: 'Hold a ward surgery on the budget every month',
    owner: { memberId: 'team-3-1' },
    level: 'personal',
    council: null,
    dueDate: null,
    propositionId: null,
  },
});
for (const actionId of ['a1', 'a2'])
  await agreeActions(s.baseUrl, chaired.workshop, { type: 'confirm', actionId });
const chair = (command: object) => chairAs(s.baseUrl, chaired.workshop.facilitatorToken, command);
await chair({
  type: 'decide',
  propositionId: 'prop-team-1',
  decision: 'agreed-with-changes',
  changes: 'Start with one centre',
});
await chair({ type: 'step', by: 1 });
await shoot(
  'leader-presentations-1280x800',
  chaired.leader,
  1280,
  800,
  'The dissent it survived',
  async (page) => {
    await page.getByRole('region', { name: 'Presenting now' }).scrollIntoViewIfNeeded();
  },
);
await shoot(
  'leader-presentations-1024x768',
  chaired.leader,
  1024,
  768,
  'The dissent it survived',
  async (page) => {
    await page.getByRole('region', { name: 'Presenting now' }).scrollIntoViewIfNeeded();
  },
);
await shoot(
  'projector-presentation-1920x1080',
  (await mintToken(s.baseUrl, chaired.workshop, { role: 'projector' })).url,
  1920,
  1080,
  'The dissent it survived',
);
await chair({ type: 'show', showing: { kind: 'actions' } });
await shoot(
  'projector-actions-1920x1080',
  (await mintToken(s.baseUrl, chaired.workshop, { role: 'projector' })).url,
  1920,
  1080,
  'Ballot the leisure staff on a mutual',
);
await shoot(
  'tablet-actions-1024x768',
  chaired.tablets['team-3']!.url,
  1024,
  768,
  'Who is using this tablet?',
  speakFor('Raj Patel'),
);

await browser.close();
await s.close();
process.exit(0);

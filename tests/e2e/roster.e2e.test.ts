import { describe, expect, it } from 'vitest';
import type { JoinCodeInfo } from '../../shared/src/index.js';
import { requireChromium } from '../support/browser.js';
import { screens } from '../support/screens.js';
import { createWorkshop } from '../support/server.js';

const run = requireChromium();
const env = screens();

async function joinCode(baseUrl: string, workshopId: string, token: string, teamId: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/workshops/${workshopId}/join-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ teamId }),
  });
  return ((await res.json()) as JoinCodeInfo).code;
}

describe.runIf(run)('rosters, in real Chromium against the real server', () => {
  env.startForSuite();

  it('the facilitator enters the two councils’ people; a tablet joins by code and picks its people’s names', async () => {
    const w = await createWorkshop(env.server.baseUrl, {
      templateId: 'shared-services-leadership',
      title: 'North Downs and Weald: shared leadership',
    });
    const console = await env.open(w.facilitatorUrl, 1280, 800);
    const rosters = console.getByRole('region', { name: 'Rosters' });

    // The room from the programme: each council's cabinet and the shared management team, named here.
    await rosters.getByText('The room: councils and bodies').click();
    const first = rosters.getByRole('form', { name: 'Rename Cabinet, First council' });
    await first.getByLabel('Council').fill('North Downs');
    await first.getByRole('button', { name: /Rename/ }).click();
    await rosters.getByRole('form', { name: 'Rename Cabinet, North Downs' }).waitFor();

    const add = rosters.getByRole('form', { name: 'Add someone' });
    const person = async (name: string, team: string, body: string, role: string) => {
      await add.getByLabel('Name').fill(name);
      await add.getByLabel('Task team').selectOption({ label: team });
      await add.getByLabel('Body').selectOption({ label: body });
      await add.getByLabel('Role, where it matters').fill(role);
      await add.getByRole('button', { name: 'Add to the roster' }).click();
      await rosters.getByRole('listitem').filter({ hasText: name }).waitFor();
    };
    await person(
      'Priya Shah',
      'First council’s cabinet',
      'Cabinet, North Downs',
      'Portfolio holder, Finance',
    );
    await person('Tom Jones', 'First council’s cabinet', 'Cabinet, North Downs', 'Leader');
    await person('Ann Lee', 'Shared management team', 'Shared management team', 'Chief executive');
    await expect
      .poll(() => rosters.getByRole('list', { name: 'First council’s cabinet’s roster' }).innerText())
      .toMatch(/Priya Shah\s+Cabinet, North Downs · Portfolio holder, Finance[\s\S]*Tom Jones/);

    // A tablet joins the first cabinet's team with a code and is asked who is using it.
    const code = await joinCode(env.server.baseUrl, w.id, w.facilitatorToken, 'team-1');
    const tablet = await env.open(env.server.baseUrl, 1024, 768);
    await tablet.getByLabel('Join code').fill(code);
    await tablet.getByRole('button', { name: 'Join' }).click();
    const ask = tablet.getByRole('region', { name: 'Who is using this tablet?' });
    await ask.waitFor();
    // Only its own team's people: the chief executive is on another team.
    await expect.poll(() => ask.getByRole('checkbox').count()).toBe(2);
    await ask.getByLabel(/Priya Shah/).check();
    await ask.getByLabel(/Tom Jones/).check();
    await ask.getByRole('button', { name: 'These people are here' }).click();
    await tablet.getByText('Speaking for Priya Shah and Tom Jones').waitFor();
    await expect.poll(() => ask.isVisible()).toBe(false);

    // Each person brings their own dots: the shared tablet has two people's.
    await tablet.getByLabel('New priority').fill('One back office for both councils');
    await tablet.getByRole('button', { name: 'Add priority' }).click();
    await tablet
      .getByRole('button', { name: /One back office for both councils/ })
      .first()
      .click();
    const votes = tablet.getByRole('group', { name: 'Votes' });
    await votes.getByText('You have 10 of 10 left (5 for each of the 2 people on this tablet).').waitFor();
    await votes.getByRole('button', { name: 'Add a vote' }).click();
    await votes.getByText(/You have 9 of 10 left/).waitFor();
    await tablet.getByRole('button', { name: 'Close' }).click();

    // Someone not on the roster adds themselves; the console sees every name, and who is on a tablet.
    await tablet.getByRole('button', { name: 'Change who is here' }).click();
    await ask.getByRole('button', { name: 'I’m not on the list' }).click();
    const myself = ask.getByRole('form', { name: 'Add your name to this team' });
    await myself.getByLabel('Name').fill('Jo Bloggs');
    await myself.getByLabel('Body').selectOption({ label: 'Cabinet, North Downs' });
    await myself.getByRole('button', { name: 'Add me' }).click();
    await tablet.getByText('Speaking for Priya Shah, Tom Jones and Jo Bloggs').waitFor();
    const team1 = rosters.getByRole('list', { name: 'First council’s cabinet’s roster' });
    await team1.getByRole('listitem').filter({ hasText: 'Jo Bloggs' }).waitFor();
    await expect.poll(() => team1.getByText('on a tablet').count()).toBe(3);
    await console
      .getByRole('region', { name: 'Who is connected' })
      .getByText(/speaking for Priya Shah, Tom Jones and Jo Bloggs/)
      .waitFor();
  });
});

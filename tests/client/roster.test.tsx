import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findTemplate, initialRoster, type Member, type RosterState } from '../../shared/src/index.js';
import { RosterPanel } from '../../client/src/roster/RosterPanel.js';
import { WhoIsHere } from '../../client/src/roster/WhoIsHere.js';
import LeaderScreen from '../../client/src/screens/leader/LeaderScreen.js';
import { TeamsPanel } from '../../client/src/screens/facilitator/TeamsPanel.js';
import { controlState, renderScreen } from './harness.js';

const bodies = findTemplate('shared-services-leadership')!.room.bodies;
const member = (id: string, name: string, teamId: string, patch: Partial<Member> = {}): Member => ({
  id,
  name,
  teamId,
  bodyId: 'first-cabinet',
  role: '',
  ...patch,
});
const roster = (patch: Partial<RosterState> = {}): RosterState => ({
  ...initialRoster(bodies),
  members: [
    member('m-priya', 'Priya Shah', 'team-1', { role: 'Portfolio holder, Finance' }),
    member('m-tom', 'Tom Jones', 'team-1', { bodyId: 'shared-management-team' }),
    member('m-ann', 'Ann Lee', 'team-2'),
  ],
  ...patch,
});

describe('the roster set-up on the console', () => {
  it('lists each team’s people with body and role, and adds someone with their body and role', async () => {
    const { sent } = renderScreen(<RosterPanel />, {
      role: 'facilitator',
      state: { control: controlState({ roster: roster() }) },
    });
    const housing = screen.getByRole('list', { name: 'Housing’s roster' });
    expect(
      within(housing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/Priya Shah.*Cabinet, First council · Portfolio holder, Finance/),
      expect.stringMatching(/Tom Jones.*Shared management team/),
    ]);
    const form = screen.getByRole('form', { name: 'Add someone' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Kim Ray');
    await userEvent.selectOptions(within(form).getByLabelText('Task team'), 'Adult care');
    await userEvent.selectOptions(within(form).getByLabelText('Body'), 'Cabinet, Second council');
    await userEvent.type(within(form).getByLabelText('Role, where it matters'), 'Leader');
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the roster' }));
    expect(sent).toEqual([
      {
        area: 'roster',
        command: {
          type: 'addMember',
          member: {
            id: expect.any(String),
            name: 'Kim Ray',
            teamId: 'team-2',
            bodyId: 'second-cabinet',
            role: 'Leader',
          },
        },
      },
    ]);
  });

  it('renames a council, so the two councils read by their own names', async () => {
    const { sent } = renderScreen(<RosterPanel />, {
      role: 'facilitator',
      state: { control: controlState({ roster: roster() }) },
    });
    await userEvent.click(screen.getByText('The room: councils and bodies'));
    const form = screen.getByRole('form', { name: 'Rename Cabinet, First council' });
    const council = within(form).getByLabelText('Council');
    await userEvent.clear(council);
    await userEvent.type(council, 'North Downs');
    await userEvent.click(within(form).getByRole('button', { name: /Rename/ }));
    expect(sent).toEqual([
      {
        area: 'roster',
        command: { type: 'renameBody', bodyId: 'first-cabinet', name: 'Cabinet', council: 'North Downs' },
      },
    ]);
  });
});

describe('who is using a tablet', () => {
  it('asks at once, offers only its own team’s people, and says who is on another tablet', async () => {
    const { sent } = renderScreen(<WhoIsHere teamId="team-1" />, {
      state: { control: controlState({ roster: roster({ speakingFor: { 'link-other': ['m-tom'] } }) }) },
    });
    const ask = screen.getByRole('region', { name: 'Who is using this tablet?' });
    const names = within(ask).getAllByRole('checkbox');
    expect(names.map((box) => box.closest('label')!.textContent)).toEqual([
      expect.stringMatching(/^Priya Shah/),
      expect.stringMatching(/^Tom Jones.*on another tablet now/),
    ]);
    await userEvent.click(within(ask).getByLabelText(/Priya Shah/));
    await userEvent.click(within(ask).getByLabelText(/Tom Jones/));
    await userEvent.click(within(ask).getByRole('button', { name: 'These people are here' }));
    expect(sent).toEqual([
      { area: 'roster', command: { type: 'speakFor', memberIds: ['m-priya', 'm-tom'] } },
    ]);
  });

  it('once people are named, says so in one line and asks again only when tapped', async () => {
    const { store } = renderScreen(<WhoIsHere teamId="team-1" />, {
      state: {
        control: controlState({ roster: roster({ speakingFor: { 'link-team': ['m-priya', 'm-tom'] } }) }),
      },
    });
    expect(screen.getByText('Speaking for Priya Shah and Tom Jones')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Who is using this tablet?' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Change who is here' }));
    expect(screen.getByLabelText(/Priya Shah/)).toHaveProperty('checked', true);
    // Another tablet claims Tom: this one no longer speaks for him.
    act(() =>
      store.setState({
        control: controlState({ roster: roster({ speakingFor: { 'link-team': ['m-priya'] } }) }),
      }),
    );
    expect(screen.getByText('Speaking for Priya Shah')).toBeTruthy();
  });

  it('does not ask by itself while its team has nobody on the roster: adding a name is one tap away', async () => {
    const { sent } = renderScreen(<WhoIsHere teamId="team-3" />, {
      state: { control: controlState({ roster: roster() }) },
    });
    expect(screen.queryByRole('region', { name: 'Who is using this tablet?' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add your name' }));
    const form = screen.getByRole('form', { name: 'Add your name to this team' });
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Add your name to this team' })).toBeNull();
    expect(sent).toEqual([]);
  });

  it('someone not on the roster adds themselves to this team', async () => {
    const { sent } = renderScreen(<WhoIsHere teamId="team-1" />, {
      state: { control: controlState({ roster: roster() }) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'I’m not on the list' }));
    const form = screen.getByRole('form', { name: 'Add your name to this team' });
    expect(within(form).queryByLabelText('Task team')).toBeNull();
    await userEvent.type(within(form).getByLabelText('Name'), 'Jo Bloggs');
    await userEvent.click(within(form).getByRole('button', { name: 'Add me' }));
    expect(sent).toEqual([
      {
        area: 'roster',
        command: {
          type: 'joinTeam',
          member: { id: expect.any(String), name: 'Jo Bloggs', bodyId: null, role: '' },
        },
      },
    ]);
  });
});

describe('the roster where the room reads it', () => {
  it('the Leader’s order of presentations names each team’s people and roles', () => {
    renderScreen(<LeaderScreen />, {
      role: 'leader',
      state: { control: controlState({ roster: roster() }) },
    });
    const housing = screen.getByText('Housing').closest('li')!;
    expect(housing.textContent).toContain('Priya Shah (Portfolio holder, Finance), Tom Jones');
    expect(screen.getByText('Adult care').closest('li')!.textContent).toContain('Ann Lee');
  });

  it('the console says whom each connected tablet speaks for', () => {
    renderScreen(<TeamsPanel />, {
      role: 'facilitator',
      state: {
        control: controlState({ roster: roster({ speakingFor: { 'tablet-1': ['m-priya', 'm-tom'] } }) }),
        presence: {
          people: [{ linkId: 'tablet-1', name: 'Housing', role: 'team', teamId: 'team-1', devices: 1 }],
        },
      },
    });
    expect(screen.getByText(/speaking for Priya Shah and Tom Jones/)).toBeTruthy();
  });
});

import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TabletScreen } from '../../client/src/screens/tablet/TabletScreen.js';
import { addCard, cardsMap, initialBoard, initialClock, readCards } from '../../shared/src/index.js';
import { controlState, renderScreen } from './harness.js';

describe('team tablet', () => {
  it('keeps the current item, the countdown and the save state in view', () => {
    renderScreen(<TabletScreen />, { state: { save: 'kept-on-device', docConnected: false } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Now Introduction');
    expect(screen.getByRole('timer', { name: 'Time left on this item' })).toHaveTextContent('10:00');
    expect(screen.getByText('Offline — kept on this tablet')).toBeInTheDocument();
    expect(screen.getByText('Housing')).toBeInTheDocument();
  });

  it('adds a priority to the shared document, then edits it when it is tapped', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<TabletScreen />);
    await user.type(screen.getByLabelText('New priority'), 'Mobile libraries');
    await user.selectOptions(screen.getAllByLabelText('Category')[0]!, 'budget');
    await user.click(screen.getByRole('button', { name: 'Add priority' }));
    expect(readCards(doc)).toEqual([
      expect.objectContaining({
        title: 'Mobile libraries',
        category: 'budget',
        createdByTeamId: 'team-1',
        placed: false,
      }),
    ]);
    expect(
      screen.getByText(
        'Added “Mobile libraries”. It waits under “Not on the map yet” until you put it on the map.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Priority' })).toBeNull();
    // The next priority chooses its own category: the last one's is not carried over unseen.
    expect(screen.getAllByLabelText('Category')[0]).toHaveValue('');
    // MAP-6: it waits beside the map, in no quadrant, until the team chooses one.
    const waiting = screen.getByRole('region', { name: 'Not on the map yet' });
    expect(within(waiting).getByText('Not on the map yet: 1 priority', { exact: false })).toBeInTheDocument();
    await user.click(within(waiting).getByRole('button', { name: /Mobile libraries/ }));
    const editor = screen.getByRole('region', { name: 'Priority' });
    const title = within(editor).getByLabelText('Title');
    await user.type(title, ' review{Enter}');
    expect(readCards(doc)[0]!.title).toBe('Mobile libraries review');
    await user.click(within(editor).getByRole('button', { name: /Move to top right/ }));
    expect(readCards(doc)[0]).toMatchObject({ placed: true, x: 0.75, y: 0.75, placedAt: 1 });
    expect(screen.queryByRole('region', { name: 'Not on the map yet' })).toBeNull();
  });

  it('shows edits from other devices as they arrive', () => {
    const { doc } = renderScreen(<TabletScreen />);
    act(() => addCard(doc, 'c1', { title: 'Neighbourhood plans', category: 'localism' }));
    expect(screen.getByRole('button', { name: /Neighbourhood plans/ })).toBeInTheDocument();
  });

  it('votes through the server and says how many votes are left', async () => {
    const user = userEvent.setup();
    const board = { ...initialBoard(), votes: { 'link-team': { c1: 2 } } };
    const { doc, sent } = renderScreen(<TabletScreen />, { state: { control: controlState({ board }) } });
    act(() => addCard(doc, 'c1', { title: 'Shared services' }));
    await user.click(screen.getByRole('button', { name: /Shared services/ }));
    expect(screen.getByText(/You have 3 of 5 left/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a vote' }));
    await user.click(screen.getByRole('button', { name: 'Take a vote back' }));
    expect(sent.map((s) => s.command)).toEqual([
      { type: 'vote', cardId: 'c1', delta: 1 },
      { type: 'vote', cardId: 'c1', delta: -1 },
    ]);
  });

  it('lists the priorities allocated to this team', () => {
    const board = { ...initialBoard(), allocations: { c1: 'team-1', c2: 'team-2' } };
    const { doc } = renderScreen(<TabletScreen />, { state: { control: controlState({ board }) } });
    act(() => {
      addCard(doc, 'c1', { title: 'Ours' });
      addCard(doc, 'c2', { title: 'Theirs' });
    });
    const list = screen.getByRole('region', { name: 'Housing’s priorities' });
    expect(within(list).getByText('Ours')).toBeInTheDocument();
    expect(within(list).queryByText('Theirs')).toBeNull();
  });

  it('removes a priority only after a second, clear confirmation', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<TabletScreen />);
    act(() => addCard(doc, 'c1', { title: 'To go', createdByTeamId: 'team-1' }));
    await user.click(screen.getByRole('button', { name: /To go/ }));
    await user.click(screen.getByRole('button', { name: 'Remove priority' }));
    expect(cardsMap(doc).has('c1')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(cardsMap(doc).has('c1')).toBe(false);
  });

  it('PERM-10 offers no removal of a priority another team made', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<TabletScreen />);
    act(() => addCard(doc, 'c2', { title: 'Theirs to keep', createdByTeamId: 'team-2' }));
    await user.click(screen.getByRole('button', { name: /Theirs to keep/ }));
    expect(screen.getByLabelText('Title')).toHaveValue('Theirs to keep');
    expect(screen.queryByRole('button', { name: 'Remove priority' })).toBeNull();
  });

  it('keeps a priority typed but not yet added through a reload', async () => {
    const user = userEvent.setup();
    const first = renderScreen(<TabletScreen />);
    await user.type(screen.getByLabelText('New priority'), 'Half-typed idea');
    first.unmount();
    renderScreen(<TabletScreen />);
    expect(screen.getByLabelText('New priority')).toHaveValue('Half-typed idea');
    await user.click(screen.getByRole('button', { name: 'Add priority' }));
    expect(screen.getByLabelText('New priority')).toHaveValue('');
  });

  it('says plainly when the browser will not keep work on the tablet', () => {
    renderScreen(<TabletScreen />, { state: { storageAvailable: false } });
    expect(screen.getByText(/won’t keep the board on this device/)).toBeInTheDocument();
  });

  it('shows an overrun in words as well as colour', () => {
    const clock = { ...initialClock(), status: 'running' as const, deadlineAtMs: Date.now() - 90_500 };
    renderScreen(<TabletScreen />, { state: { control: controlState({ clock }) } });
    expect(screen.getByRole('timer')).toHaveTextContent('−1:30Over time');
  });

  it('says when the allowance was lowered below the votes already placed', async () => {
    const user = userEvent.setup();
    const board = { ...initialBoard(), votesPerPerson: 3, votes: { 'link-team': { c1: 4, c2: 1 } } };
    const { doc } = renderScreen(<TabletScreen />, { state: { control: controlState({ board }) } });
    act(() => addCard(doc, 'c1', { title: 'Shared services' }));
    await user.click(screen.getByRole('button', { name: /Shared services/ }));
    expect(
      screen.getByText(/You have placed 5 votes, but the limit is now 3: take 2 back to vote again/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a vote' })).toBeDisabled();
  });

  it('names a priority’s fields without their contents, so a screen reader reads the note once', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<TabletScreen />);
    act(() => addCard(doc, 'c1', { title: 'Shared services', note: 'With the district council' }));
    await user.click(screen.getByRole('button', { name: /Shared services/ }));
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('With the district council');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Shared services');
  });

  it('writes a team’s possessive as British English does', () => {
    const summary = { id: 'w1', title: 'W', templateId: 't', agenda: controlState().agenda };
    renderScreen(<TabletScreen />, {
      state: { summary: { ...summary, teams: [{ id: 'team-1', name: 'Children and families' }] } },
    });
    expect(screen.getByRole('heading', { name: 'Children and families’ priorities' })).toBeInTheDocument();
  });

  it('says why it cannot vote while offline, and that what was typed before is saved', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<TabletScreen />, {
      state: { connection: 'offline', docConnected: false, save: 'saved' },
    });
    act(() => addCard(doc, 'c1', { title: 'Shared services' }));
    await user.click(screen.getByRole('button', { name: /Shared services/ }));
    expect(screen.getByText(/Voting needs a connection/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a vote' })).toBeDisabled();
    expect(screen.getByText('Offline — everything before was saved')).toBeInTheDocument();
  });

  it('opens a priority from the keyboard, takes focus to it, and tabs through the map in reading order', async () => {
    const user = userEvent.setup();
    const { doc } = renderScreen(<TabletScreen />);
    act(() => {
      addCard(doc, 'low', { title: 'Bottom left', x: 0.1, y: 0.1 });
      addCard(doc, 'high-right', { title: 'Top right', x: 0.9, y: 0.9 });
      addCard(doc, 'high-left', { title: 'Top left', x: 0.1, y: 0.9 });
    });
    const map = screen.getByRole('group', { name: 'Priority map' });
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringMatching(/^Top left/),
      expect.stringMatching(/^Top right/),
      expect.stringMatching(/^Bottom left/),
    ]);
    within(map)
      .getByRole('button', { name: /Top right/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Priority' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Top right');
  });

  it('says before cutting text: a count near the limit, and how much of a paste was left out', async () => {
    const user = userEvent.setup();
    renderScreen(<TabletScreen />);
    const field = screen.getByLabelText('New priority');
    await user.type(field, 'x'.repeat(170));
    expect(screen.getByText('170 of 200 characters')).toBeInTheDocument();
    await user.clear(field);
    await user.click(field);
    await user.paste('y'.repeat(250));
    expect(field).toHaveValue('y'.repeat(200));
    expect(screen.getByText(/the last 50 of what you pasted were left out/)).toBeInTheDocument();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ProjectorScreen from '../../client/src/screens/projector/ProjectorScreen.js';
import LeaderScreen from '../../client/src/screens/leader/LeaderScreen.js';
import LiveScreen from '../../client/src/screens/LiveScreen.js';
import { addCard, initialBoard, initialClock } from '../../shared/src/index.js';
import { agenda, controlState, renderScreen } from './harness.js';

describe('projector board', () => {
  it('shows the item, a big countdown and the programme’s progress, with nothing to click', () => {
    const ran = (index: number) => ({ itemId: agenda[index]!.id, title: '', startedAtMs: 0, endedAtMs: 1 });
    const clock = {
      ...initialClock(),
      currentIndex: 2,
      status: 'paused' as const,
      remainingMs: 25 * 60_000,
      asRun: [ran(0), ran(1)],
    };
    renderScreen(<ProjectorScreen />, { role: 'projector', state: { control: controlState({ clock }) } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Team task 1');
    expect(screen.getByRole('timer')).toHaveTextContent('25:00Paused');
    const progress = screen.getByRole('list', { name: 'Programme: item 3 of 8' });
    expect(
      within(progress)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/done$/),
      expect.stringMatching(/done$/),
      expect.stringMatching(/now$/),
      ...Array(5).fill(expect.stringMatching(/to come$/)),
    ]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByText(`Next: ${agenda[3]!.title}, 10.50`)).toBeInTheDocument();
  });

  it('tells the room it is offline with a small note in a corner, not a banner across the wall', () => {
    const { container } = renderScreen(<ProjectorScreen />, {
      role: 'projector',
      state: { connection: 'offline' },
    });
    expect(container.querySelector('.banners--quiet')).toHaveTextContent(/offline/);
    expect(container.querySelector('.banners--quiet')).not.toBeNull();
  });

  it('follows the facilitator’s focus: the map in the centre, the clock in a corner', () => {
    const { doc, store } = renderScreen(<ProjectorScreen />, { role: 'projector' });
    act(() => addCard(doc, 'c1', { title: 'Shared services', category: 'budget' }));
    expect(screen.queryByRole('group', { name: 'Priority map' })).toBeNull();
    act(() =>
      store.setState({ control: controlState({ board: { ...initialBoard(), focus: { kind: 'map' } } }) }),
    );
    expect(screen.getByRole('group', { name: 'Priority map' })).toHaveTextContent('Shared services');
    expect(screen.getByRole('timer')).toBeInTheDocument();
    act(() =>
      store.setState({
        control: controlState({
          board: {
            ...initialBoard(),
            focus: { kind: 'team', teamId: 'team-2' },
            allocations: { c1: 'team-2' },
          },
        }),
      }),
    );
    expect(screen.getByRole('region', { name: 'Adult care’s priorities' })).toHaveTextContent(
      'Shared services',
    );
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('shows a team’s priority once, votes in words, and no "No category" on the wall', () => {
    const { doc } = renderScreen(<ProjectorScreen />, {
      role: 'projector',
      state: {
        control: controlState({
          board: {
            ...initialBoard(),
            focus: { kind: 'team', teamId: 'team-2' },
            allocations: { c1: 'team-2' },
            votes: { v: { c1: 2 } },
          },
        }),
      },
    });
    act(() => addCard(doc, 'c1', { title: 'Shared services', createdByTeamId: 'team-2' }));
    expect(screen.getAllByText('Shared services')).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Added by Adult care' })).toHaveTextContent(
      'Nothing else added by this team.',
    );
    expect(screen.queryByText(/No category/)).toBeNull();
    expect(screen.getByText(/2 votes/)).toBeInTheDocument();
  });
});

describe('Leader’s chair', () => {
  it('shows the clock, the agenda and the order of presentations', () => {
    const board = { ...initialBoard(), allocations: { c1: 'team-1', c2: 'team-1' }, votes: { v: { c1: 3 } } };
    renderScreen(<LeaderScreen />, { role: 'leader', state: { control: controlState({ board }) } });
    const order = screen.getByRole('region', { name: 'Order of presentations' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Housing2 priorities, 3 votes', 'Adult care0 priorities, 0 votes']);
    expect(screen.getByRole('list', { name: 'Agenda' })).toBeInTheDocument();
    expect(screen.getByText('Planned finish')).toBeInTheDocument();
  });
});

describe('announcements for screen readers', () => {
  it('announces a change of item and the last minutes, politely', async () => {
    const { store } = renderScreen(<LiveScreen />, { role: 'witness' });
    const region = screen
      .getAllByRole('status')
      .find((el) => el.getAttribute('aria-live') === 'polite' && el.className === 'visually-hidden')!;
    expect(region).toHaveTextContent('Now: Introduction.');
    act(() => store.setState({ control: controlState({ clock: { ...initialClock(), currentIndex: 1 } }) }));
    expect(region).toHaveTextContent('Now: Briefing on the challenges');
    const clock = {
      ...initialClock(),
      currentIndex: 1,
      status: 'running' as const,
      deadlineAtMs: Date.now() + 4 * 60_000,
    };
    act(() => store.setState({ control: controlState({ clock }) }));
    // The countdown is redrawn every animation frame; the reminder follows within one.
    await waitFor(() => expect(region).toHaveTextContent('5 minutes left: Briefing on the challenges'));
  });
});

describe('a countdown before the device has measured its clock', () => {
  it('shows no time for a running clock until the first round trip, then the time', async () => {
    const clock = {
      ...initialClock(),
      status: 'running' as const,
      deadlineAtMs: Date.now() + 600_000,
      remainingMs: null,
    };
    const { store } = renderScreen(<ProjectorScreen />, {
      role: 'projector',
      state: { clockSynced: false, control: controlState({ clock }) },
    });
    expect(screen.getByRole('timer')).toHaveTextContent('–:––');
    act(() => store.setState({ clockSynced: true }));
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent(/\d+:\d\d/));
  });
});

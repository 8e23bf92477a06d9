import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgendaEditor } from '../../client/src/screens/facilitator/agenda/AgendaEditor.js';
import { UnreadableNotice } from '../../client/src/screens/facilitator/UnreadableNotice.js';
import { ClockControls } from '../../client/src/screens/facilitator/ClockControls.js';
import { FocusControl } from '../../client/src/screens/facilitator/FocusControl.js';
import { JoinPanel } from '../../client/src/screens/facilitator/JoinPanel.js';
import { MapSettings } from '../../client/src/screens/facilitator/MapSettings.js';
import { TeamsPanel } from '../../client/src/screens/facilitator/TeamsPanel.js';
import { AgendaList } from '../../client/src/ui/AgendaList.js';
import { initialBoard, initialClock } from '../../shared/src/index.js';
import { agenda, controlState, renderScreen } from './harness.js';

afterEach(() => vi.unstubAllGlobals());

describe('facilitator console', () => {
  it('starts the clock, then offers pause, next item and extensions', async () => {
    const user = userEvent.setup();
    const { sent, store } = renderScreen(<ClockControls />, { role: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Start the clock' }));
    expect(sent).toEqual([{ area: 'clock', command: { type: 'start' } }]);
    act(() =>
      store.setState({
        control: controlState({
          clock: { ...initialClock(), status: 'running', deadlineAtMs: Date.now() + 60_000 },
        }),
      }),
    );
    expect(screen.queryByRole('button', { name: 'Start the clock' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.click(screen.getByRole('button', { name: 'Next item' }));
    await user.click(screen.getByRole('button', { name: '+5 min' }));
    expect(sent.slice(1).map((s) => s.command)).toEqual([
      { type: 'pause' },
      { type: 'next' },
      { type: 'adjust', minutes: 5 },
    ]);
  });

  it('shows a refusal in words and offers undo after a move', async () => {
    const user = userEvent.setup();
    const refusal = {
      ok: false as const,
      error: { code: 'not-running', message: 'The clock is not running, so it cannot be paused.' },
    };
    const clock = {
      ...initialClock(),
      currentIndex: 1,
      undo: {
        kind: 'move' as const,
        currentIndex: 0,
        status: 'ready' as const,
        deadlineAtMs: null,
        remainingMs: null,
        adjustMinById: {},
        startedAtMs: null,
        finishedAtMs: null,
        asRun: [],
      },
    };
    renderScreen(<ClockControls />, {
      role: 'facilitator',
      state: { control: controlState({ clock }) },
      answer: refusal,
    });
    await user.click(screen.getByRole('button', { name: 'Undo last move' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The clock is not running, so it cannot be paused.',
    );
  });

  it('jumps to an agenda item from the list', async () => {
    const user = userEvent.setup();
    let picked = '';
    renderScreen(<AgendaList onSelect={(id) => (picked = id)} />, { role: 'facilitator' });
    const list = screen.getByRole('list', { name: 'Agenda' });
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step');
    await user.click(screen.getByRole('button', { name: /Go to Witness sessions/ }));
    expect(picked).toBe('witness-sessions');
  });

  it('chooses what the projector shows', async () => {
    const user = userEvent.setup();
    const { sent } = renderScreen(<FocusControl />, { role: 'facilitator' });
    // BOARD-11: a new workshop's wall follows the programme, and says what that shows now.
    expect(screen.getByRole('radio', { name: 'Follow the programme (now the clock)' })).toBeChecked();
    // One choice for a team's work, whatever the number of teams, with the team picked beside it.
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    await user.selectOptions(screen.getByLabelText('Which team’s work'), 'team-2');
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('radio', { name: 'Adult care’s work' }));
    expect(sent).toEqual([
      { area: 'board', command: { type: 'focus', focus: { kind: 'team', teamId: 'team-2' } } },
    ]);
  });

  it('moves the projector straight to another team while it shows a team’s work', async () => {
    const user = userEvent.setup();
    const board = { ...initialBoard(), focus: { kind: 'team' as const, teamId: 'team-1' } };
    const { sent } = renderScreen(<FocusControl />, {
      role: 'facilitator',
      state: { control: controlState({ board }) },
    });
    await user.selectOptions(screen.getByLabelText('Which team’s work'), 'team-2');
    expect(sent).toEqual([
      { area: 'board', command: { type: 'focus', focus: { kind: 'team', teamId: 'team-2' } } },
    ]);
  });

  it('choosing Joining shows every team’s join code first, then puts it on the projector', async () => {
    const user = userEvent.setup();
    const made: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => {
        const { teamId } = JSON.parse(String(init?.body)) as { teamId: string };
        made.push(teamId);
        return Response.json(
          { code: 'ABC234', teamId, joinUrl: 'http://board/join/ABC234' },
          { status: 201 },
        );
      }),
    );
    const { sent } = renderScreen(<FocusControl />, { role: 'facilitator' });
    await user.click(screen.getByRole('radio', { name: 'Joining: every team’s code and QR code' }));
    expect(made).toEqual(['team-1', 'team-2']);
    expect(sent).toEqual([{ area: 'board', command: { type: 'focus', focus: { kind: 'joining' } } }]);
  });

  it('follows the live list of join codes: one made elsewhere appears, a revoked one goes', async () => {
    let codes = [{ code: 'ABC234', teamId: 'team-1', joinUrl: 'http://board/join/ABC234' }];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('/join-address')
          ? Response.json({ base: 'http://board', onlyThisComputer: false, networkUrls: [] })
          : Response.json({ codes }),
      ),
    );
    const { store } = renderScreen(<JoinPanel />, { role: 'facilitator' });
    expect(await screen.findByText('ABC-234')).toBeInTheDocument();
    codes = [{ code: 'DEF567', teamId: 'team-2', joinUrl: 'http://board/join/DEF567' }];
    act(() => store.setState((s) => ({ joinCodesChanges: s.joinCodesChanges + 1 })));
    expect(await screen.findByText('DEF-567')).toBeInTheDocument();
    expect(screen.queryByText('ABC-234')).toBeNull();
  });

  it('shows teams with their connected people and devices', () => {
    renderScreen(<TeamsPanel />, {
      role: 'facilitator',
      state: {
        presence: {
          people: [{ linkId: 'l1', name: 'Cllr Patel', role: 'team', teamId: 'team-1', devices: 2 }],
        },
      },
    });
    expect(screen.getByText('Cllr Patel (2 devices)')).toBeInTheDocument();
    expect(screen.getByText(/no device connected/)).toBeInTheDocument();
  });

  it('warns when the console is open at localhost, and links to it on the venue’s network', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('/join-address')
          ? Response.json({
              base: 'http://localhost:3000',
              onlyThisComputer: true,
              networkUrls: ['http://192.168.1.20:3000'],
            })
          : Response.json({ codes: [] }),
      ),
    );
    renderScreen(<JoinPanel />, { role: 'facilitator' });
    expect(await screen.findByText(/which only this computer can reach/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'http://192.168.1.20:3000' })).toHaveAttribute(
      'href',
      'http://192.168.1.20:3000/w/w1/facilitator#token=token',
    );
  });

  it('shows every team’s join code in one step', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (init?.method === 'POST') {
          const { teamId } = JSON.parse(String(init.body)) as { teamId: string };
          const code = teamId === 'team-1' ? 'ABC234' : 'DEF567';
          return Response.json({ code, teamId, joinUrl: `http://board/join/${code}` }, { status: 201 });
        }
        return Response.json({ codes: [] });
      }),
    );
    renderScreen(<JoinPanel />, { role: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Show every team’s join code' }));
    expect(await screen.findByText('ABC-234')).toBeInTheDocument();
    expect(await screen.findByText('DEF-567')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show every team’s join code' })).toBeNull();
  });

  it('shows a join code with its QR code, and revokes it', async () => {
    const user = userEvent.setup();
    const code = { code: 'ABC234', teamId: 'team-1', joinUrl: 'http://board/join/ABC234' };
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') return Response.json(code, { status: 201 });
      if (init?.method === 'DELETE') return new Response(null, { status: 204 });
      return Response.json({ codes: [] });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderScreen(<JoinPanel />, { role: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Show a join code for Housing' }));
    expect(await screen.findByText('ABC-234')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'QR code to join Housing' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revoke Housing’s code' }));
    await user.click(screen.getByRole('button', { name: 'Revoke it and disconnect its tablets' }));
    expect(await screen.findByRole('button', { name: 'Show a join code for Housing' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/workshops/w1/join-codes/ABC234?tablets=disconnect',
      expect.objectContaining({ method: 'DELETE' }),
    );
  });

  it('renames the axes and sets the votes per person', async () => {
    const user = userEvent.setup();
    const { sent } = renderScreen(<MapSettings />, { role: 'facilitator' });
    const across = screen.getByLabelText('Across the map (horizontal axis)');
    await user.clear(across);
    await user.type(across, 'Cost to deliver');
    await user.click(screen.getByRole('button', { name: 'Rename the axes' }));
    const votes = screen.getByLabelText('Votes per person');
    await user.clear(votes);
    await user.type(votes, '3');
    await user.click(screen.getByRole('button', { name: 'Set votes per person' }));
    expect(sent.map((s) => s.command)).toEqual([
      { type: 'axes', x: 'Cost to deliver', y: 'Impact on the place' },
      { type: 'votesPerPerson', count: 3 },
    ]);
  });
});

describe('facilitator console: the agenda and the reset', () => {
  it('CLOCK-9 asks before resetting the clock, and sends the reset only when confirmed', async () => {
    const user = userEvent.setup();
    const { sent } = renderScreen(<ClockControls />, { role: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Reset the clock' }));
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Keep the clock as it is' }));
    await user.click(screen.getByRole('button', { name: 'Reset the clock' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset the clock' }));
    expect(sent).toEqual([{ area: 'clock', command: { type: 'reset' } }]);
  });

  it('PERM-4 edits the agenda: re-time, move with the buttons, add and remove, each as one command', async () => {
    const user = userEvent.setup();
    const { sent } = renderScreen(<AgendaEditor />, { role: 'facilitator' });
    const first = agenda[0]!;
    const minutes = screen.getAllByLabelText('Minutes')[0]!;
    await user.clear(minutes);
    await user.type(minutes, '25');
    await user.click(screen.getByRole('button', { name: `Save changes to ${first.title}` }));
    await user.click(screen.getByRole('button', { name: `Move down: ${first.title}` }));
    await user.type(screen.getByLabelText('New item'), 'Lunch');
    await user.click(screen.getByRole('button', { name: 'Add to the agenda' }));
    await user.click(screen.getByRole('button', { name: `Remove: ${agenda[1]!.title}` }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(sent).toEqual([
      {
        area: 'agenda',
        command: { type: 'update', itemId: first.id, title: first.title, kind: first.kind, durationMin: 25 },
      },
      { area: 'agenda', command: { type: 'move', itemId: first.id, toIndex: 1 } },
      {
        area: 'agenda',
        command: {
          type: 'add',
          item: { id: expect.stringMatching(/^item-/), title: 'Lunch', kind: 'other', durationMin: 15 },
          index: agenda.length,
        },
      },
      { area: 'agenda', command: { type: 'remove', itemId: agenda[1]!.id } },
    ]);
  });

  it('says what the server could not read back after a restart', () => {
    renderScreen(<UnreadableNotice />, {
      role: 'facilitator',
      state: {
        control: controlState({ unreadable: [{ section: 'clock', message: 'adjustMinById.x: bad' }] }),
      },
    });
    expect(screen.getByRole('alert')).toHaveTextContent(/could not read back the clock/);
  });
});

describe('the agenda as the room sees it', () => {
  it('CLOCK-12 marks an item gone past without running as skipped, and shows an extension', () => {
    const first = agenda[0]!;
    const current = agenda[2]!;
    const clock = {
      ...initialClock(),
      currentIndex: 2,
      adjustMinById: { [current.id]: 5 },
      asRun: [{ itemId: first.id, title: first.title, startedAtMs: 0, endedAtMs: 1 }],
    };
    renderScreen(<AgendaList />, { role: 'facilitator', state: { control: controlState({ clock }) } });
    const items = within(screen.getByRole('list', { name: 'Agenda' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Done');
    expect(items[1]).toHaveTextContent('Skipped');
    expect(items[2]).toHaveTextContent(`${current.durationMin + 5} min (+5)`);
  });
});

describe('map settings', () => {
  it('asks before clearing every vote', async () => {
    const user = userEvent.setup();
    const { sent } = renderScreen(<MapSettings />, { role: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Clear all votes' }));
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Keep the votes' }));
    await user.click(screen.getByRole('button', { name: 'Clear all votes' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear all votes' }));
    expect(sent).toEqual([{ area: 'board', command: { type: 'clearVotes' } }]);
  });

  it('counts towards an axis name’s limit and says how much of a paste was left out', async () => {
    const user = userEvent.setup();
    renderScreen(<MapSettings />, { role: 'facilitator' });
    const up = screen.getByLabelText('Up the map (vertical axis)');
    await user.clear(up);
    await user.type(up, 'How much difference it would make to our residents');
    expect(screen.getByText('50 of 60 characters')).toBeInTheDocument();
    await user.paste(' and to firms in the town centre');
    expect(up).toHaveValue('How much difference it would make to our residents and to fi');
    expect(
      screen.getByText('Only 60 characters fit here: the last 22 of what you pasted were left out.'),
    ).toBeInTheDocument();
  });

  it('counts towards an agenda item title’s limit', async () => {
    const user = userEvent.setup();
    renderScreen(<AgendaEditor />, { role: 'facilitator' });
    await user.click(screen.getByLabelText('New item'));
    await user.paste('Lunch and networking in the members’ room. '.repeat(6));
    expect(screen.getByLabelText('New item')).toHaveValue(
      'Lunch and networking in the members’ room. '.repeat(6).slice(0, 200),
    );
    expect(screen.getByText(/the last 58 of what you pasted were left out/)).toBeInTheDocument();
  });
});

describe('an offline console', () => {
  it('does not claim to know who is connected', () => {
    renderScreen(<TeamsPanel />, { role: 'facilitator', state: { connection: 'offline' } });
    expect(screen.getByText(/Not known while this console is offline/)).toBeInTheDocument();
  });
});

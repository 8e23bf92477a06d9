import { act, screen, waitFor, within } from '@testing-library/react';
import QRCode from 'qrcode';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    const progress = screen.getByRole('list', { name: 'Programme: item 3 of 9' });
    expect(
      within(progress)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/done$/),
      expect.stringMatching(/done$/),
      expect.stringMatching(/now$/),
      ...Array(6).fill(expect.stringMatching(/to come$/)),
    ]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByText(`Next: ${agenda[3]!.title}, 10.15`)).toBeInTheDocument();
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

describe('projector: joining', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const joining = controlState({ board: { ...initialBoard(), focus: { kind: 'joining' } } });
  const housing = { code: 'ABC234', teamId: 'team-1', joinUrl: 'http://localhost:3000/join/ABC234' };
  const adultCare = { code: 'DEF567', teamId: 'team-2', joinUrl: 'http://localhost:3000/join/DEF567' };

  /** The server as the projector sees it: opened at localhost, one address on the venue's network. */
  function stubServer(codes: { current: object[] }) {
    const fetchMock = vi.fn(async (url: string) =>
      url.endsWith('/join-address')
        ? Response.json({
            base: 'http://localhost:3000',
            onlyThisComputer: true,
            networkUrls: ['http://192.168.1.20:3000'],
          })
        : Response.json({ codes: codes.current }),
    );
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('shows the address tablets reach and every team’s code and QR code; a revoked code leaves', async () => {
    const codes = { current: [housing, adultCare] };
    stubServer(codes);
    const qr = vi.spyOn(QRCode, 'toString');
    const { store } = renderScreen(<ProjectorScreen />, { role: 'projector', state: { control: joining } });
    const how = await screen.findByRole('heading', { name: /On a tablet, open 192\.168\.1\.20:3000/ });
    expect(how).toHaveTextContent('and type your team’s code, or scan its QR code');
    const team = (name: string) => screen.getByRole('heading', { name }).closest('li')!;
    await waitFor(() => expect(team('Housing')).toHaveTextContent('Join code ABC-234'));
    expect(team('Adult care')).toHaveTextContent('Join code DEF-567');
    expect(await screen.findByRole('img', { name: 'QR code to join Housing' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'QR code to join Adult care' })).toBeInTheDocument();
    // The QR codes open the join page at the address on the wall, not at localhost.
    expect(qr).toHaveBeenCalledWith('http://192.168.1.20:3000/join/ABC234', expect.anything());
    expect(screen.getByRole('timer')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);

    codes.current = [adultCare];
    act(() => store.setState((s) => ({ joinCodesChanges: s.joinCodesChanges + 1 })));
    await waitFor(() => expect(team('Housing')).toHaveTextContent('Ask the facilitator for a code'));
    expect(screen.queryByText('ABC-234')).toBeNull();
    expect(screen.queryByRole('img', { name: 'QR code to join Housing' })).toBeNull();
    expect(team('Adult care')).toHaveTextContent('DEF-567');

    act(() => store.setState({ control: controlState() }));
    expect(screen.queryByText('DEF-567')).toBeNull();
    expect(screen.queryByRole('img', { name: /QR code/ })).toBeNull();
    expect(screen.getByRole('timer')).toBeInTheDocument();
  });

  it('shows no QR code when no address tablets reach can be told, and asks for the address', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('/join-address')
          ? Response.json({ base: 'http://localhost:3000', onlyThisComputer: true, networkUrls: [] })
          : Response.json({ codes: [housing] }),
      ),
    );
    renderScreen(<ProjectorScreen />, { role: 'projector', state: { control: joining } });
    expect(
      await screen.findByRole('heading', { name: /ask the facilitator for its address/ }),
    ).toBeInTheDocument();
    expect(await screen.findByText('ABC-234')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /QR code/ })).toBeNull();
    expect(screen.queryByText(/localhost/)).toBeNull();
  });
});

describe('Leader’s chair', () => {
  it('shows the clock, the agenda and the order of presentations', () => {
    renderScreen(<LeaderScreen />, { role: 'leader', state: { control: controlState() } });
    const order = screen.getByRole('list', { name: 'Order of presentations' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['Housing', 'Adult care']);
    expect(screen.getByRole('list', { name: 'Agenda' })).toBeInTheDocument();
    expect(screen.getByText('Planned finish')).toBeInTheDocument();
    // The programme's shape and what is coming.
    expect(screen.getByRole('list', { name: 'Programme: item 1 of 9' })).toBeInTheDocument();
    expect(screen.getByText(`Next: ${agenda[1]!.title}, 9.10`)).toBeInTheDocument();
  });
});

describe('announcements for screen readers', () => {
  it('announces a change of item and the last minutes, politely', async () => {
    const { store } = renderScreen(<LiveScreen />, { role: 'witness' });
    const region = screen
      .getAllByRole('status')
      .find((el) => el.getAttribute('aria-live') === 'polite' && el.className === 'visually-hidden')!;
    expect(region).toHaveTextContent('Now: Introduction to the Workshop and how it will work.');
    act(() => store.setState({ control: controlState({ clock: { ...initialClock(), currentIndex: 1 } }) }));
    expect(region).toHaveTextContent('Now: Input: What will change?');
    const clock = {
      ...initialClock(),
      currentIndex: 1,
      status: 'running' as const,
      deadlineAtMs: Date.now() + 4 * 60_000,
    };
    act(() => store.setState({ control: controlState({ clock }) }));
    // The countdown is redrawn every animation frame; the reminder follows within one.
    await waitFor(() => expect(region).toHaveTextContent('5 minutes left: Input: What will change?'));
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

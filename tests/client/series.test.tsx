import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgrammeWorkspace } from '../../client/src/screens/tablet/ProgrammeWorkspace.js';
import { CarriedForward } from '../../client/src/series/CarriedForward.js';
import { NextInSeries } from '../../client/src/series/NextInSeries.js';
import { findTemplate, type CarriedForward as Carried } from '../../shared/src/index.js';
import { controlState, renderScreen, summary } from './harness.js';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const part = (n: 1 | 2 | 3) => {
  const template = findTemplate(`renewing-top-team-working-${n}`)!;
  return {
    // A later part is started from the one before it (next-in-series), which it then follows.
    summary: { ...summary, templateId: template.id, agenda: template.agenda, follows: n > 1 ? 'w0' : null },
    control: controlState({ agenda: template.agenda }),
  };
};

const carried: Carried = {
  workshops: [
    {
      id: 'w0',
      title: 'Anytown top team',
      part: 1,
      of: 3,
      createdAtMs: Date.UTC(2026, 2, 2, 10),
      startedAtMs: Date.UTC(2026, 2, 3, 9, 30),
      priorities: [
        {
          id: 'p1',
          title: 'One front door for residents',
          note: 'Online and by phone',
          category: { id: 'bureaucracy', label: 'Less bureaucracy', colour: '#1c6b3a' },
          votes: 5,
          allocatedTo: 'Housing',
          place: 'more impact on the place, less ease of delivery',
        },
      ],
    },
  ],
};

function serve(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => Response.json(body, { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('carried forward', () => {
  it('lists the earlier workshop’s priorities with their status, and nothing to edit', async () => {
    const fetchMock = serve(carried);
    renderScreen(<CarriedForward />, { state: part(2) });
    const earlier = await screen.findByRole('region', { name: 'Workshop 1 of 3: Anytown top team' });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/workshops/w1/carried-forward',
      expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer token' }) }),
    );
    expect(within(earlier).getByText('Held on 3 March 2026')).toBeTruthy();
    const item = within(within(earlier).getByRole('list', { name: 'Priorities from workshop 1' })).getByRole(
      'listitem',
    );
    expect(item.textContent).toContain('One front door for residents');
    expect(item.textContent).toContain('Less bureaucracy');
    expect(item.textContent).toContain(
      'Allocated to Housing · 5 votes · more impact on the place, less ease of delivery',
    );
    expect(within(earlier).queryAllByRole('button')).toEqual([]);
    expect(within(earlier).queryAllByRole('textbox')).toEqual([]);
  });

  it('says why it could not read them, and tries again', async () => {
    serve({ error: { code: 'forbidden', message: 'This link does not give access to this workshop.' } }, 403);
    renderScreen(<CarriedForward />, { state: part(2) });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This link does not give access to this workshop.',
    );
    serve(carried);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('region', { name: 'Workshop 1 of 3: Anytown top team' });
  });

  it('is one more view on the tablet of a later workshop, followed during its first item', async () => {
    serve(carried);
    renderScreen(<ProgrammeWorkspace teamId="team-1" />, { state: part(2) });
    expect(screen.getByRole('button', { name: 'Carried forward' })).toBeTruthy();
    // The programme opens with "Where workshop 1 left us": the tablet follows it there.
    await screen.findByRole('region', { name: 'Workshop 1 of 3: Anytown top team' });
  });

  it('is not offered on the tablet of a first workshop, nor of a later part started on its own', () => {
    const first = renderScreen(<ProgrammeWorkspace teamId="team-1" />, { state: part(1) });
    expect(screen.queryByRole('button', { name: 'Carried forward' })).toBeNull();
    first.unmount();
    const alone = part(2);
    renderScreen(<ProgrammeWorkspace teamId="team-1" />, {
      state: { ...alone, summary: { ...alone.summary, follows: null } },
    });
    expect(screen.queryByRole('button', { name: 'Carried forward' })).toBeNull();
    // Its opening item then keeps the team's work in front of it.
    expect(screen.getByRole('group', { name: 'Priority map' })).toBeTruthy();
  });
});

describe('starting the next workshop of the series', () => {
  const created = {
    id: 'w2',
    title: 'Cabinet challenge workshop, workshop 2 of 3',
    templateId: 'renewing-top-team-working-2',
    teams: summary.teams,
    agenda: findTemplate('renewing-top-team-working-2')!.agenda,
    facilitatorToken: 'new-token',
    facilitatorUrl: 'http://board/w/w2/facilitator#token=new-token',
  };

  it('starts it from the console, then offers its facilitator link, kept over a reload', async () => {
    const fetchMock = serve(created, 201);
    const first = renderScreen(<NextInSeries />, { role: 'facilitator', state: part(1) });
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Start workshop 2 of 3: a joint vision' }));
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/workshops/w1/next-in-series',
      expect.objectContaining({ method: 'POST' }),
    );
    const open = await screen.findByRole('link', { name: 'Open workshop 2 of 3' });
    expect(open.getAttribute('href')).toBe(created.facilitatorUrl);
    expect(screen.getByLabelText<HTMLInputElement>('Address of the console of workshop 2 of 3').value).toBe(
      created.facilitatorUrl,
    );
    first.unmount();
    renderScreen(<NextInSeries />, { role: 'facilitator', state: part(1) });
    expect(screen.getByRole('link', { name: 'Open workshop 2 of 3' })).toBeTruthy();
  });

  it('says the server’s refusal in its words', async () => {
    serve({ error: { code: 'last-in-series', message: 'This is the last workshop of its series.' } }, 409);
    renderScreen(<NextInSeries />, { role: 'facilitator', state: part(1) });
    await userEvent.setup().click(screen.getByRole('button', { name: /Start workshop 2 of 3/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('This is the last workshop of its series.');
  });

  it('is not offered in the last workshop of a series, nor outside one', () => {
    renderScreen(<NextInSeries />, { role: 'facilitator', state: part(3) });
    renderScreen(<NextInSeries />, { role: 'facilitator' });
    expect(screen.queryByRole('region', { name: 'Next in the series' })).toBeNull();
  });
});

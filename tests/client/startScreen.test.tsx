import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { findTemplate } from '../../shared/src/index.js';
import { StartScreen } from '../../client/src/screens/start/StartScreen.js';

const template = findTemplate('strategic-political-leadership')!;

afterEach(() => vi.unstubAllGlobals());

function stubServer(create: (body: unknown) => Response) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/templates') return Response.json({ templates: [template] });
    if (url === '/api/workshops') return create(JSON.parse(String(init?.body)));
    return new Response(null, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

it('creates a workshop with the named task teams and opens the facilitator’s link', async () => {
  const assign = vi.fn();
  vi.stubGlobal('location', { ...window.location, assign, pathname: '/' });
  let sent: unknown;
  stubServer((body) => {
    sent = body;
    return Response.json(
      {
        id: 'w1',
        title: 'T',
        templateId: template.id,
        teams: [],
        agenda: template.agenda,
        facilitatorToken: 'f',
        facilitatorUrl: 'http://x/w/w1/facilitator#token=f',
      },
      { status: 201 },
    );
  });
  const user = userEvent.setup();
  render(<StartScreen />);
  await screen.findByRole('option', { name: template.title });
  await user.type(screen.getByLabelText('Workshop title'), 'Cabinet workshop');
  const first = screen.getByLabelText('Name of task team 1');
  await user.clear(first);
  await user.type(first, 'Housing');
  await user.click(screen.getByRole('button', { name: 'Remove task team 4' }));
  // The programme's published start is offered; the facilitator can move it.
  expect(screen.getByLabelText('Starts at')).toHaveValue('09:00');
  await user.clear(screen.getByLabelText('Starts at'));
  await user.type(screen.getByLabelText('Starts at'), '13:30');
  await user.click(screen.getByRole('button', { name: 'Create the workshop' }));
  await waitFor(() => expect(assign).toHaveBeenCalledWith('http://x/w/w1/facilitator#token=f'));
  expect(sent).toEqual({
    title: 'Cabinet workshop',
    templateId: template.id,
    teams: ['Housing', 'Task team 2', 'Task team 3'],
    startsAt: '13:30',
  });
});

it('shows the server’s refusal in words', async () => {
  stubServer(() =>
    Response.json(
      { error: { code: 'bad-request', message: 'teams: team names must differ' } },
      { status: 400 },
    ),
  );
  const user = userEvent.setup();
  render(<StartScreen />);
  await screen.findByRole('option', { name: template.title });
  await user.type(screen.getByLabelText('Workshop title'), 'Cabinet workshop');
  await user.click(screen.getByRole('button', { name: 'Create the workshop' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('team names must differ');
});

it('asks for a title before sending anything', async () => {
  const fetchMock = stubServer(() => new Response(null, { status: 500 }));
  const user = userEvent.setup();
  render(<StartScreen />);
  await screen.findByRole('option', { name: template.title });
  await user.type(screen.getByLabelText('Workshop title'), '   ');
  await user.click(screen.getByRole('button', { name: 'Create the workshop' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Give the workshop a title.');
  expect(fetchMock).not.toHaveBeenCalledWith('/api/workshops', expect.anything());
});

it('names the task team that is wrong, as people count them, before sending anything', async () => {
  const fetchMock = stubServer(() => new Response(null, { status: 500 }));
  const user = userEvent.setup();
  render(<StartScreen />);
  await screen.findByRole('option', { name: template.title });
  await user.type(screen.getByLabelText('Workshop title'), 'Cabinet workshop');
  await user.clear(screen.getByLabelText('Name of task team 2'));
  await user.type(screen.getByLabelText('Name of task team 2'), '  ');
  await user.clear(screen.getByLabelText('Name of task team 4'));
  await user.type(screen.getByLabelText('Name of task team 4'), 'task team 1');
  await user.click(screen.getByRole('button', { name: 'Create the workshop' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Task team 2 needs a name.');
  expect(alert).toHaveTextContent('Task teams 1 and 4 are both called “task team 1”');
  expect(fetchMock).not.toHaveBeenCalledWith('/api/workshops', expect.anything());
});

it('says when a workshop has as many task teams as it can', async () => {
  stubServer(() => new Response(null, { status: 500 }));
  const user = userEvent.setup();
  render(<StartScreen />);
  await screen.findByRole('option', { name: template.title });
  const add = screen.getByRole('button', { name: 'Add a task team' });
  while (!(add as HTMLButtonElement).disabled) await user.click(add);
  expect(screen.getByText('A workshop can have at most 12 task teams.')).toBeInTheDocument();
});

it('opened from a team’s QR code, is for joining: creating a workshop is one tap away', async () => {
  stubServer(() => new Response(null, { status: 500 }));
  const user = userEvent.setup();
  render(<StartScreen initialCode="ABC234" />);
  expect(screen.queryByRole('heading', { name: 'Create a workshop' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Setting up a new workshop instead?' }));
  expect(screen.getByRole('heading', { name: 'Create a workshop' })).toBeInTheDocument();
});

it('says how much of a pasted team name was left out, and counts towards the limit', async () => {
  stubServer(() => new Response(null, { status: 500 }));
  const user = userEvent.setup();
  render(<StartScreen />);
  await screen.findByRole('option', { name: template.title });
  const name = screen.getByLabelText('Name of task team 2');
  await user.clear(name);
  await user.paste('Housing, regeneration and the local plan '.repeat(5));
  expect(name).toHaveValue('Housing, regeneration and the local plan '.repeat(5).slice(0, 60));
  expect(
    screen.getByText('Only 60 characters fit here: the last 145 of what you pasted were left out.'),
  ).toBeInTheDocument();
  await user.clear(name);
  await user.type(name, 'x'.repeat(50));
  expect(screen.getByText('50 of 60 characters')).toBeInTheDocument();
});

it('counts towards the limit of the name a tablet gives when it joins', async () => {
  stubServer(() => new Response(null, { status: 500 }));
  const user = userEvent.setup();
  render(<StartScreen initialCode="ABC234" />);
  const name = screen.getByLabelText('Your name (optional)');
  await user.click(name);
  await user.paste('Councillor '.repeat(20));
  expect(name).toHaveValue('Councillor '.repeat(20).slice(0, 60));
  expect(screen.getByText(/the last 160 of what you pasted were left out/)).toBeInTheDocument();
});

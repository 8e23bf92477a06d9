import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Ack, ControlState, CreatedWorkshop, Presence } from '../../shared/src/index.js';
import { addCard } from '../../shared/src/index.js';
import {
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  putPriorities,
  startServer,
  synced,
  waitFor,
  type ControlClient,
  type RunningServer,
} from '../support/server.js';

let s: RunningServer;
let w: CreatedWorkshop;
const clients: ControlClient[] = [];

beforeAll(async () => {
  s = await startServer();
  w = await createWorkshop(s.baseUrl);
});
afterAll(() => s.close());
afterEach(() => {
  clients.splice(0).forEach((c) => c.close());
});

const firstStates = new WeakMap<ControlClient, Promise<ControlState>>();

function connect(token: string | undefined): ControlClient {
  const client = connectControl(s.baseUrl, token);
  clients.push(client);
  // Listen from the start: the state arrives as soon as the connection opens.
  firstStates.set(client, new Promise((resolve) => client.once('control:state', resolve)));
  return client;
}

function connectError(
  token: string | undefined,
  workshopId?: string,
): Promise<{ message: string; data: unknown }> {
  return new Promise((resolve) => {
    const client = connectControl(s.baseUrl, token, workshopId);
    clients.push(client);
    client.once('connect_error', (err) =>
      resolve({ message: err.message, data: (err as Error & { data: unknown }).data }),
    );
  });
}

function firstState(client: ControlClient): Promise<ControlState> {
  return firstStates.get(client)!;
}

function nextState(client: ControlClient): Promise<ControlState> {
  return new Promise((resolve) => client.once('control:state', resolve));
}

let commandCount = 0;
function command(client: ControlClient, cmd: object, commandId = `cmd-${++commandCount}-${Date.now()}`) {
  return client.emitWithAck('clock:command', { commandId, command: cmd } as never) as Promise<
    Ack<ControlState>
  >;
}

describe('control plane', () => {
  it('refuses missing, bad and foreign tokens with connect_error', async () => {
    expect(await connectError(undefined)).toMatchObject({ data: { code: 'unauthorized', status: 401 } });
    expect(await connectError('nonsense')).toMatchObject({
      data: { code: 'unauthorized' },
      message: expect.stringMatching(/not valid/),
    });
    const other = await createWorkshop(s.baseUrl);
    expect(await connectError(other.facilitatorToken, w.id)).toMatchObject({
      data: { code: 'forbidden', status: 403 },
    });
    expect(await connectError(w.facilitatorToken, 'no-such-workshop')).toMatchObject({
      data: { status: 404 },
    });
  });

  it('sends the full versioned control state on connect', async () => {
    const client = connect(w.facilitatorToken);
    const state = await firstState(client);
    expect(state).toMatchObject({
      workshopId: w.id,
      version: 0,
      clock: { status: 'ready', currentIndex: 0 },
    });
    expect(state.agenda[0]).toMatchObject({
      title: 'Introduction to the Workshop and how it will work',
      plannedStart: '9.00',
    });
  });

  it('lets only the facilitator command the clock, and broadcasts each change to every device', async () => {
    const facilitator = connect(w.facilitatorToken);
    const projector = connect((await mintToken(s.baseUrl, w, { role: 'projector' })).token);
    const leader = connect((await mintToken(s.baseUrl, w, { role: 'leader' })).token);
    await firstState(facilitator);
    await firstState(projector);
    await firstState(leader);
    const refused = await command(leader, { type: 'start' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only the facilitator can change the clock.' },
    });
    const seen = nextState(projector);
    const started = await command(facilitator, { type: 'start' });
    expect(started).toMatchObject({ ok: true, data: { clock: { status: 'running' } } });
    const broadcast = await seen;
    expect(broadcast.version).toBe(started.ok ? started.data.version : -1);
    expect(broadcast.clock.deadlineAtMs).toBeGreaterThan(Date.now());
    await command(facilitator, { type: 'reset' });
  });

  it('applies a retried command id once', async () => {
    const facilitator = connect(w.facilitatorToken);
    await firstState(facilitator);
    const first = await command(facilitator, { type: 'adjust', minutes: 5 }, 'retry-me-123');
    const again = await command(facilitator, { type: 'adjust', minutes: 5 }, 'retry-me-123');
    expect(first.ok && again.ok).toBe(true);
    if (first.ok && again.ok) {
      expect(again.data.version).toBe(first.data.version);
      expect(again.data.clock.adjustMinById).toEqual(first.data.clock.adjustMinById);
    }
  });

  it('answers malformed payloads and refused commands with errors that name the problem', async () => {
    const facilitator = connect(w.facilitatorToken);
    await firstState(facilitator);
    const bad = (await facilitator.emitWithAck('clock:command', {
      commandId: 'x',
      command: { type: 'explode' },
    } as never)) as Ack<never>;
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(/commandId|command/) },
    });
    const notRunning = await command(facilitator, { type: 'pause' });
    expect(notRunning).toMatchObject({ ok: false, error: { code: 'not-running' } });
    const noAck = new Promise((resolve) => setTimeout(resolve, 50));
    facilitator.emit('clock:command', 'garbage' as never, undefined as never);
    await noAck;
    expect(facilitator.connected).toBe(true);
  });

  it('says who the device is, and takes board commands by role: votes from teams, direction from the facilitator', async () => {
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
    const tablet = connect(team.token);
    const identity = new Promise<{ linkId: string }>((resolve) => tablet.once('session:identity', resolve));
    const facilitator = connect(w.facilitatorToken);
    const projector = connect((await mintToken(s.baseUrl, w, { role: 'projector' })).token);
    await Promise.all([firstState(tablet), firstState(facilitator), firstState(projector)]);
    const me = await identity;
    expect(me).toMatchObject({ role: 'team', teamId: 'team-1', name: 'Task team 1' });
    await putPriorities(s.wsUrl, w.id, w.facilitatorToken, ['card-1']);
    const board = (client: ControlClient, command: object) =>
      client.emitWithAck('board:command', {
        commandId: `b-${++commandCount}-${Date.now()}`,
        command,
      } as never) as Promise<Ack<ControlState>>;

    const seen = nextState(projector);
    expect(await board(tablet, { type: 'vote', cardId: 'card-1', delta: 1 })).toMatchObject({ ok: true });
    expect((await seen).board.votes).toEqual({ [me.linkId]: { 'card-1': 1 } });
    expect(await board(projector, { type: 'vote', cardId: 'card-1', delta: 1 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await board(tablet, { type: 'focus', focus: { kind: 'map' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const focused = await board(facilitator, { type: 'focus', focus: { kind: 'team', teamId: 'team-1' } });
    expect(focused).toMatchObject({
      ok: true,
      data: { board: { focus: { kind: 'team', teamId: 'team-1' } } },
    });
    expect(await board(facilitator, { type: 'allocate', cardId: 'card-1', teamId: 'team-4' })).toMatchObject({
      ok: true,
    });
    expect(await board(facilitator, { type: 'axes', x: '', y: 'Impact' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('answers time pings with the server clock', async () => {
    const client = connect(w.facilitatorToken);
    await firstState(client);
    const before = Date.now();
    const pong = (await client.emitWithAck('time:ping', { sentAtMs: before })) as Ack<{
      serverNowMs: number;
    }>;
    expect(pong.ok && pong.data.serverNowMs >= before && pong.data.serverNowMs <= Date.now()).toBe(true);
  });

  it('shows who is connected, by link, with a device count', async () => {
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-3', name: 'Cllr Jones' });
    const facilitator = connect(w.facilitatorToken);
    const presence: Presence[] = [];
    facilitator.on('presence:state', (p) => presence.push(p));
    await firstState(facilitator);
    connect(team.token);
    connect(team.token);
    await waitFor(
      () => presence.at(-1)?.people.some((p) => p.name === 'Cllr Jones' && p.devices === 2) ?? false,
      'two devices',
    );
    expect(presence.at(-1)!.people.find((p) => p.name === 'Cllr Jones')).toMatchObject({
      role: 'team',
      teamId: 'team-3',
    });
  });

  it('tells a device how far its own edits are saved', async () => {
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
    const doc = new Y.Doc();
    const control = connect(team.token);
    await firstState(control);
    const saved: number[] = [];
    control.on('save:state', (st) => st.clientId === doc.clientID && saved.push(st.clock));
    const ack = (await control.emitWithAck('save:watch', { clientId: doc.clientID })) as Ack<{
      clock: number;
    }>;
    expect(ack.ok).toBe(true);
    const provider = connectProvider(s.wsUrl, w.id, team.token, doc);
    await synced(provider);
    addCard(doc, 'saved-card', { title: 'Saved?' });
    const localClock = Y.getState(doc.store, doc.clientID);
    await waitFor(() => saved.at(-1) === localClock, 'the save state to reach the local clock');
    provider.destroy();
  });
});

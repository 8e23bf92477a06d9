import { afterEach, describe, expect, it } from 'vitest';
import type { Ack, ControlState, CreatedWorkshop, RosterCommand } from '../../shared/src/index.js';
import { addMember } from '../support/scenario.js';
import {
  connectControl,
  createWorkshop,
  mintToken,
  putPriorities,
  startServer,
  tempDataDir,
  waitFor,
  type ControlClient,
  type RunningServer,
} from '../support/server.js';

const servers: RunningServer[] = [];
const clients: ControlClient[] = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(dataDir = tempDataDir()) {
  const s = await startServer({ dataDir });
  servers.push(s);
  return s;
}

/** A control connection that keeps the latest state the server broadcast. */
async function connect(s: RunningServer, token: string) {
  const client = connectControl(s.baseUrl, token);
  clients.push(client);
  const seen: { state: ControlState | null } = { state: null };
  client.on('control:state', (state) => (seen.state = state));
  await waitFor(() => seen.state !== null, 'the first control state');
  const send = (command: RosterCommand) =>
    client.emitWithAck('roster:command', {
      commandId: `c-${Math.random().toString(36).slice(2)}`,
      command,
    }) as Promise<Ack<ControlState>>;
  return { client, seen, send };
}

const priya = {
  id: 'm-priya',
  name: 'Priya Shah',
  teamId: 'team-1',
  bodyId: 'cabinet',
  role: 'Portfolio holder, Finance',
};
const tom = { id: 'm-tom', name: 'Tom Jones', teamId: 'team-1', bodyId: 'management-team', role: '' };

async function tabletOf(s: RunningServer, w: CreatedWorkshop, teamId = 'team-1') {
  return connect(s, (await mintToken(s.baseUrl, w, { role: 'team', teamId })).token);
}

describe('rosters over the control socket (ROSTER-n, PERM-13, PERM-14)', () => {
  it('the facilitator’s roster reaches every screen; a tablet picks its people; both survive a restart', async () => {
    const dataDir = tempDataDir();
    const s = await start(dataDir);
    const w = await createWorkshop(s.baseUrl, { templateId: 'shared-services-leadership' });
    const tablet = await tabletOf(s, w);
    // The room's structure comes from the programme: two councils' cabinets and their shared management team.
    expect(tablet.seen.state!.roster.bodies.map((b) => b.id)).toEqual([
      'first-cabinet',
      'second-cabinet',
      'shared-management-team',
    ]);
    await addMember(s.baseUrl, w, { ...priya, bodyId: 'first-cabinet' });
    await addMember(s.baseUrl, w, { ...tom, bodyId: 'shared-management-team' });
    await waitFor(() => tablet.seen.state!.roster.members.length === 2, 'the roster on the tablet');

    const picked = await tablet.send({ type: 'speakFor', memberIds: ['m-priya', 'm-tom'] });
    expect(picked.ok).toBe(true);
    const linkId = Object.keys((picked as { data: ControlState }).data.roster.speakingFor)[0]!;
    await s.close();
    servers.pop();

    const again = await start(dataDir);
    const console = await connect(again, w.facilitatorToken);
    expect(console.seen.state!.roster.members.map((m) => m.name)).toEqual(['Priya Shah', 'Tom Jones']);
    expect(console.seen.state!.roster.speakingFor).toEqual({ [linkId]: ['m-priya', 'm-tom'] });
  });

  it('a tablet cannot set rosters up, speak for another team or join one; the refusals say why and change nothing', async () => {
    const s = await start();
    const w = await createWorkshop(s.baseUrl);
    await addMember(s.baseUrl, w, priya);
    await addMember(s.baseUrl, w, { ...tom, id: 'm-ann', name: 'Ann Lee', teamId: 'team-2' });
    const tablet = await tabletOf(s, w);
    const before = tablet.seen.state!.version;

    const add = await tablet.send({ type: 'addMember', member: { ...priya, id: 'm-x', name: 'Sam' } });
    expect(add).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/facilitator/) },
    });
    const other = await tablet.send({ type: 'speakFor', memberIds: ['m-ann'] });
    expect(other).toMatchObject({
      ok: false,
      error: { code: 'other-team', message: expect.stringContaining('Ann Lee') },
    });
    const projector = await connect(s, (await mintToken(s.baseUrl, w, { role: 'projector' })).token);
    expect(await projector.send({ type: 'speakFor', memberIds: [] })).toMatchObject({ ok: false });
    // Not a roster command at all: the payload is refused before any rule runs.
    const bad = (await tablet.client.emitWithAck('roster:command', {
      commandId: 'c-malformed-1',
      command: { type: 'speakFor', memberIds: 'm-priya' },
    } as never)) as Ack<ControlState>;
    expect(bad.ok).toBe(false);

    const joined = await tablet.send({
      type: 'joinTeam',
      member: { id: 'm-jo', name: 'Jo Bloggs', bodyId: null, role: '' },
    });
    expect(joined.ok && joined.data.roster.members.find((m) => m.id === 'm-jo')?.teamId).toBe('team-1');
    expect(joined.ok && joined.data.version).toBe(before + 1);
  });

  it('a shared tablet has the votes of every member it speaks for (ROSTER-7)', async () => {
    const s = await start();
    const w = await createWorkshop(s.baseUrl);
    await addMember(s.baseUrl, w, priya);
    await addMember(s.baseUrl, w, tom);
    await putPriorities(s.wsUrl, w.id, w.facilitatorToken, ['p1', 'p2']);
    const shared = await tabletOf(s, w);
    const alone = await tabletOf(s, w);
    expect((await shared.send({ type: 'speakFor', memberIds: ['m-priya', 'm-tom'] })).ok).toBe(true);
    const vote = (tablet: typeof shared, cardId: string) =>
      tablet.client.emitWithAck('board:command', {
        commandId: `v-${Math.random().toString(36).slice(2)}`,
        command: { type: 'vote', cardId, delta: 1 },
      }) as Promise<Ack<ControlState>>;
    // Five votes per person: ten for the tablet two people share, five for one nobody has named.
    for (let i = 0; i < 10; i++) expect((await vote(shared, i % 2 ? 'p1' : 'p2')).ok).toBe(true);
    expect(await vote(shared, 'p1')).toMatchObject({ ok: false, error: { code: 'no-votes-left' } });
    for (let i = 0; i < 5; i++) expect((await vote(alone, 'p1')).ok).toBe(true);
    expect(await vote(alone, 'p1')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('all 5') },
    });
  });
});

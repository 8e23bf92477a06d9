import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Ack,
  ControlState,
  CreatedWorkshop,
  Focus,
  JoinAddress,
  JoinCodeInfo,
  Joined,
} from '../../shared/src/index.js';
import {
  connectControl,
  createWorkshop,
  mintToken,
  pause,
  startServer,
  waitFor,
  type ControlClient,
  type RunningServer,
} from '../support/server.js';

let s: RunningServer;
let w: CreatedWorkshop;
beforeAll(async () => {
  s = await startServer({ joinAttemptsPerMinute: 5 });
  w = await createWorkshop(s.baseUrl);
});
afterAll(() => s.close());

const call = (method: string, path: string, body?: unknown, token?: string) =>
  fetch(`${s.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('join codes', () => {
  it('the facilitator makes one code per team; a tablet joins with it as that team', async () => {
    const made = await call(
      'POST',
      `/api/workshops/${w.id}/join-codes`,
      { teamId: 'team-2' },
      w.facilitatorToken,
    );
    expect(made.status).toBe(201);
    const code = (await made.json()) as JoinCodeInfo;
    expect(code.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(code.joinUrl).toBe(`${s.baseUrl}/join/${code.code}`);
    const again = (await (
      await call('POST', `/api/workshops/${w.id}/join-codes`, { teamId: 'team-2' }, w.facilitatorToken)
    ).json()) as JoinCodeInfo;
    expect(again.code).toBe(code.code);

    const typed = `${code.code.slice(0, 3).toLowerCase()}-${code.code.slice(3)}`;
    const joined = await call('POST', '/api/join', { code: typed, name: 'Cllr Okafor' });
    expect(joined.status).toBe(201);
    const link = (await joined.json()) as Joined;
    expect(link).toMatchObject({ workshopId: w.id, teamId: 'team-2' });
    const summary = await call('GET', `/api/workshops/${w.id}`, undefined, link.token);
    expect(summary.status).toBe(200);
  });

  it('a revoked code no longer joins, and only the facilitator may make or revoke codes', async () => {
    const code = (await (
      await call('POST', `/api/workshops/${w.id}/join-codes`, { teamId: 'team-1' }, w.facilitatorToken)
    ).json()) as JoinCodeInfo;
    const joined = (await (await call('POST', '/api/join', { code: code.code })).json()) as Joined;
    expect(
      (await call('POST', `/api/workshops/${w.id}/join-codes`, { teamId: 'team-1' }, joined.token)).status,
    ).toBe(403);
    expect(
      (await call('DELETE', `/api/workshops/${w.id}/join-codes/${code.code}`, undefined, joined.token))
        .status,
    ).toBe(403);
    expect(
      (await call('DELETE', `/api/workshops/${w.id}/join-codes/${code.code}`, undefined, w.facilitatorToken))
        .status,
    ).toBe(204);
    const refused = await call('POST', '/api/join', { code: code.code });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: 'unknown-code' } });
    const listed = (await (
      await call('GET', `/api/workshops/${w.id}/join-codes`, undefined, w.facilitatorToken)
    ).json()) as { codes: JoinCodeInfo[] };
    expect(listed.codes.map((c) => c.teamId)).toEqual(['team-2']);
    const fresh = (await (
      await call('POST', `/api/workshops/${w.id}/join-codes`, { teamId: 'team-1' }, w.facilitatorToken)
    ).json()) as JoinCodeInfo;
    expect(fresh.code).not.toBe(code.code);
  });

  it('rejects malformed codes and limits the number of tries per address', async () => {
    const bad = await call('POST', '/api/join', { code: 'O0I1' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { message: expect.stringMatching(/this one has 4/) } });
    const lookalikes = await call('POST', '/api/join', { code: '123-456' });
    expect(await lookalikes.json()).toMatchObject({
      error: { message: expect.stringMatching(/never contain “1”/) },
    });
    // Slips in the format and codes that work never lock the room's shared address out.
    for (let i = 0; i < 8; i++) expect((await call('POST', '/api/join', { code: '12' })).status).toBe(400);
    const w = await createWorkshop(s.baseUrl);
    const code = (await (
      await call('POST', `/api/workshops/${w.id}/join-codes`, { teamId: 'team-1' }, w.facilitatorToken)
    ).json()) as JoinCodeInfo;
    for (let i = 0; i < 8; i++)
      expect((await call('POST', '/api/join', { code: code.code })).status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call('POST', '/api/join', { code: 'ZZZ-ZZZ' })).status);
    expect(statuses).toContain(429);
    const limited = await call('POST', '/api/join', { code: 'ZZZ-ZZZ' });
    expect(await limited.json()).toMatchObject({
      error: { code: 'too-many-attempts', message: expect.stringMatching(/Wait a minute/) },
    });
    // Even then, the tables sharing that address still get in with the codes they were given.
    expect((await call('POST', '/api/join', { code: code.code })).status).toBe(201);
  });
});

describe('where tablets open the board', () => {
  it('says when the console’s address reaches this computer only, and offers the network’s', async () => {
    const res = await call('GET', `/api/workshops/${w.id}/join-address`, undefined, w.facilitatorToken);
    const address = (await res.json()) as JoinAddress;
    expect(address).toMatchObject({ base: s.baseUrl, onlyThisComputer: true });
    for (const url of address.networkUrls) expect(url).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:\d+$/);
    const team = await call(
      'POST',
      `/api/workshops/${w.id}/tokens`,
      { role: 'team', teamId: 'team-1' },
      w.facilitatorToken,
    );
    const teamToken = ((await team.json()) as { token: string }).token;
    expect((await call('GET', `/api/workshops/${w.id}/join-address`, undefined, teamToken)).status).toBe(403);

    const venue = await startServer({ publicUrl: 'https://board.council.gov.uk' });
    try {
      const v = await createWorkshop(venue.baseUrl);
      const answer = await fetch(`${venue.baseUrl}/api/workshops/${v.id}/join-address`, {
        headers: { authorization: `Bearer ${v.facilitatorToken}` },
      });
      expect(await answer.json()).toMatchObject({
        base: 'https://board.council.gov.uk',
        onlyThisComputer: false,
      });
    } finally {
      await venue.close();
    }
  });
});

describe('the projector’s joining screen', () => {
  let x: CreatedWorkshop;
  let facilitator: ControlClient;
  const tokens: Record<'projector' | 'leader' | 'team' | 'witness', string> = {
    projector: '',
    leader: '',
    team: '',
    witness: '',
  };
  beforeAll(async () => {
    x = await createWorkshop(s.baseUrl);
    for (const role of ['projector', 'leader', 'team', 'witness'] as const) {
      const teamId = role === 'team' ? 'team-1' : undefined;
      tokens[role] = (await mintToken(s.baseUrl, x, { role, teamId })).token;
    }
    facilitator = connectControl(s.baseUrl, x.facilitatorToken);
  });
  afterAll(() => facilitator.close());

  let n = 0;
  const focus = async (to: Focus) => {
    const ack = (await facilitator.emitWithAck('board:command', {
      commandId: `joining-test-${++n}`,
      command: { type: 'focus', focus: to },
    })) as Ack<ControlState>;
    expect(ack.ok).toBe(true);
  };
  const status = async (path: string, token: string) =>
    (await call('GET', `/api/workshops/${x.id}/${path}`, undefined, token)).status;

  it('PERM-12 the projector reads the codes and the address only while it shows the joining screen', async () => {
    const made = (await (
      await call('POST', `/api/workshops/${x.id}/join-codes`, { teamId: 'team-2' }, x.facilitatorToken)
    ).json()) as JoinCodeInfo;
    const refused = await call('GET', `/api/workshops/${x.id}/join-codes`, undefined, tokens.projector);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      error: {
        code: 'forbidden',
        message: expect.stringMatching(/while the facilitator has put the joining/),
      },
    });
    expect(await status('join-address', tokens.projector)).toBe(403);

    await focus({ kind: 'joining' });
    const listed = await call('GET', `/api/workshops/${x.id}/join-codes`, undefined, tokens.projector);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { codes: JoinCodeInfo[] }).codes).toEqual([made]);
    expect(await status('join-address', tokens.projector)).toBe(200);
    // Tablets, the Leader and witnesses never read them, whatever the projector shows.
    for (const role of ['leader', 'team', 'witness'] as const) {
      expect(await status('join-codes', tokens[role])).toBe(403);
      expect(await status('join-address', tokens[role])).toBe(403);
    }
    // Reading is all: the projector still may not make or revoke codes.
    expect(
      (await call('POST', `/api/workshops/${x.id}/join-codes`, { teamId: 'team-1' }, tokens.projector))
        .status,
    ).toBe(403);
    expect(
      (await call('DELETE', `/api/workshops/${x.id}/join-codes/${made.code}`, undefined, tokens.projector))
        .status,
    ).toBe(403);

    await focus({ kind: 'map' });
    expect(await status('join-codes', tokens.projector)).toBe(403);
    expect(await status('join-address', tokens.projector)).toBe(403);
    expect(await status('join-codes', x.facilitatorToken)).toBe(200);
  });

  it('tells the projector and the console, not the tablets, when a code is made or revoked', async () => {
    const heard = { projector: 0, team: 0, facilitator: 0 };
    const projector = connectControl(s.baseUrl, tokens.projector);
    const team = connectControl(s.baseUrl, tokens.team);
    projector.on('joinCodes:changed', () => heard.projector++);
    team.on('joinCodes:changed', () => heard.team++);
    facilitator.on('joinCodes:changed', () => heard.facilitator++);
    try {
      await waitFor(() => projector.connected && team.connected, 'the screens to connect');
      const made = (await (
        await call('POST', `/api/workshops/${x.id}/join-codes`, { teamId: 'team-3' }, x.facilitatorToken)
      ).json()) as JoinCodeInfo;
      await waitFor(() => heard.projector === 1 && heard.facilitator === 1, 'the new code to be told');
      // Asking again for the same team's live code changes nothing, so nobody is told.
      await call('POST', `/api/workshops/${x.id}/join-codes`, { teamId: 'team-3' }, x.facilitatorToken);
      await call('DELETE', `/api/workshops/${x.id}/join-codes/${made.code}`, undefined, x.facilitatorToken);
      await waitFor(() => heard.projector === 2 && heard.facilitator === 2, 'the revoked code to be told');
      await pause(100);
      expect(heard).toEqual({ projector: 2, team: 0, facilitator: 2 });
    } finally {
      projector.close();
      team.close();
      facilitator.off('joinCodes:changed');
    }
  });
});

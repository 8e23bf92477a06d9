import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, mintToken, startServer, type RunningServer } from '../support/server.js';

let s: RunningServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${s.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const get = (path: string, token?: string) =>
  fetch(`${s.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('REST interface', () => {
  it('answers the health check and lists templates with their agendas', async () => {
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    const body = (await health.json()) as { ok: boolean; heapUsedBytes: number; rssBytes: number };
    expect(body.ok).toBe(true);
    // The process's own memory, in bytes: the heap in use is part of the resident set.
    expect(body.heapUsedBytes).toBeGreaterThan(1_000_000);
    expect(body.rssBytes).toBeGreaterThan(body.heapUsedBytes);
    const { templates } = (await (await get('/api/templates')).json()) as {
      templates: { id: string; agenda: unknown[] }[];
    };
    expect(templates.map((t) => t.id)).toContain('strategic-political-leadership');
    expect(templates[0]!.agenda.length).toBeGreaterThan(5);
  });

  it('creates a workshop with the template’s teams, or the teams given', async () => {
    const defaults = await createWorkshop(s.baseUrl);
    expect(defaults.teams.map((t) => t.name)).toEqual([
      'Task team 1',
      'Task team 2',
      'Task team 3',
      'Task team 4',
    ]);
    expect(defaults.facilitatorToken.length).toBeGreaterThanOrEqual(40);
    expect(defaults.facilitatorUrl).toMatch(new RegExp(`/w/${defaults.id}/facilitator#token=`));
    const named = await createWorkshop(s.baseUrl, { teams: ['Housing', 'Adult care'] });
    expect(named.teams).toEqual([
      { id: 'team-1', name: 'Housing' },
      { id: 'team-2', name: 'Adult care' },
    ]);
  });

  it('refuses malformed bodies with a message that names the problem', async () => {
    const noTitle = await post('/api/workshops', { templateId: 'strategic-political-leadership' });
    expect(noTitle.status).toBe(400);
    expect(await noTitle.json()).toMatchObject({
      error: { code: 'bad-request', message: expect.stringMatching(/title/) },
    });
    const badJson = await post('/api/workshops', '{"title": ');
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error: { code: 'bad-json' } });
    const unknownTemplate = await post('/api/workshops', { title: 'x', templateId: 'nope' });
    expect(unknownTemplate.status).toBe(400);
    const sameTeams = await post('/api/workshops', {
      title: 'x',
      templateId: 'strategic-political-leadership',
      teams: ['A', 'a'],
    });
    expect(sameTeams.status).toBe(400);
    expect(await sameTeams.json()).toMatchObject({
      error: { message: 'Task teams 1 and 2 are both called “a”: give each its own name.' },
    });
    const thirteen = await post('/api/workshops', {
      title: 'x',
      templateId: 'strategic-political-leadership',
      teams: Array.from({ length: 13 }, (_, i) => `Team ${i + 1}`),
    });
    expect(await thirteen.json()).toMatchObject({
      error: { message: 'A workshop can have at most 12 task teams; this has 13.' },
    });
    const huge = await post('/api/workshops', {
      title: 'x'.repeat(100_000),
      templateId: 'strategic-political-leadership',
    });
    expect(huge.status).toBe(413);
  });

  it('shows the summary to any role of the workshop and to nobody else', async () => {
    const w = await createWorkshop(s.baseUrl);
    const other = await createWorkshop(s.baseUrl);
    const projector = await mintToken(s.baseUrl, w, { role: 'projector' });
    const summary = await get(`/api/workshops/${w.id}`, projector.token);
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({
      id: w.id,
      title: 'Cabinet challenge workshop',
      teams: w.teams,
    });
    expect((await get(`/api/workshops/${w.id}`)).status).toBe(401);
    expect((await get(`/api/workshops/${w.id}`, 'not-a-token')).status).toBe(401);
    expect((await get(`/api/workshops/${w.id}`, other.facilitatorToken)).status).toBe(403);
    expect((await get(`/api/workshops/nosuchshop`, w.facilitatorToken)).status).toBe(404);
  });

  it('mints links for each role; only the facilitator may, and team links need a real team', async () => {
    const w = await createWorkshop(s.baseUrl);
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-2', name: 'Cllr Patel' });
    expect(team).toMatchObject({ role: 'team', teamId: 'team-2', name: 'Cllr Patel' });
    expect(team.url).toMatch(new RegExp(`/w/${w.id}/team#token=${team.token}$`));
    for (const role of ['leader', 'witness', 'projector', 'facilitator'] as const) {
      expect((await mintToken(s.baseUrl, w, { role })).url).toContain(`/${role}#token=`);
    }
    const byTeam = await post(`/api/workshops/${w.id}/tokens`, { role: 'projector' }, team.token);
    expect(byTeam.status).toBe(403);
    const noTeam = await post(`/api/workshops/${w.id}/tokens`, { role: 'team' }, w.facilitatorToken);
    expect(noTeam.status).toBe(400);
    expect(await noTeam.json()).toMatchObject({ error: { message: expect.stringMatching(/teamId/) } });
    const ghostTeam = await post(
      `/api/workshops/${w.id}/tokens`,
      { role: 'team', teamId: 'team-9' },
      w.facilitatorToken,
    );
    expect(ghostTeam.status).toBe(400);
    const badRole = await post(`/api/workshops/${w.id}/tokens`, { role: 'mayor' }, w.facilitatorToken);
    expect(badRole.status).toBe(400);
  });

  it('answers unknown API paths with JSON 404', async () => {
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  carriedForwardSchema,
  cardsMap,
  createdWorkshopSchema,
  findTemplate,
  type ControlState,
  type CreatedWorkshop,
} from '../../shared/src/index.js';
import { addMember, agreeActions, allocate, setAxes, startClock, vote } from '../support/scenario.js';
import {
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  putPriorities,
  startServer,
  synced,
  waitFor,
  type RunningServer,
} from '../support/server.js';

let s: RunningServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const startNext = (workshop: { id: string }, token: string) =>
  fetch(`${s.baseUrl}/api/workshops/${workshop.id}/next-in-series`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
const carriedForward = async (workshopId: string, token: string) => {
  const res = await fetch(`${s.baseUrl}/api/workshops/${workshopId}/carried-forward`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return carriedForwardSchema.parse(await res.json());
};
const topTeam = (title = 'Anytown top team') =>
  createWorkshop(s.baseUrl, {
    title,
    templateId: 'renewing-top-team-working-1',
    teams: ['Cabinet', 'Corporate management team'],
  });
async function next(workshop: CreatedWorkshop): Promise<CreatedWorkshop> {
  const res = await startNext(workshop, workshop.facilitatorToken);
  expect(res.status).toBe(201);
  return createdWorkshopSchema.parse(await res.json());
}

/** Three priorities written through the stock client as a tablet's, one put on the map. */
async function prioritiesOf(workshop: CreatedWorkshop): Promise<void> {
  const { token } = await mintToken(s.baseUrl, workshop, { role: 'team', teamId: 'team-1' });
  const tablet = connectProvider(s.wsUrl, workshop.id, token, new Y.Doc());
  await synced(tablet);
  addCard(tablet.doc, 'p1', {
    title: 'One front door for residents',
    note: 'Online and by phone',
    category: 'communities',
    createdByTeamId: 'team-1',
    x: 0.8,
    y: 0.9,
    placedAt: 1,
  });
  addCard(tablet.doc, 'p2', {
    title: 'Council tax freeze',
    category: 'budget-cuts',
    createdByTeamId: 'team-1',
  });
  const reader = connectProvider(s.wsUrl, workshop.id, token, new Y.Doc());
  await waitFor(() => cardsMap(reader.doc).size === 2, 'the priorities on the server');
  reader.destroy();
  tablet.destroy();
  await allocate(s.baseUrl, workshop, 'p1', 'team-2');
  await vote(s.baseUrl, token, 'p1');
  await vote(s.baseUrl, token, 'p1');
  await vote(s.baseUrl, workshop.facilitatorToken, 'p2');
}

describe('a series of linked workshops', () => {
  it('PERM-15 only the facilitator starts the next workshop', async () => {
    const first = await topTeam();
    for (const role of ['team', 'leader', 'projector', 'witness'] as const) {
      const { token } = await mintToken(s.baseUrl, first, {
        role,
        teamId: role === 'team' ? 'team-1' : undefined,
      });
      const refused = await startNext(first, token);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({
        error: { message: 'Only the facilitator can start the next workshop of the series.' },
      });
    }
    const other = await topTeam();
    expect((await startNext(first, other.facilitatorToken)).status).toBe(403);
    expect((await startNext(first, 'nonsense')).status).toBe(401);
  });

  it('refuses in words for a workshop in no series (400) and for the last of one (409)', async () => {
    const single = await createWorkshop(s.baseUrl);
    const notInSeries = await startNext(single, single.facilitatorToken);
    expect(notInSeries.status).toBe(400);
    expect(await notInSeries.json()).toMatchObject({
      error: { code: 'not-in-series', message: expect.stringMatching(/not part of a series/) },
    });
    const last = await createWorkshop(s.baseUrl, { templateId: 'renewing-top-team-working-3' });
    const refused = await startNext(last, last.facilitatorToken);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      error: { code: 'last-in-series', message: expect.stringMatching(/last workshop.*\(3 of 3\)/) },
    });
  });

  it('creates part 2 with the same task teams, following part 1, once', async () => {
    const first = await topTeam();
    const second = await next(first);
    expect(second.id).not.toBe(first.id);
    expect(second.title).toBe('Anytown top team, workshop 2 of 3');
    expect(second.templateId).toBe('renewing-top-team-working-2');
    expect(second.teams).toEqual(first.teams);
    expect(second.agenda.map((item) => item.id)).toEqual(
      findTemplate('renewing-top-team-working-2')!.agenda.map((item) => item.id),
    );
    expect(second.facilitatorUrl).toMatch(new RegExp(`/w/${second.id}/facilitator#token=`));
    // Its facilitator link opens the new workshop, and only that one.
    const summary = await fetch(`${s.baseUrl}/api/workshops/${second.id}`, {
      headers: { authorization: `Bearer ${second.facilitatorToken}` },
    });
    expect(summary.status).toBe(200);
    expect(((await summary.json()) as { follows: string | null }).follows).toBe(first.id);
    expect((await startNext(first, second.facilitatorToken)).status).toBe(403);
    // Asked again (another laptop of the facilitator's): the same workshop 2, with a fresh link to it.
    const again = await startNext(first, first.facilitatorToken);
    expect(again.status).toBe(200);
    const reopened = (await again.json()) as CreatedWorkshop;
    expect(reopened.id).toBe(second.id);
    expect(reopened.facilitatorToken).not.toBe(second.facilitatorToken);
    const viaNewLink = await fetch(`${s.baseUrl}/api/workshops/${second.id}`, {
      headers: { authorization: `Bearer ${reopened.facilitatorToken}` },
    });
    expect(viaNewLink.status).toBe(200);
  });

  it('ACTION-5 starts part 2 with part 1’s open actions, with their status and where they were agreed', async () => {
    const first = await topTeam('Anytown top team, actions');
    await addMember(s.baseUrl, first, {
      id: 'm-ann',
      name: 'Ann Lee',
      teamId: 'team-1',
      bodyId: null,
      role: '',
    });
    const action = (id: string, commitment: string, level: string, owner: object | null) => ({
      id,
      commitment,
      owner,
      level,
      council: null,
      dueDate: '2027-01-31',
      propositionId: null,
    });
    const actions = [
      action('a-open', 'Meet the unions about the restructure', 'management-team', { memberId: 'm-ann' }),
      action('a-done', 'Publish the new portfolios', 'cabinet', null),
      action('a-dropped', 'Merge two directorates', 'cabinet', { name: 'Chief executive' }),
      action('a-proposed', 'A cabinet away day', 'personal', null),
    ];
    for (const a of actions) await agreeActions(s.baseUrl, first, { type: 'propose', action: a });
    for (const id of ['a-open', 'a-done'])
      await agreeActions(s.baseUrl, first, { type: 'confirm', actionId: id });
    await agreeActions(s.baseUrl, first, { type: 'markDone', actionId: 'a-done', done: true });
    await agreeActions(s.baseUrl, first, { type: 'drop', actionId: 'a-dropped' });
    const second = await next(first);
    const control = connectControl(s.baseUrl, second.facilitatorToken);
    const state = await new Promise<ControlState>((resolve) => control.once('control:state', resolve));
    control.close();
    expect(state.actions?.actions).toEqual([
      {
        ...actions[0],
        owner: { name: 'Ann Lee' },
        status: 'confirmed',
        proposedByTeamId: null,
        carriedFrom: { workshopId: first.id, title: 'Anytown top team, actions' },
      },
    ]);
    // Agreed in part 1 after part 2 began: opening part 2 from part 1 again carries it too.
    await agreeActions(s.baseUrl, first, { type: 'confirm', actionId: 'a-proposed' });
    expect((await startNext(first, first.facilitatorToken)).status).toBe(200);
    const again = connectControl(s.baseUrl, second.facilitatorToken);
    const later = await new Promise<ControlState>((resolve) => again.once('control:state', resolve));
    again.close();
    expect(later.actions?.actions.map((a) => a.id)).toEqual(['a-open', 'a-proposed']);
  });

  it('gives part 2 part 1’s priorities with votes, allocation and place, read at request time', async () => {
    const first = await topTeam();
    await setAxes(s.baseUrl, first, 'Ease of doing', 'Impact');
    await startClock(s.baseUrl, first);
    await prioritiesOf(first);
    const second = await next(first);
    const { token } = await mintToken(s.baseUrl, second, { role: 'team', teamId: 'team-2' });
    const { workshops } = await carriedForward(second.id, token);
    expect(workshops).toHaveLength(1);
    expect(workshops[0]).toMatchObject({ id: first.id, title: 'Anytown top team', part: 1, of: 3 });
    expect(workshops[0]!.startedAtMs).toEqual(expect.any(Number));
    expect(workshops[0]!.priorities).toEqual([
      {
        id: 'p1',
        title: 'One front door for residents',
        note: 'Online and by phone',
        category: {
          id: 'communities',
          label: 'The communities’ aspirations and needs',
          colour: expect.any(String),
        },
        votes: 2,
        allocatedTo: 'Corporate management team',
        place: 'more impact, more ease of doing',
      },
      {
        id: 'p2',
        title: 'Council tax freeze',
        note: '',
        category: { id: 'budget-cuts', label: 'Delivering budget cuts', colour: expect.any(String) },
        votes: 1,
        allocatedTo: null,
        place: null,
      },
    ]);
    // Read now, not copied: a change in workshop 1 shows at the next request.
    await allocate(s.baseUrl, first, 'p2', 'team-1');
    const again = await carriedForward(second.id, second.facilitatorToken);
    expect(again.workshops[0]!.priorities[1]).toMatchObject({ id: 'p2', allocatedTo: 'Cabinet' });
  });

  it('keeps the carried priorities out of the later workshop’s document: its map starts empty', async () => {
    const first = await topTeam();
    await prioritiesOf(first);
    const second = await next(first);
    const reader = connectProvider(s.wsUrl, second.id, second.facilitatorToken, new Y.Doc());
    await synced(reader);
    expect(cardsMap(reader.doc).size).toBe(0);
    // Nothing was copied into it: its only content is the briefing its own programme seeds.
    expect(
      Array.from(reader.doc.share.keys()).filter((key) => key !== 'briefing' && key !== 'cards'),
    ).toEqual([]);
    expect(JSON.stringify(reader.doc.toJSON())).not.toContain('One front door');
    reader.destroy();
    // From workshop 2, a carried priority can be neither voted on nor allocated (BOARD-8) …
    const { token } = await mintToken(s.baseUrl, second, { role: 'team', teamId: 'team-1' });
    await expect(vote(s.baseUrl, token, 'p1')).rejects.toThrow(/not on the board/);
    await expect(allocate(s.baseUrl, second, 'p1', 'team-1')).rejects.toThrow(/not on the board/);
    // … and workshop 2's links open nothing of workshop 1.
    const read = await fetch(`${s.baseUrl}/api/workshops/${first.id}/carried-forward`, {
      headers: { authorization: `Bearer ${second.facilitatorToken}` },
    });
    expect(read.status).toBe(403);
    const before = await carriedForward(second.id, token);
    expect(before.workshops[0]!.priorities.find((p) => p.id === 'p1')).toMatchObject({
      votes: 2,
      allocatedTo: 'Corporate management team',
    });
  });

  it('gives part 3 both earlier workshops, oldest first; part 1 has none', async () => {
    const first = await topTeam();
    await prioritiesOf(first);
    const second = await next(first);
    await putPriorities(s.wsUrl, second.id, second.facilitatorToken, ['joint-vision']);
    const third = await next(second);
    expect(third.title).toBe('Anytown top team, workshop 3 of 3');
    const { workshops } = await carriedForward(third.id, third.facilitatorToken);
    expect(workshops.map((w) => [w.id, w.part, w.title])).toEqual([
      [first.id, 1, 'Anytown top team'],
      [second.id, 2, 'Anytown top team, workshop 2 of 3'],
    ]);
    expect(workshops[0]!.priorities.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(workshops[1]!.priorities.map((p) => p.title)).toEqual(['joint-vision']);
    expect((await carriedForward(first.id, first.facilitatorToken)).workshops).toEqual([]);
    const single = await createWorkshop(s.baseUrl);
    expect((await carriedForward(single.id, single.facilitatorToken)).workshops).toEqual([]);
  });

  it('refuses the carried-forward route without a link of the workshop', async () => {
    const first = await topTeam();
    const second = await next(first);
    const res = await fetch(`${s.baseUrl}/api/workshops/${second.id}/carried-forward`);
    expect(res.status).toBe(401);
  });
});

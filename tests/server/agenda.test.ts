import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatProgrammeTime,
  plannedStartsMin,
  type Ack,
  type ControlState,
  type WorkshopSummary,
} from '../../shared/src/index.js';
import {
  connectControl,
  createWorkshop,
  mintToken,
  startServer,
  type RunningServer,
} from '../support/server.js';

let s: RunningServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

async function summary(id: string, token: string): Promise<WorkshopSummary> {
  const res = await fetch(`${s.baseUrl}/api/workshops/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()) as WorkshopSummary;
}

let n = 0;
function agendaCommand(client: ReturnType<typeof connectControl>, command: object) {
  return client.emitWithAck('agenda:command', {
    commandId: `agenda-${++n}-test`,
    command,
  } as never) as Promise<Ack<ControlState>>;
}

describe('the agenda as live control state', () => {
  it('AGENDA-7 AGENDA-8 a workshop is created with its own agenda or start time; the Blank template starts with one item', async () => {
    const own = await createWorkshop(s.baseUrl, {
      agenda: [
        { title: 'Welcome', kind: 'input', durationMin: 15, plannedStart: '9.30' },
        { title: 'Our priorities', kind: 'team-task', durationMin: 45, plannedStart: '9.45' },
        { id: 'close', title: 'Close', kind: 'other', durationMin: 10 },
      ],
    });
    expect(own.agenda).toEqual([
      { id: 'item-1', title: 'Welcome', kind: 'input', durationMin: 15, plannedStart: '9.30' },
      { id: 'item-2', title: 'Our priorities', kind: 'team-task', durationMin: 45 },
      { id: 'close', title: 'Close', kind: 'other', durationMin: 10 },
    ]);
    expect((await summary(own.id, own.facilitatorToken)).agenda).toEqual(own.agenda);
    const later = await createWorkshop(s.baseUrl, { startsAt: '13:30' });
    const starts = plannedStartsMin(later.agenda).map((m) => formatProgrammeTime(m!));
    expect(starts.slice(0, 3)).toEqual(['1.30', '1.40', '2.20']);
    const blank = await createWorkshop(s.baseUrl, { templateId: 'blank' });
    expect(blank.agenda).toHaveLength(1);
    const bad = await fetch(`${s.baseUrl}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'W', templateId: 'blank', agenda: [] }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/at least one item/);
  });

  it('PERM-4 only the facilitator edits it; every device and the REST summary read the one agenda', async () => {
    const w = await createWorkshop(s.baseUrl);
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
    const tablet = connectControl(s.baseUrl, team.token);
    const facilitator = connectControl(s.baseUrl, w.facilitatorToken);
    try {
      await new Promise((resolve) => tablet.once('control:state', resolve));
      expect(await agendaCommand(tablet, { type: 'remove', itemId: w.agenda[0]!.id })).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: 'Only the facilitator can change the agenda.' },
      });
      const seen = new Promise<ControlState>((resolve) => tablet.once('control:state', resolve));
      const lunch = { id: 'lunch', title: 'Lunch', kind: 'break', durationMin: 30 };
      const added = await agendaCommand(facilitator, { type: 'add', item: lunch, index: w.agenda.length });
      expect(added.ok && added.data.agenda.at(-1)).toEqual(lunch);
      expect((await seen).agenda.at(-1)).toEqual(lunch);
      expect((await summary(w.id, team.token)).agenda).toEqual(added.ok && added.data.agenda);
    } finally {
      tablet.close();
      facilitator.close();
    }
  });
});

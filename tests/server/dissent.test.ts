import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDissentPoint,
  answerDissentPoint,
  dissentPointNote,
  dissentPointText,
  phaseRemainingMs,
  readDissentPoints,
  readPresented,
  type Ack,
  type ControlState,
} from '../../shared/src/index.js';
import { spawnFakeClockServer } from '../support/childServer.js';
import { dissentWorkshop } from '../support/scenario.js';
import { closeOf, connectControl, connectProvider, synced, tempDataDir, waitFor } from '../support/server.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 29, 12, 10);

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function server(dataDir: string, nowMs: number) {
  const s = await spawnFakeClockServer(dataDir, nowMs);
  cleanup.push(() => s.child.kill('SIGKILL'));
  return s;
}

function commands(baseUrl: string, token: string) {
  const client = connectControl(baseUrl, token);
  cleanup.push(() => client.close());
  // Command ids are remembered across restarts (a repeat is answered, not applied): each client its own.
  const prefix = Math.random().toString(36).slice(2);
  let n = 0;
  return {
    client,
    dissent: (command: object) =>
      client.emitWithAck('dissent:command', {
        commandId: `d-${prefix}-${n++}`,
        command,
      } as never) as Promise<Ack<ControlState>>,
  };
}

async function ok(result: Promise<Ack<ControlState>>): Promise<ControlState> {
  const ack = await result;
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.data;
}

async function open(wsUrl: string, workshopId: string, token: string) {
  const provider = connectProvider(wsUrl, workshopId, token, new Y.Doc());
  cleanup.push(() => provider.destroy());
  await synced(provider);
  return provider;
}

describe('ritual dissent on the server, on a clock the test moves', () => {
  it('phases and rounds run from deadlines and carry on where they should after a SIGKILL mid-phase', async () => {
    const dataDir = tempDataDir();
    const first = await server(dataDir, T0);
    const { workshop } = await dissentWorkshop(first.baseUrl);
    const console = commands(first.baseUrl, workshop.facilitatorToken);
    const planned = await ok(console.dissent({ type: 'plan' }));
    expect(planned.dissent!.plan!.rotation[0]).toEqual({
      'team-1': 'team-2',
      'team-2': 'team-3',
      'team-3': 'team-1',
    });
    await ok(console.dissent({ type: 'start' }));
    await first.setNow(T0 + 3 * MIN);
    await ok(console.dissent({ type: 'nextPhase' })); // dissent: 4 minutes from 12.13
    await first.setNow(T0 + 4.5 * MIN); // 2.5 minutes of dissent left
    const before = await ok(console.dissent({ type: 'extend', minutes: 1 }));
    expect(phaseRemainingMs(before.dissent!.run!, T0 + 4.5 * MIN)).toBe(3.5 * MIN);

    first.child.kill('SIGKILL');
    await first.exited;
    // Back a minute later: the phase lost no time to the restart and counts on from its deadline.
    const second = await server(dataDir, T0 + 5.5 * MIN);
    const again = commands(second.baseUrl, workshop.facilitatorToken);
    const state = await new Promise<ControlState>((resolve) => again.client.once('control:state', resolve));
    expect(state.dissent!.run).toEqual(before.dissent!.run);
    expect(phaseRemainingMs(state.dissent!.run!, T0 + 5.5 * MIN)).toBe(2.5 * MIN);
    expect(state.unreadable).toEqual([]);

    // Paused across a second kill: the time left stays put however long the server is down.
    await second.setNow(T0 + 6 * MIN);
    const paused = await ok(again.dissent({ type: 'pause' }));
    expect(paused.dissent!.run!.remainingMs).toBe(2 * MIN);
    second.child.kill('SIGKILL');
    await second.exited;
    const third = await server(dataDir, T0 + 60 * MIN);
    const last = commands(third.baseUrl, workshop.facilitatorToken);
    await new Promise<ControlState>((resolve) => last.client.once('control:state', resolve));
    const resumed = await ok(last.dissent({ type: 'resume' }));
    expect(resumed.dissent!.run).toMatchObject({
      round: 0,
      phase: 'dissent',
      status: 'running',
      deadlineAtMs: T0 + 62 * MIN,
    });
    const revise = await ok(last.dissent({ type: 'nextPhase' }));
    expect(revise.dissent!.run).toMatchObject({ round: 0, phase: 'revise', deadlineAtMs: T0 + 65 * MIN });
    const round2 = await ok(last.dissent({ type: 'nextPhase' }));
    expect(round2.dissent!.run).toMatchObject({ round: 1, phase: 'present' });
  });

  it('only the listening team, during its round, writes dissent points; the presenting team answers them', async () => {
    const s = await server(tempDataDir(), T0);
    const { workshop, tablets } = await dissentWorkshop(s.baseUrl);
    const console = commands(s.baseUrl, workshop.facilitatorToken);
    await ok(console.dissent({ type: 'plan' }));
    await ok(console.dissent({ type: 'start' }));
    // Round 1: team 1 presents to team 2, team 2 to team 3, team 3 to team 1.
    const hearing = await open(s.wsUrl, workshop.id, tablets['team-2']!.token);
    // DISSENT-11: the server recorded each proposition as presented in this round.
    await waitFor(() => readPresented(hearing.doc, 'prop-team-1').length === 1, 'round 1’s record');
    expect(readPresented(hearing.doc, 'prop-team-1')).toEqual([
      {
        propositionId: 'prop-team-1',
        teamId: 'team-1',
        round: 0,
        title: 'Leisure as a staff mutual',
        proposal: 'Leisure as a staff mutual, from April.',
        risks: '',
        firstSteps: '',
      },
    ]);
    const point = {
      id: 'pt1',
      round: 0,
      kind: 'dissent' as const,
      listeningTeamId: 'team-2',
      presentingTeamId: 'team-1',
      propositionId: 'prop-team-1',
      text: 'Staff will not vote for it',
    };

    // While team 1 presents, the listening team stays silent: a point now is refused.
    const tooEarly = closeOf(hearing);
    addDissentPoint(hearing.doc, point);
    expect(await tooEarly).toEqual({
      code: 4403,
      reason:
        'Only the team hearing a proposition, and only during its round’s dissent or assent, writes a dissent point.',
    });

    await s.setNow(T0 + 3 * MIN);
    await ok(console.dissent({ type: 'nextPhase' }));
    const listening = await open(s.wsUrl, workshop.id, tablets['team-2']!.token);
    addDissentPoint(listening.doc, point);
    const presenting = await open(s.wsUrl, workshop.id, tablets['team-1']!.token);
    await waitFor(() => readDissentPoints(presenting.doc).length === 1, 'the point on the presenting tablet');

    // A team outside the pair (team 3 hears team 2) cannot write against team 1, nor change the point.
    const outsider = await open(s.wsUrl, workshop.id, tablets['team-3']!.token);
    await waitFor(() => dissentPointText(outsider.doc, 'pt1') !== undefined, 'the point on team 3');
    const refused = closeOf(outsider);
    dissentPointText(outsider.doc, 'pt1')!.insert(0, 'Nonsense. ');
    expect(await refused).toMatchObject({ code: 4403 });
    const stranger = await open(s.wsUrl, workshop.id, tablets['team-3']!.token);
    const refusedNew = closeOf(stranger);
    addDissentPoint(stranger.doc, { ...point, id: 'pt2', listeningTeamId: 'team-3' });
    expect(await refusedNew).toMatchObject({ code: 4403 });

    // The presenting team cannot change the point, but answers it, after the round as well.
    await ok(console.dissent({ type: 'nextPhase' })); // revise
    answerDissentPoint(presenting.doc, 'pt1', 'addressed');
    dissentPointNote(presenting.doc, 'pt1')!.insert(0, 'A staff ballot first');
    const check = await open(s.wsUrl, workshop.id, workshop.facilitatorToken);
    await waitFor(() => readDissentPoints(check.doc)[0]?.note === 'A staff ballot first', 'the answer');
    expect(readDissentPoints(check.doc)).toEqual([
      expect.objectContaining({ id: 'pt1', text: 'Staff will not vote for it', answer: 'addressed' }),
    ]);
    // The listening team's round is over: its point is now read only, even to it.
    const late = closeOf(listening);
    dissentPointText(listening.doc, 'pt1')!.insert(0, 'Also: ');
    expect(await late).toMatchObject({ code: 4403 });
    const answerForThem = await open(s.wsUrl, workshop.id, tablets['team-2']!.token);
    const notTheirs = closeOf(answerForThem);
    answerDissentPoint(answerForThem.doc, 'pt1', 'rejected');
    expect(await notTheirs).toEqual({
      code: 4403,
      reason: 'Only the team whose proposition it is answers a dissent point.',
    });
    const final = await open(s.wsUrl, workshop.id, workshop.facilitatorToken);
    expect(readDissentPoints(final.doc)).toEqual([
      expect.objectContaining({
        text: 'Staff will not vote for it',
        answer: 'addressed',
        note: 'A staff ballot first',
      }),
    ]);
  });
});

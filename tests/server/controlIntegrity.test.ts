import Database from 'better-sqlite3';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  cardTitleOutcome,
  cardTitleWrite,
  readCards,
  removeCard,
  updateCard,
  type Ack,
  type ControlState,
  type LinksResponse,
  type Notice,
} from '../../shared/src/index.js';
import {
  closeOf,
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  putPriorities,
  startServer,
  synced,
  tempDataDir,
  waitFor,
  type ControlClient,
  type RunningServer,
} from '../support/server.js';

const MIN = 60_000;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function server(options: Parameters<typeof startServer>[0] = {}): Promise<RunningServer> {
  const s = await startServer(options);
  cleanup.push(() => s.close());
  return s;
}

function control(baseUrl: string, token: string): ControlClient {
  const client = connectControl(baseUrl, token);
  cleanup.push(() => client.close());
  return client;
}

let ids = 0;
function send(client: ControlClient, event: 'clock:command' | 'board:command', command: object) {
  return client.emitWithAck(event, { commandId: `integrity-${++ids}-x`, command } as never) as Promise<
    Ack<ControlState>
  >;
}

function firstState(client: ControlClient): Promise<ControlState> {
  return new Promise((resolve) => client.once('control:state', resolve));
}

describe('control state that is never lost', () => {
  it('a restart after a shortening clipped at the time left keeps the clock, votes and focus', async () => {
    let now = Date.UTC(2026, 10, 29, 9, 0);
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir, nowMs: () => now });
    const w = await createWorkshop(first.baseUrl);
    await putPriorities(first.wsUrl, w.id, w.facilitatorToken, ['c1']);
    const facilitator = connectControl(first.baseUrl, w.facilitatorToken);
    await send(facilitator, 'clock:command', { type: 'start' });
    now += 7.5 * MIN; // 2.5 minutes left on a 10-minute item
    await send(facilitator, 'board:command', { type: 'focus', focus: { kind: 'map' } });
    await send(facilitator, 'board:command', { type: 'vote', cardId: 'c1', delta: 1 });
    const shortened = await send(facilitator, 'clock:command', { type: 'adjust', minutes: -5 });
    expect(shortened.ok && shortened.data.clock.adjustMinById.introduction).toBeCloseTo(-2.5, 10);
    facilitator.close();
    await first.close();

    const second = await server({ dataDir, nowMs: () => now });
    const state = await firstState(control(second.baseUrl, w.facilitatorToken));
    expect(shortened.ok && state).toEqual(shortened.ok && shortened.data);
    expect(state.clock.status).toBe('running');
    expect(state.unreadable).toEqual([]);
  });

  it('a stored section that does not parse is named, kept as it was, and the rest still loads', async () => {
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir });
    const w = await createWorkshop(first.baseUrl);
    const facilitator = connectControl(first.baseUrl, w.facilitatorToken);
    await send(facilitator, 'board:command', { type: 'axes', x: 'Cost', y: 'Benefit' });
    await send(facilitator, 'clock:command', { type: 'start' });
    facilitator.close();
    await first.close();
    const db = new Database(path.join(dataDir, 'challenge-board.sqlite'));
    const row = db.prepare('SELECT state FROM control_states WHERE workshop_id = ?').get(w.id) as {
      state: string;
    };
    const broken = JSON.parse(row.state) as { clock: { adjustMinById: Record<string, unknown> } };
    broken.clock.adjustMinById = { introduction: 'lots' };
    const brokenText = JSON.stringify(broken);
    db.prepare('UPDATE control_states SET state = ? WHERE workshop_id = ?').run(brokenText, w.id);
    db.close();

    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
    const second = await server({ dataDir, logger });
    const state = await firstState(control(second.baseUrl, w.facilitatorToken));
    expect(state.board.axes).toEqual({ x: 'Cost', y: 'Benefit' });
    expect(state.clock.status).toBe('ready');
    expect(state.unreadable).toEqual([
      { section: 'clock', message: expect.stringMatching(/adjustMinById\.introduction/) },
    ]);
    expect(lines.map((l) => JSON.parse(l) as object)).toContainEqual(
      expect.objectContaining({ workshopId: w.id, section: 'clock', level: 50 }),
    );
    const check = new Database(path.join(dataDir, 'challenge-board.sqlite'), { readonly: true });
    const kept = check.prepare('SELECT state FROM control_states_unreadable WHERE workshop_id = ?').all(w.id);
    check.close();
    expect(kept).toEqual([{ state: brokenText }]);
  });
});

describe('write scopes the server enforces', () => {
  it('refuses a team writing a top-level key the document does not declare, and says why', async () => {
    const s = await server();
    const w = await createWorkshop(s.baseUrl);
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
    const notices: Notice[] = [];
    control(s.baseUrl, team.token).on('workshop:notice', (n) => notices.push(n));
    const tablet = connectProvider(s.wsUrl, w.id, team.token);
    cleanup.push(() => tablet.destroy());
    await synced(tablet);
    const closed = closeOf(tablet);
    tablet.doc.getMap('anything').set('planted', 'by a team');
    expect(await closed).toEqual({ code: 4403, reason: expect.stringMatching(/no part called “anything”/) });
    await waitFor(() => notices.length > 0, 'the notice to the team');
    expect(notices[0]).toMatchObject({ level: 'error', code: 'undeclared-key' });

    // Nothing of it was kept or passed on: a new device never sees it.
    const fresh = connectProvider(s.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => fresh.destroy());
    await synced(fresh);
    expect(fresh.doc.share.has('anything')).toBe(false);
  });

  it('refuses a team deleting a priority another team created; its owner and the facilitator may', async () => {
    const s = await server();
    const w = await createWorkshop(s.baseUrl);
    const teamA = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
    const teamB = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-2' });
    await putPriorities(s.wsUrl, w.id, teamA.token, ['a-1', 'a-2'], 'team-1');

    const intruder = connectProvider(s.wsUrl, w.id, teamB.token);
    cleanup.push(() => intruder.destroy());
    await synced(intruder);
    const closed = closeOf(intruder);
    removeCard(intruder.doc, 'a-1');
    expect(await closed).toMatchObject({
      code: 4403,
      reason: expect.stringMatching(/Only the task team that made/),
    });

    const watcher = connectProvider(s.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => watcher.destroy());
    await synced(watcher);
    expect(cardsMap(watcher.doc).has('a-1')).toBe(true);

    // Team B may still edit the shared map, and add its own priorities.
    const editor = connectProvider(s.wsUrl, w.id, teamB.token);
    cleanup.push(() => editor.destroy());
    await synced(editor);
    addCard(editor.doc, 'b-1', { title: 'Ours', createdByTeamId: 'team-2' });
    await waitFor(() => cardsMap(watcher.doc).has('b-1'), 'team B’s own priority');

    const owner = connectProvider(s.wsUrl, w.id, teamA.token);
    cleanup.push(() => owner.destroy());
    await synced(owner);
    removeCard(owner.doc, 'a-1');
    removeCard(watcher.doc, 'a-2');
    await waitFor(
      () => !cardsMap(editor.doc).has('a-1') && !cardsMap(editor.doc).has('a-2'),
      'both removals',
    );
  });
});

describe('a title retyped on two tablets at once', () => {
  it('is one version whole everywhere, and only the tablet whose version lost judges it lost', async () => {
    const s = await server();
    const w = await createWorkshop(s.baseUrl);
    const [one, two] = [
      connectProvider(
        s.wsUrl,
        w.id,
        (await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' })).token,
      ),
      connectProvider(
        s.wsUrl,
        w.id,
        (await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-2' })).token,
      ),
    ];
    const watcher = connectProvider(s.wsUrl, w.id, w.facilitatorToken);
    cleanup.push(() => [one, two, watcher].forEach((p) => p.destroy()));
    await Promise.all([one, two, watcher].map(synced));
    // A priority as earlier versions stored it: its title a Y.Text, made by the facilitator.
    watcher.doc.transact(() => {
      addCard(watcher.doc, 'p1', { title: '' });
      cardsMap(watcher.doc).get('p1')!.set('title', new Y.Text('Shares back office with districts'));
    });
    const title = (p: typeof one) => readCards(p.doc)[0]?.title;
    await waitFor(() => title(one) !== undefined && title(two) !== undefined, 'the priority on both tablets');

    one.disconnect();
    updateCard(one.doc, 'p1', { title: 'Share back-office services with the district' });
    const mine = cardTitleWrite(cardsMap(one.doc).get('p1')!)!;
    updateCard(two.doc, 'p1', { title: 'Shared services with the districts' });
    const theirs = cardTitleWrite(cardsMap(two.doc).get('p1')!)!;
    await waitFor(() => title(watcher) === 'Shared services with the districts', 'the online edit');
    one.connect();
    await waitFor(
      () => title(one) === title(two) && title(two) === title(watcher) && one.synced,
      'the tablets to agree',
    );

    // Neither tablet was refused (PERM-9: the map is shared for editing), and no mix was made.
    expect(one.wsconnected && two.wsconnected).toBe(true);
    const kept = title(watcher);
    expect(['Share back-office services with the district', 'Shared services with the districts']).toContain(
      kept,
    );
    const [winner, loser] = kept === 'Shared services with the districts' ? [theirs, mine] : [mine, theirs];
    for (const p of [one, two, watcher]) {
      const card = cardsMap(p.doc).get('p1')!;
      expect(cardTitleOutcome(card, loser)).toBe('lost');
      expect(cardTitleOutcome(card, winner)).toBe('kept');
    }
  });
});

describe('control state follows content', () => {
  it('gives a voter back the dots on a priority that is removed, and refuses ids that never existed', async () => {
    const s = await server();
    const w = await createWorkshop(s.baseUrl);
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
    await putPriorities(s.wsUrl, w.id, team.token, ['c1', 'c2'], 'team-1');
    const tablet = control(s.baseUrl, team.token);
    const facilitator = control(s.baseUrl, w.facilitatorToken);
    await firstState(facilitator);
    expect(await send(tablet, 'board:command', { type: 'vote', cardId: 'c1', delta: 1 })).toMatchObject({
      ok: true,
    });
    await send(tablet, 'board:command', { type: 'vote', cardId: 'c1', delta: 1 });
    await send(tablet, 'board:command', { type: 'vote', cardId: 'c2', delta: 1 });
    await send(facilitator, 'board:command', { type: 'allocate', cardId: 'c1', teamId: 'team-2' });
    expect(await send(tablet, 'board:command', { type: 'vote', cardId: 'never', delta: 1 })).toMatchObject({
      ok: false,
      error: { code: 'unknown-priority' },
    });
    expect(
      await send(facilitator, 'board:command', { type: 'allocate', cardId: 'never', teamId: 'team-1' }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-priority' } });

    const states: ControlState[] = [];
    facilitator.on('control:state', (state) => states.push(state));
    const remover = connectProvider(s.wsUrl, w.id, team.token);
    cleanup.push(() => remover.destroy());
    await synced(remover);
    removeCard(remover.doc, 'c1');
    await waitFor(
      () => states.some((st) => !JSON.stringify(st.board.votes).includes('c1')),
      'the released dots',
    );
    const released = states.at(-1)!;
    expect(Object.values(released.board.votes)).toEqual([{ c2: 1 }]);
    expect(released.board.allocations).toEqual({});
  });
});

describe('revocable links', () => {
  it('lists every link, and a revoked one is cut off at once and refused from then on', async () => {
    const s = await server();
    const w = await createWorkshop(s.baseUrl);
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1', name: 'Priya' });
    const socket = control(s.baseUrl, team.token);
    await firstState(socket);
    const tablet = connectProvider(s.wsUrl, w.id, team.token);
    cleanup.push(() => tablet.destroy());
    await synced(tablet);

    const auth = { authorization: `Bearer ${w.facilitatorToken}` };
    const listed = (await (
      await fetch(`${s.baseUrl}/api/workshops/${w.id}/links`, { headers: auth })
    ).json()) as LinksResponse;
    const link = listed.links.find((l) => l.name === 'Priya')!;
    expect(link).toMatchObject({ role: 'team', teamId: 'team-1', revokedAtMs: null, isYours: false });
    expect(link.lastSeenAtMs).toEqual(expect.any(Number));
    expect(listed.links.find((l) => l.role === 'facilitator')).toMatchObject({ isYours: true });

    const teamRefused = await fetch(`${s.baseUrl}/api/workshops/${w.id}/links`, {
      headers: { authorization: `Bearer ${team.token}` },
    });
    expect(teamRefused.status).toBe(403);

    const closed = closeOf(tablet);
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
    const revoked = await fetch(`${s.baseUrl}/api/workshops/${w.id}/links/${link.id}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(revoked.status).toBe(204);
    expect(await closed).toMatchObject({ code: 4401 });
    await disconnected;

    const again = await fetch(`${s.baseUrl}/api/workshops/${w.id}`, {
      headers: { authorization: `Bearer ${team.token}` },
    });
    expect(again.status).toBe(401);
    const relisted = (await (
      await fetch(`${s.baseUrl}/api/workshops/${w.id}/links`, { headers: auth })
    ).json()) as LinksResponse;
    expect(relisted.links.find((l) => l.id === link.id)?.revokedAtMs).toEqual(expect.any(Number));
    const own = listed.links.find((l) => l.isYours)!;
    const self = await fetch(`${s.baseUrl}/api/workshops/${w.id}/links/${own.id}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(self.status).toBe(400);
  });
});

describe('revoking a join code', () => {
  it('can disconnect the tablets that joined with it, and leaves the others', async () => {
    const s = await server();
    const w = await createWorkshop(s.baseUrl);
    const auth = { authorization: `Bearer ${w.facilitatorToken}`, 'content-type': 'application/json' };
    const codeFor = async (teamId: string) =>
      (
        (await (
          await fetch(`${s.baseUrl}/api/workshops/${w.id}/join-codes`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ teamId }),
          })
        ).json()) as { code: string }
      ).code;
    const join = async (code: string) =>
      (
        (await (
          await fetch(`${s.baseUrl}/api/join`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ code }),
          })
        ).json()) as { token: string }
      ).token;
    const [codeA, codeB] = [await codeFor('team-1'), await codeFor('team-2')];
    const [tabletA, tabletB] = [await join(codeA), await join(codeB)];
    const socketA = control(s.baseUrl, tabletA);
    await firstState(socketA);
    const gone = new Promise((resolve) => socketA.once('disconnect', resolve));
    const revoked = await fetch(`${s.baseUrl}/api/workshops/${w.id}/join-codes/${codeA}?tablets=disconnect`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(revoked.status).toBe(204);
    await gone;
    const summary = (token: string) =>
      fetch(`${s.baseUrl}/api/workshops/${w.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await summary(tabletA)).status).toBe(401);
    expect((await summary(tabletB)).status).toBe(200);
  });
});

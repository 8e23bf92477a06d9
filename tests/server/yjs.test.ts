import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import {
  addCard,
  addWitnessNote,
  cardsMap,
  readCards,
  readWitnessNotes,
  type CreatedWorkshop,
} from '../../shared/src/index.js';
import { closed, openRaw, syncUpdateFrame } from '../support/rawYjs.js';
import { cardUpdate } from '../support/roomHarness.js';
import { arrangeWitnesses } from '../support/scenario.js';
import {
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  pause,
  startServer,
  synced,
  waitFor,
  type RunningServer,
} from '../support/server.js';

let s: RunningServer;
let w: CreatedWorkshop;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());
afterEach(() => {
  providers.splice(0).forEach((p) => p.destroy());
});

async function join(role: 'team' | 'projector' | 'witness' | 'facilitator', workshop = w, teamId?: string) {
  const token =
    role === 'facilitator'
      ? workshop.facilitatorToken
      : (
          await mintToken(s.baseUrl, workshop, {
            role,
            teamId: role === 'team' ? (teamId ?? 'team-1') : undefined,
          })
        ).token;
  const provider = connectProvider(s.wsUrl, workshop.id, token);
  providers.push(provider);
  await synced(provider);
  return { provider, doc: provider.doc, token };
}

const loadedWorkshops = async () =>
  ((await (await fetch(`${s.baseUrl}/healthz`)).json()) as { loadedWorkshops: number }).loadedWorkshops;

describe('Yjs endpoint', () => {
  beforeAll(async () => {
    w = await createWorkshop(s.baseUrl);
  });

  it('two tablets converge, and a latecomer gets the whole board', async () => {
    const a = await join('team', w, 'team-1');
    const b = await join('team', w, 'team-2');
    addCard(a.doc, 'c1', { title: 'Close two libraries', category: 'budget' });
    addCard(b.doc, 'c2', { title: 'Neighbourhood plans', category: 'localism' });
    await waitFor(
      () => readCards(a.doc).length === 2 && readCards(b.doc).length === 2,
      'both cards on both tablets',
    );
    const late = await join('projector');
    await waitFor(() => readCards(late.doc).length === 2, 'the latecomer to see both cards');
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('long notes arrive whole, live and to a latecomer, whatever size of frame carries them', async () => {
    const a = await join('team', w, 'team-1');
    const b = await join('team', w, 'team-2');
    // 16-bit and 64-bit frame lengths: most edits fit in the 7-bit one.
    const notes = { long: 'Savings from shared back office. '.repeat(40), huge: 'x'.repeat(150_000) };
    for (const [id, note] of Object.entries(notes)) addCard(a.doc, id, { title: id, note });
    const noteOn = (doc: Y.Doc, id: string) => readCards(doc).find((c) => c.id === id)?.note;
    await waitFor(() => noteOn(b.doc, 'huge') === notes.huge, 'the huge note on the other tablet');
    expect(noteOn(b.doc, 'long')).toBe(notes.long);
    const late = await join('projector');
    expect(noteOn(late.doc, 'huge')).toBe(notes.huge);
    expect(noteOn(late.doc, 'long')).toBe(notes.long);
  });

  it('stamps awareness with the identity from the token, whatever the device claims', async () => {
    const a = await join('team', w, 'team-1');
    const b = await join('team', w, 'team-2');
    a.provider.awareness.setLocalStateField('user', { name: 'The Leader', role: 'facilitator' });
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), 'awareness to arrive');
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({
      user: { name: 'Task team 1', role: 'team', teamId: 'team-1' },
    });
  });

  it('a projector receives the board but its edits and awareness reach no one', async () => {
    const team = await join('team');
    addCard(team.doc, 'seen', { title: 'Seen by the projector' });
    const projector = await join('projector');
    await waitFor(
      () => readCards(projector.doc).some((c) => c.id === 'seen'),
      'the projector to get the board',
    );
    addCard(projector.doc, 'sneaky', { title: 'Written by a projector' });
    projector.provider.awareness.setLocalStateField('user', { name: 'Projector pretending' });
    addCard(team.doc, 'after', { title: 'After the projector wrote' });
    await waitFor(
      () => readCards(projector.doc).some((c) => c.id === 'after'),
      'later edits to reach the projector',
    );
    await pause(100);
    expect(cardsMap(team.doc).has('sneaky')).toBe(false);
    expect(team.provider.awareness.getStates().has(projector.doc.clientID)).toBe(false);
    const fresh = await join('team');
    expect(cardsMap(fresh.doc).has('sneaky')).toBe(false);
  });

  it('a witness writes witness notes but not the priority map', async () => {
    const team = await join('team');
    await arrangeWitnesses(s.baseUrl, w, {
      type: 'addWitness',
      witness: {
        id: 'finance-director',
        name: 'Finance director',
        expertise: 'reserves',
        attendance: 'room',
        freeFromMin: 0,
        freeToMin: 30,
      },
    });
    const token = (await mintToken(s.baseUrl, w, { role: 'witness', witnessId: 'finance-director' })).token;
    const provider = connectProvider(s.wsUrl, w.id, token);
    providers.push(provider);
    await synced(provider);
    const witness = { doc: provider.doc };
    addWitnessNote(witness.doc, 'n1', {
      teamId: 'team-1',
      witnessId: 'finance-director',
      memberId: null,
      byWitness: true,
      answer: 'Reserves cover two years at most.',
    });
    addCard(witness.doc, 'by-witness', { title: 'Not allowed' });
    await waitFor(() => team.doc.getMap('witnessNotes').has('n1'), 'the witness note');
    await pause(100);
    expect(readWitnessNotes(team.doc).map((n) => n.answer)).toEqual(['Reserves cover two years at most.']);
    expect(cardsMap(team.doc).has('by-witness')).toBe(false);
  });

  it('refuses missing, bad and foreign tokens at the upgrade, before any document is loaded', async () => {
    const fresh = await createWorkshop(s.baseUrl);
    const other = await createWorkshop(s.baseUrl);
    const before = await loadedWorkshops();
    const url = `${s.wsUrl}/${fresh.id}`;
    expect(await openRaw(url)).toEqual({ status: 401 });
    expect(await openRaw(`${url}?token=made-up`)).toEqual({ status: 401 });
    expect(await openRaw(`${url}?token=${other.facilitatorToken}`)).toEqual({ status: 403 });
    expect(await openRaw(`${s.wsUrl}/no-such-workshop?token=${fresh.facilitatorToken}`)).toEqual({
      status: 404,
    });
    expect(await loadedWorkshops()).toBe(before);
  });

  it('a malformed update closes only its own connection; the board is intact and others carry on', async () => {
    const a = await join('team');
    const b = await join('team');
    addCard(a.doc, 'before-bad', { title: 'Before the bad update' });
    await waitFor(() => cardsMap(b.doc).has('before-bad'), 'first card');
    const raw = await openRaw(`${s.wsUrl}/${w.id}?token=${a.token}`);
    if (!('ws' in raw)) throw new Error('raw connection refused');
    const closing = closed(raw.ws);
    raw.ws.send(syncUpdateFrame(new Uint8Array([1, 1, 200, 200, 200, 200, 1, 4, 0])));
    expect((await closing).code).toBe(4400);
    addCard(b.doc, 'after-bad', { title: 'After the bad update' });
    await waitFor(() => cardsMap(a.doc).has('after-bad'), 'edits after the bad update');
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
    const fresh = await join('team');
    expect(cardsMap(fresh.doc).has('before-bad') && cardsMap(fresh.doc).has('after-bad')).toBe(true);
  });

  it('an update that fails half-way is not kept: the board is reloaded from what is on disk', async () => {
    const { update } = cardUpdate(424242, 'half-applied');
    // The last byte is the (empty) delete set: make it claim entries that are not there. Yjs adds the
    // card, then throws while reading the rest.
    const broken = update.slice();
    broken[broken.length - 1] = 5;
    const raw = await openRaw(`${s.wsUrl}/${w.id}?token=${w.facilitatorToken}`);
    if (!('ws' in raw)) throw new Error('raw connection refused');
    const closing = closed(raw.ws);
    raw.ws.send(syncUpdateFrame(broken));
    expect((await closing).code).toBe(4400);
    const fresh = await join('team');
    expect(cardsMap(fresh.doc).has('half-applied')).toBe(false);
  });

  it('an oversized frame closes only its own connection', async () => {
    const a = await join('team');
    const raw = await openRaw(`${s.wsUrl}/${w.id}?token=${a.token}`);
    if (!('ws' in raw)) throw new Error('raw connection refused');
    const closing = closed(raw.ws);
    raw.ws.send(syncUpdateFrame(new Uint8Array(3 * 1024 * 1024)));
    expect((await closing).code).toBe(1009);
    const b = await join('team');
    addCard(b.doc, 'after-big', { title: 'After the big frame' });
    await waitFor(() => cardsMap(a.doc).has('after-big'), 'edits after the oversized frame');
  });

  it('a device that floods the server is cut off', async () => {
    const a = await join('team');
    const raw = await openRaw(`${s.wsUrl}/${w.id}?token=${a.token}`);
    if (!('ws' in raw)) throw new Error('raw connection refused');
    const closing = closed(raw.ws);
    const queryAwareness = new Uint8Array([3]);
    for (let i = 0; i < 3000; i++) raw.ws.send(queryAwareness);
    expect((await closing).code).toBe(4529);
    expect(a.provider.wsconnected).toBe(true);
  });
});

describe('document size cap', () => {
  it('refuses writes past the cap and says so on the control channel', async () => {
    const small = await startServer({ maxDocBytes: 4000 });
    try {
      // A blank programme: its document starts with no briefing to fill the small cap.
      const workshop = await createWorkshop(small.baseUrl, { templateId: 'blank' });
      const control = connectControl(small.baseUrl, workshop.facilitatorToken);
      const notices: string[] = [];
      control.on('workshop:notice', (n) => notices.push(n.code));
      await waitFor(() => control.connected, 'control connection');
      const a = connectProvider(small.wsUrl, workshop.id, workshop.facilitatorToken);
      const b = connectProvider(small.wsUrl, workshop.id, workshop.facilitatorToken);
      await synced(a);
      await synced(b);
      addCard(a.doc, 'fits', { title: 'Fits' });
      await waitFor(() => cardsMap(b.doc).has('fits'), 'a small card');
      addCard(a.doc, 'too-big', { note: 'x'.repeat(5000) });
      await waitFor(() => notices.includes('board-full'), 'the board-full notice');
      await pause(100);
      expect(cardsMap(b.doc).has('too-big')).toBe(false);
      a.destroy();
      b.destroy();
      control.close();
    } finally {
      await small.close();
    }
  });
});

describe('a device that cannot keep up', () => {
  it('is dropped once too much waits for it, and everyone else carries on', async () => {
    const srv = await startServer({ maxBufferedBytes: 256 * 1024, maxDocBytes: 500_000_000 });
    try {
      const workshop = await createWorkshop(srv.baseUrl);
      const { token } = await mintToken(srv.baseUrl, workshop, { role: 'projector' });
      // A projector whose network stalls: it stops reading, so the server's writes back up.
      const slow = new WebSocket(`${srv.wsUrl}/${workshop.id}?token=${token}`);
      let slowSocket: Duplex | undefined;
      slow.once('upgrade', (res) => (slowSocket = res.socket));
      await new Promise((resolve) => slow.once('open', resolve));
      slowSocket!.pause();
      const closing = closed(slow);

      const writers = [1, 2, 3].map(() => connectProvider(srv.wsUrl, workshop.id, workshop.facilitatorToken));
      const reader = connectProvider(srv.wsUrl, workshop.id, workshop.facilitatorToken);
      await Promise.all([...writers, reader].map(synced));
      // More than the kernel's socket buffers on loopback hold, so the excess waits in the server.
      const chunk = 'x'.repeat(1024 * 1024);
      writers.forEach((writer, i) => {
        for (let n = 0; n < 8; n++) addCard(writer.doc, `w${i}-${n}`, { note: chunk });
      });
      await waitFor(() => cardsMap(reader.doc).size === 24, 'every card on the device that keeps up', 20_000);

      slowSocket!.resume();
      const dropped = await Promise.race([closing, pause(10_000).then(() => ({ code: 0 }))]);
      expect(dropped.code, 'the slow projector dropped as too slow').toBe(4508);
      expect(reader.wsconnected).toBe(true);
      [...writers, reader].forEach((p) => p.destroy());
    } finally {
      await srv.close();
    }
  });
});

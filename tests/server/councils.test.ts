import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCouncilPriority,
  councilNotesMap,
  councilNoteKey,
  councilNoteText,
  councilPriorityFit,
  noteTopics,
  readCouncilPriorities,
  replaceText,
  setCouncilHeadline,
  type Ack,
  type ControlState,
} from '../../shared/src/index.js';
import { spawnServer, type ChildServer } from '../support/childServer.js';
import {
  closeOf,
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  synced,
  tempDataDir,
  waitFor,
  type ControlClient,
} from '../support/server.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

interface Room {
  baseUrl: string;
  wsUrl: string;
}

async function open(s: Room, workshopId: string, token: string) {
  const provider = connectProvider(s.wsUrl, workshopId, token);
  cleanup.push(() => provider.destroy());
  await synced(provider);
  return provider;
}

/** The note the server made for these teams (NOTE-1), once it has reached this device. */
async function noteIn(provider: ReturnType<typeof connectProvider>, topic: string, teamIds: string[]) {
  const key = councilNoteKey(topic, teamIds);
  await waitFor(() => councilNoteText(provider.doc, key) !== undefined, `the note ${key}`);
  return councilNoteText(provider.doc, key)!;
}

function commands(s: Room, token: string) {
  const client: ControlClient = connectControl(s.baseUrl, token);
  cleanup.push(() => client.close());
  let n = 0;
  const id = () => `councils-${token.slice(0, 6)}-${n++}`;
  return {
    pooled: (command: object) =>
      client.emitWithAck('pooled:command', { commandId: id(), command } as never) as Promise<
        Ack<ControlState>
      >,
    pairs: (command: object) =>
      client.emitWithAck('pairs:command', { commandId: id(), command } as never) as Promise<
        Ack<ControlState>
      >,
    roster: (command: object) =>
      client.emitWithAck('roster:command', { commandId: id(), command } as never) as Promise<
        Ack<ControlState>
      >,
  };
}

async function councilsWorkshop(s: Room) {
  const w = await createWorkshop(s.baseUrl, {
    title: 'Shared services',
    templateId: 'shared-services-leadership',
  });
  const first = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
  const second = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-2' });
  const managers = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-3' });
  return { w, first, second, managers };
}

async function spawned(): Promise<{ server: ChildServer; dataDir: string }> {
  const dataDir = tempDataDir();
  const server = await spawnServer(dataDir);
  cleanup.push(() => server.child.kill('SIGKILL'));
  return { server, dataDir };
}

describe('the two councils’ programme on the server', () => {
  it('POOL-2: one cabinet cannot change the other’s priorities; the refused edit is not kept', async () => {
    const { server: s } = await spawned();
    const { w, first, second } = await councilsWorkshop(s);
    const north = await open(s, w.id, first.token);
    addCouncilPriority(north.doc, 'p1', 'team-1', 'Growing the local economy', 'Fewer posts');
    const south = await open(s, w.id, second.token);
    await waitFor(() => readCouncilPriorities(south.doc).length === 1, 'the priority on the other cabinet');

    const closed = closeOf(south);
    setCouncilHeadline(south.doc, 'p1', 'Ours now');
    expect(await closed).toEqual({
      code: 4403,
      reason: 'Only the task team that made this corporate priority, or the facilitator, can change it.',
    });
    const again = await open(s, w.id, second.token);
    const removed = closeOf(again);
    replaceText(councilPriorityFit(again.doc, 'p1')!, 'Nothing to do with it');
    expect(await removed).toMatchObject({ code: 4403 });
    const fresh = await open(s, w.id, w.facilitatorToken);
    expect(readCouncilPriorities(fresh.doc)).toEqual([
      { id: 'p1', teamId: 'team-1', headline: 'Growing the local economy', fit: 'Fewer posts' },
    ]);
  });

  it('PERM-23, POOL-6: only the facilitator sorts and merges; the implications are the managers’ and the facilitator’s', async () => {
    const { server: s } = await spawned();
    const { w, first, second, managers } = await councilsWorkshop(s);
    const north = await open(s, w.id, first.token);
    addCouncilPriority(north.doc, 'p1', 'team-1', 'Growing the local economy');
    const south = await open(s, w.id, second.token);
    addCouncilPriority(south.doc, 'p2', 'team-2', 'Jobs and growth');
    const desk = await open(s, w.id, w.facilitatorToken);
    await waitFor(() => readCouncilPriorities(desk.doc).length === 2, 'both priorities on the console');

    const byCabinet = await commands(s, first.token).pooled({
      type: 'merge',
      priorityId: 'p2',
      intoId: 'p1',
    });
    expect(byCabinet).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const console = commands(s, w.facilitatorToken);
    expect(await console.pooled({ type: 'merge', priorityId: 'p1', intoId: 'p1' })).toMatchObject({
      ok: false,
      error: { message: 'A priority cannot be merged with itself.' },
    });
    expect(await console.pooled({ type: 'sort', priorityId: 'nowhere', scope: 'shared' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-priority' },
    });
    const merged = await console.pooled({ type: 'merge', priorityId: 'p2', intoId: 'p1' });
    expect(merged.ok && merged.data.pooled).toEqual({
      groups: [{ id: 'p1', priorityIds: ['p1', 'p2'], scope: 'shared' }],
    });

    const mine = await open(s, w.id, managers.token);
    replaceText(await noteIn(mine, noteTopics.implications('p1'), ['team-3']), 'One finance team');
    const key = councilNoteKey(noteTopics.implications('p1'), ['team-3']);
    await waitFor(() => councilNoteText(north.doc, key)?.toString() === 'One finance team', 'the note');
    const closed = closeOf(north);
    replaceText(councilNoteText(north.doc, key)!, 'Written by a cabinet');
    expect(await closed).toMatchObject({ code: 4403 });
    const check = await open(s, w.id, w.facilitatorToken);
    expect(councilNoteText(check.doc, key)?.toString()).toBe('One finance team');
  });

  it('NOTE-1: the server makes each note; two tablets typing in it at once, offline, both keep their words; no screen starts or removes one', async () => {
    const { server: s } = await spawned();
    const { w, first, second } = await councilsWorkshop(s);
    const console = commands(s, w.facilitatorToken);
    for (const member of [
      {
        id: 'm-n',
        name: 'Ann Lee',
        teamId: 'team-1',
        bodyId: 'first-cabinet',
        role: 'Portfolio holder, Finance',
      },
      {
        id: 'm-s',
        name: 'Raj Patel',
        teamId: 'team-2',
        bodyId: 'second-cabinet',
        role: 'Portfolio holder, Finance',
      },
    ])
      expect((await console.roster({ type: 'addMember', member })).ok).toBe(true);
    const north = await open(s, w.id, first.token);
    const south = await open(s, w.id, second.token);
    const pairTopic = noteTopics.pair('m-n~m-s');
    const key = councilNoteKey(pairTopic, ['team-1', 'team-2']);
    expect(councilNoteText(north.doc, key)).toBeUndefined();
    expect((await console.pairs({ type: 'pair', memberIds: ['m-n', 'm-s'] })).ok).toBe(true);
    const northNote = await noteIn(north, pairTopic, ['team-1', 'team-2']);
    const southNote = await noteIn(south, pairTopic, ['team-1', 'team-2']);

    // Both tablets lose the Wi-Fi, type, and come back: a text merges, so both sentences stay.
    north.disconnect();
    south.disconnect();
    northNote.insert(0, 'Meet every Monday. ');
    southNote.insert(0, 'Share one finance officer. ');
    north.connect();
    south.connect();
    const both = (text: string) =>
      text.includes('Meet every Monday.') && text.includes('Share one finance officer.');
    await waitFor(
      () => both(northNote.toString()) && both(southNote.toString()),
      'both sentences on both tablets',
    );
    const desk = await open(s, w.id, w.facilitatorToken);
    expect(both(councilNoteText(desk.doc, key)!.toString())).toBe(true);

    // A screen that starts a note of its own (as two could, at once, and replace each other's) is refused.
    const mine = await open(s, w.id, first.token);
    const refused = closeOf(mine);
    mine.doc.transact(() => {
      const entry = new Y.Map<unknown>();
      entry.set('teamIds', ['team-1', 'team-2']);
      entry.set('text', new Y.Text('Started again'));
      councilNotesMap(mine.doc).set(key, entry);
    });
    expect(await refused).toEqual({
      code: 4403,
      reason: 'The board itself starts and ends each note: a screen only writes in one.',
    });
    const check = await open(s, w.id, w.facilitatorToken);
    expect(both(councilNoteText(check.doc, key)!.toString())).toBe(true);
  });

  it('pooling, pairs and notes survive a SIGKILL restart', async () => {
    const { server: s, dataDir } = await spawned();
    const { w, first, second } = await councilsWorkshop(s);
    const north = await open(s, w.id, first.token);
    addCouncilPriority(north.doc, 'p1', 'team-1', 'Growing the local economy', 'Fewer posts');
    const south = await open(s, w.id, second.token);
    addCouncilPriority(south.doc, 'p2', 'team-2', 'Jobs and growth');
    await waitFor(() => readCouncilPriorities(south.doc).length === 2, 'both priorities');
    const console = commands(s, w.facilitatorToken);
    for (const member of [
      {
        id: 'm-fin-n',
        name: 'Ann Lee',
        teamId: 'team-1',
        bodyId: 'first-cabinet',
        role: 'Portfolio holder, Finance',
      },
      {
        id: 'm-fin-s',
        name: 'Raj Patel',
        teamId: 'team-2',
        bodyId: 'second-cabinet',
        role: 'Portfolio holder, Finance and Resources',
      },
    ])
      expect((await console.roster({ type: 'addMember', member })).ok).toBe(true);
    expect((await console.pooled({ type: 'sort', priorityId: 'p1', scope: 'separate' })).ok).toBe(true);
    const paired = await console.pairs({ type: 'pair', memberIds: ['m-fin-n', 'm-fin-s'] });
    expect(paired.ok).toBe(true);
    const pairTopic = noteTopics.pair('m-fin-n~m-fin-s');
    replaceText(await noteIn(south, pairTopic, ['team-1', 'team-2']), 'Meet every Monday');
    replaceText(await noteIn(north, noteTopics.discussion('localism'), ['team-1']), 'Ward budgets');
    const saved = await open(s, w.id, w.facilitatorToken);
    const pairKey = councilNoteKey(pairTopic, ['team-1', 'team-2']);
    await waitFor(
      () => councilNoteText(saved.doc, pairKey)?.toString() === 'Meet every Monday',
      'the pair note',
    );
    await waitFor(
      () =>
        councilNoteText(saved.doc, councilNoteKey(noteTopics.discussion('localism'), ['team-1'])) !==
        undefined,
      'the discussion note',
    );
    await waitFor(
      () =>
        councilNoteText(
          saved.doc,
          councilNoteKey(noteTopics.discussion('localism'), ['team-1']),
        )?.toString() === 'Ward budgets',
      'the discussion text',
    );

    s.child.kill('SIGKILL');
    await s.exited;
    const again = await spawnServer(dataDir);
    cleanup.push(() => again.child.kill('SIGKILL'));
    const client = connectControl(again.baseUrl, w.facilitatorToken);
    cleanup.push(() => client.close());
    const state = await new Promise<ControlState>((resolve) => client.once('control:state', resolve));
    expect(state.pooled).toEqual({ groups: [{ id: 'p1', priorityIds: ['p1'], scope: 'separate' }] });
    expect(state.pairs).toEqual({ pairs: [{ id: 'm-fin-n~m-fin-s', memberIds: ['m-fin-n', 'm-fin-s'] }] });
    const doc = (await open(again, w.id, w.facilitatorToken)).doc;
    expect(readCouncilPriorities(doc).map((p) => p.headline)).toEqual([
      'Growing the local economy',
      'Jobs and growth',
    ]);
    expect(councilNoteText(doc, pairKey)?.toString()).toBe('Meet every Monday');
    expect(
      councilNoteText(doc, councilNoteKey(noteTopics.discussion('localism'), ['team-1']))?.toString(),
    ).toBe('Ward budgets');
  });
});

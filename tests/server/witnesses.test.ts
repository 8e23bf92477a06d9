import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import {
  addWitnessNote,
  readWitnessNotes,
  replaceText,
  witnessNoteText,
  type ControlState,
  type CreatedWorkshop,
  type Identity,
  type Witness,
} from '../../shared/src/index.js';
import { spawnServer, type ChildServer } from '../support/childServer.js';
import { addMember, arrangeWitnesses } from '../support/scenario.js';
import {
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  pause,
  startServer,
  synced,
  tempDataDir,
  waitFor,
  type RunningServer,
} from '../support/server.js';

let s: RunningServer;
let w: CreatedWorkshop;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const witness = (id: string, name: string, patch: Partial<Witness> = {}): Witness => ({
  id,
  name,
  expertise: 'staff mutuals',
  attendance: 'room',
  freeFromMin: 0,
  freeToMin: 40,
  ...patch,
});

async function setUp(baseUrl: string, workshop: CreatedWorkshop) {
  await arrangeWitnesses(baseUrl, workshop, { type: 'addWitness', witness: witness('w-beth', 'Beth Evans') });
  await arrangeWitnesses(baseUrl, workshop, {
    type: 'addWitness',
    witness: witness('w-raj', 'Raj Patel', { expertise: 'total place', attendance: 'phone' }),
  });
  const member = (id: string, name: string, teamId: string) =>
    addMember(baseUrl, workshop, { id, name, teamId, bodyId: null, role: '' });
  await member('m-priya', 'Priya Shah', 'team-1');
  await member('m-tom', 'Tom Jones', 'team-1');
  await member('m-ann', 'Ann Lee', 'team-2');
}

async function open(baseUrl: string, wsUrl: string, workshop: CreatedWorkshop, token: string) {
  const provider = connectProvider(wsUrl, workshop.id, token);
  cleanup.push(() => provider.destroy());
  await synced(provider);
  return provider;
}

async function linkFor(workshop: CreatedWorkshop, body: object, baseUrl = s.baseUrl) {
  return (await mintToken(baseUrl, workshop, body as never)).token;
}

type Notes = ReturnType<typeof readWitnessNotes>;

/** What the server holds, as a device that joins afterwards sees it (once `until` holds). */
async function notesOnServer(until: (notes: Notes) => boolean = () => true) {
  const fresh = await open(s.baseUrl, s.wsUrl, w, w.facilitatorToken);
  await waitFor(() => until(readWitnessNotes(fresh.doc)), 'the notes on the server');
  return readWitnessNotes(fresh.doc);
}

const closedWith = (provider: WebsocketProvider) =>
  new Promise<number>((resolve) => provider.ws?.addEventListener('close', (e) => resolve(e.code)));

describe('witness links (PERM-22)', () => {
  beforeAll(async () => {
    w = await createWorkshop(s.baseUrl);
    await setUp(s.baseUrl, w);
  });

  it('a witness link belongs to one witness set up; the server stamps it on the identity', async () => {
    const res = await fetch(`${s.baseUrl}/api/workshops/${w.id}/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.facilitatorToken}` },
      body: JSON.stringify({ role: 'witness', witnessId: 'w-nobody' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'That witness is not part of this workshop’s witness sessions.',
    );
    const teamWithWitness = await fetch(`${s.baseUrl}/api/workshops/${w.id}/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.facilitatorToken}` },
      body: JSON.stringify({ role: 'team', teamId: 'team-1', witnessId: 'w-beth' }),
    });
    expect(teamWithWitness.status).toBe(400);

    const made = await mintToken(s.baseUrl, w, { role: 'witness', witnessId: 'w-beth' });
    expect(made).toMatchObject({ role: 'witness', witnessId: 'w-beth', name: 'Beth Evans' });
    const control = connectControl(s.baseUrl, made.token);
    cleanup.push(() => control.close());
    const identity = await new Promise<Identity>((resolve) => control.once('session:identity', resolve));
    expect(identity).toMatchObject({
      role: 'witness',
      witnessId: 'w-beth',
      name: 'Beth Evans',
      teamId: null,
    });
    const links = (await (
      await fetch(`${s.baseUrl}/api/workshops/${w.id}/links`, {
        headers: { authorization: `Bearer ${w.facilitatorToken}` },
      })
    ).json()) as { links: { witnessId?: string | null; role: string }[] };
    expect(links.links.filter((l) => l.role === 'witness').map((l) => l.witnessId)).toContain('w-beth');
  });

  it('PERM-20 a team tablet cannot set up witnesses or move people', async () => {
    const tablet = connectControl(s.baseUrl, await linkFor(w, { role: 'team', teamId: 'team-1' }));
    cleanup.push(() => tablet.close());
    const ack = await tablet.emitWithAck('witnesses:command', {
      commandId: 'tablet-propose-1',
      command: { type: 'propose' },
    });
    expect(ack).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Only the facilitator can set up the witnesses and say who goes to which.',
      },
    });
  });
});

describe('witness notes: who writes what (PERM-21)', () => {
  beforeAll(async () => {
    w = await createWorkshop(s.baseUrl);
    await setUp(s.baseUrl, w);
  });

  it('a team writes its own notes; another team cannot change them, and the refusal keeps nothing', async () => {
    const mine = await open(s.baseUrl, s.wsUrl, w, await linkFor(w, { role: 'team', teamId: 'team-1' }));
    addWitnessNote(mine.doc, 'n-priya', {
      teamId: 'team-1',
      witnessId: 'w-beth',
      memberId: 'm-priya',
      byWitness: false,
      question: 'How did the mutual keep its staff?',
    });
    const stored = await notesOnServer((notes) => notes.length === 1);
    expect(stored.map((n) => n.question)).toEqual(['How did the mutual keep its staff?']);

    const other = await open(s.baseUrl, s.wsUrl, w, await linkFor(w, { role: 'team', teamId: 'team-2' }));
    await waitFor(
      () => witnessNoteText(other.doc, 'n-priya', 'question') !== undefined,
      'the note on team 2',
    );
    const closed = closedWith(other);
    replaceText(witnessNoteText(other.doc, 'n-priya', 'question')!, 'Rewritten by team 2');
    expect(await closed).toBe(4403);
    const forged = await open(s.baseUrl, s.wsUrl, w, await linkFor(w, { role: 'team', teamId: 'team-2' }));
    const forgedClosed = closedWith(forged);
    addWitnessNote(forged.doc, 'n-forged', {
      teamId: 'team-1',
      witnessId: 'w-beth',
      memberId: null,
      byWitness: false,
    });
    expect(await forgedClosed).toBe(4403);

    await pause(50);
    const held = await notesOnServer();
    expect(held.map((n) => [n.id, n.question])).toEqual([['n-priya', 'How did the mutual keep its staff?']]);
  });

  it('a witness types answers and adds notes only for themselves; writing another witness’s keeps nothing', async () => {
    const team = await open(s.baseUrl, s.wsUrl, w, await linkFor(w, { role: 'team', teamId: 'team-1' }));
    addWitnessNote(team.doc, 'n-tom', {
      teamId: 'team-1',
      witnessId: 'w-raj',
      memberId: 'm-tom',
      byWitness: false,
      question: 'What did total place save?',
    });
    const beth = await open(
      s.baseUrl,
      s.wsUrl,
      w,
      await linkFor(w, { role: 'witness', witnessId: 'w-beth' }),
    );
    await waitFor(
      () => witnessNoteText(beth.doc, 'n-tom', 'answer') !== undefined,
      'both notes on Beth’s screen',
    );
    replaceText(witnessNoteText(beth.doc, 'n-priya', 'answer')!, 'By asking them first.');
    addWitnessNote(beth.doc, 'n-beth', {
      teamId: 'team-2',
      witnessId: 'w-beth',
      memberId: null,
      byWitness: true,
      answer: 'Look at the Lambeth co-operative model.',
    });
    let held = await notesOnServer(
      (notes) => notes.length === 3 && notes.some((n) => n.answer === 'By asking them first.'),
    );
    expect(held.find((n) => n.id === 'n-priya')?.answer).toBe('By asking them first.');
    expect(held.find((n) => n.id === 'n-beth')).toMatchObject({ teamId: 'team-2', byWitness: true });

    // Raj's note is not Beth's to answer, nor may she add one in his name.
    const closed = closedWith(beth);
    replaceText(witnessNoteText(beth.doc, 'n-tom', 'answer')!, 'Answered by the wrong witness');
    expect(await closed).toBe(4403);
    const again = await open(
      s.baseUrl,
      s.wsUrl,
      w,
      await linkFor(w, { role: 'witness', witnessId: 'w-beth' }),
    );
    const againClosed = closedWith(again);
    addWitnessNote(again.doc, 'n-posing', {
      teamId: 'team-1',
      witnessId: 'w-raj',
      memberId: null,
      byWitness: true,
    });
    expect(await againClosed).toBe(4403);
    // A witness link that belongs to no witness writes no notes at all.
    const anyone = await open(s.baseUrl, s.wsUrl, w, await linkFor(w, { role: 'witness' }));
    const anyoneClosed = closedWith(anyone);
    addWitnessNote(anyone.doc, 'n-anyone', {
      teamId: 'team-1',
      witnessId: 'w-beth',
      memberId: null,
      byWitness: true,
    });
    expect(await anyoneClosed).toBe(4403);

    await pause(50);
    held = await notesOnServer();
    expect(held.map((n) => n.id).sort()).toEqual(['n-beth', 'n-priya', 'n-tom']);
    expect(held.find((n) => n.id === 'n-tom')?.answer).toBe('');
  });
});

describe('witness sessions survive a SIGKILL', () => {
  it('the assignment, a hand adjustment and the notes come back after the server is killed', async () => {
    const dataDir = tempDataDir();
    let server: ChildServer = await spawnServer(dataDir);
    cleanup.push(() => server.child.kill('SIGKILL'));
    const workshop = await createWorkshop(server.baseUrl);
    await setUp(server.baseUrl, workshop);
    await arrangeWitnesses(server.baseUrl, workshop, { type: 'propose' });
    await arrangeWitnesses(server.baseUrl, workshop, {
      type: 'place',
      placement: { memberId: 'm-ann', witnessId: 'w-raj', slot: 3 },
    });
    const before = await stateOf(server.baseUrl, workshop.facilitatorToken);
    expect(before.witnesses.placements).toContainEqual({ memberId: 'm-ann', witnessId: 'w-raj', slot: 3 });

    const tablet = await open(
      server.baseUrl,
      server.wsUrl,
      workshop,
      await linkFor(workshop, { role: 'team', teamId: 'team-1' }, server.baseUrl),
    );
    addWitnessNote(tablet.doc, 'n-1', {
      teamId: 'team-1',
      witnessId: 'w-beth',
      memberId: 'm-priya',
      byWitness: false,
      question: 'Who owns the mutual?',
    });
    const reader = await open(server.baseUrl, server.wsUrl, workshop, workshop.facilitatorToken);
    await waitFor(() => readWitnessNotes(reader.doc).length === 1, 'the note on the server');

    server.child.kill('SIGKILL');
    await server.exited;
    server = await spawnServer(dataDir);
    const after = await stateOf(server.baseUrl, workshop.facilitatorToken);
    expect(after.witnesses).toEqual(before.witnesses);
    expect(after.unreadable).toEqual([]);
    const fresh = await open(server.baseUrl, server.wsUrl, workshop, workshop.facilitatorToken);
    expect(readWitnessNotes(fresh.doc)).toMatchObject([{ id: 'n-1', question: 'Who owns the mutual?' }]);
  });
});

async function stateOf(baseUrl: string, token: string): Promise<ControlState> {
  const client = connectControl(baseUrl, token);
  cleanup.push(() => client.close());
  return new Promise((resolve) => client.once('control:state', resolve));
}

import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  briefingCard,
  briefingText,
  cardsMap,
  findTemplate,
  readBriefing,
  replaceText,
  type Notice,
} from '../../shared/src/index.js';
import {
  closeOf,
  connectControl,
  connectProvider,
  createWorkshop,
  mintToken,
  startServer,
  synced,
  tempDataDir,
  waitFor,
  type RunningServer,
} from '../support/server.js';

const programme = findTemplate('strategic-political-leadership')!.briefing!;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function server(dataDir = tempDataDir()): Promise<RunningServer> {
  const s = await startServer({ dataDir });
  cleanup.push(() => s.close());
  return s;
}

async function open(s: RunningServer, workshopId: string, token: string) {
  const provider = connectProvider(s.wsUrl, workshopId, token);
  cleanup.push(() => provider.destroy());
  await synced(provider);
  return provider;
}

/** What storage holds of a workshop's document, read straight from the SQLite file. */
function storedDoc(dataDir: string, workshopId: string): Y.Doc {
  const db = new Database(path.join(dataDir, 'challenge-board.sqlite'), { readonly: true });
  const doc = new Y.Doc();
  const snapshot = db.prepare('SELECT snapshot FROM doc_snapshots WHERE workshop_id = ?').get(workshopId) as
    { snapshot: Buffer } | undefined;
  if (snapshot) Y.applyUpdate(doc, snapshot.snapshot);
  const updates = db
    .prepare('SELECT data FROM doc_updates WHERE workshop_id = ? ORDER BY seq')
    .all(workshopId);
  for (const { data } of updates as { data: Buffer }[]) Y.applyUpdate(doc, data);
  db.close();
  return doc;
}

const lead = (doc: Y.Doc, cardId: string) =>
  readBriefing(doc)[0]?.cards.find((card) => card.id === cardId)?.lead;

describe('a workshop’s own briefing', () => {
  it('is put into its document when it is created, on disk before any device opens it', async () => {
    const dataDir = tempDataDir();
    const s = await startServer({ dataDir });
    const w = await createWorkshop(s.baseUrl);
    await s.close();
    expect(readBriefing(storedDoc(dataDir, w.id))).toEqual(programme);

    const again = await server(dataDir);
    const { token } = await mintToken(again.baseUrl, w, { role: 'team', teamId: 'team-1' });
    const tablet = await open(again, w.id, token);
    expect(readBriefing(tablet.doc)).toEqual(programme);
    // A programme without a briefing starts with none.
    const blank = await createWorkshop(again.baseUrl, { templateId: 'blank' });
    expect(readBriefing((await open(again, blank.id, blank.facilitatorToken)).doc)).toEqual([]);
  });

  it('a workshop made before the briefing lived in its document gets it on first load, once', async () => {
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir });
    const w = await createWorkshop(first.baseUrl);
    await first.close();
    // As such a workshop is stored: priorities on the map, no briefing.
    const older = new Y.Doc();
    addCard(older, 'p1', { title: 'Share back-office services', category: 'budget' });
    const db = new Database(path.join(dataDir, 'challenge-board.sqlite'));
    db.prepare('DELETE FROM doc_snapshots WHERE workshop_id = ?').run(w.id);
    db.prepare('DELETE FROM doc_updates WHERE workshop_id = ?').run(w.id);
    db.prepare('INSERT INTO doc_updates (workshop_id, seq, data) VALUES (?, 1, ?)').run(
      w.id,
      Y.encodeStateAsUpdate(older),
    );
    db.close();
    expect(readBriefing(storedDoc(dataDir, w.id))).toEqual([]);

    const second = await startServer({ dataDir });
    const facilitator = connectProvider(second.wsUrl, w.id, w.facilitatorToken);
    await synced(facilitator);
    expect(readBriefing(facilitator.doc)).toEqual(programme);
    expect(cardsMap(facilitator.doc).has('p1')).toBe(true);
    facilitator.destroy();
    await second.close();
    const afterSeeding = Y.encodeStateVector(storedDoc(dataDir, w.id));

    // Loaded again: nothing is seeded twice, nothing new is written.
    const third = await server(dataDir);
    const tablet = await open(third, w.id, w.facilitatorToken);
    expect(readBriefing(tablet.doc)).toEqual(programme);
    expect(Y.encodeStateVector(tablet.doc)).toEqual(afterSeeding);
  });

  it('the facilitator’s edit reaches every screen live; a team’s write to it is refused and nothing kept', async () => {
    const s = await server();
    const w = await createWorkshop(s.baseUrl);
    const team = await mintToken(s.baseUrl, w, { role: 'team', teamId: 'team-1' });
    const notices: Notice[] = [];
    const control = connectControl(s.baseUrl, team.token);
    cleanup.push(() => control.close());
    control.on('workshop:notice', (n) => notices.push(n));
    const desk = await open(s, w.id, w.facilitatorToken);
    const tablet = await open(s, w.id, team.token);

    replaceText(
      briefingText(briefingCard(desk.doc, 'briefing', 'level-of-cuts')!, 'lead'),
      'Our cuts: £12m by 2014',
    );
    await waitFor(
      () => lead(tablet.doc, 'level-of-cuts') === 'Our cuts: £12m by 2014',
      'the edit on the tablet',
    );

    const closed = closeOf(tablet);
    replaceText(
      briefingText(briefingCard(tablet.doc, 'briefing', 'level-of-cuts')!, 'lead'),
      'Written by a team',
    );
    expect(await closed).toEqual({ code: 4403, reason: 'This screen cannot change a briefing card.' });
    await waitFor(() => notices.length > 0, 'the notice to the team');
    expect(notices[0]).toMatchObject({ level: 'error', code: 'forbidden' });

    // Nothing of it was kept or passed on: the console and a new device still have the facilitator's words.
    const fresh = await open(s, w.id, w.facilitatorToken);
    expect(lead(fresh.doc, 'level-of-cuts')).toBe('Our cuts: £12m by 2014');
    expect(lead(desk.doc, 'level-of-cuts')).toBe('Our cuts: £12m by 2014');

    // Nor may the Leader's screen change it.
    const leader = await mintToken(s.baseUrl, w, { role: 'leader' });
    const chair = await open(s, w.id, leader.token);
    const chairClosed = closeOf(chair);
    replaceText(
      briefingText(briefingCard(chair.doc, 'briefing', 'three-challenges')!, 'heading'),
      'Ours now',
    );
    expect(await chairClosed).toMatchObject({ code: 4403 });
    const check = await open(s, w.id, w.facilitatorToken);
    expect(readBriefing(check.doc)[0]!.cards[0]!.heading).toBe('Three major challenges face the council');
  });
});

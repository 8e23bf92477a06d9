import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import {
  addCard,
  addWitnessNote,
  cardsMap,
  removeCard,
  updateCard,
  witnessNoteText,
} from '../../shared/src/index.js';
import { seededRandom, testSeed } from '../support/random.js';
import {
  connectProvider,
  createWorkshop,
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

const CLIENTS = 5;
const STEPS = 400;

it('clients that edit while dropping and rejoining at random all end with the same document', async () => {
  const seed = testSeed();
  try {
    await runConvergence(seed);
  } catch (error) {
    throw new Error(`convergence failed with TEST_SEED=${seed}: ${(error as Error).message}`);
  }
});

async function runConvergence(seed: number): Promise<void> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const w = await createWorkshop(s.baseUrl);
  const providers: WebsocketProvider[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const doc = new Y.Doc();
    doc.clientID = 1000 + i; // stable ids, so a seed replays the same structure
    providers.push(connectProvider(s.wsUrl, w.id, w.facilitatorToken, doc));
  }
  await Promise.all(providers.map(synced));

  for (let step = 0; step < STEPS; step++) {
    const provider = pick(providers);
    const doc = provider.doc;
    const roll = random();
    const ids = Array.from(cardsMap(doc).keys());
    if (roll < 0.06) {
      if (provider.shouldConnect) provider.disconnect();
      else provider.connect();
    } else if (roll < 0.4 || ids.length === 0) {
      addCard(doc, `card-${step}`, { title: `Card ${step}`, x: random(), y: random() });
    } else if (roll < 0.75) {
      updateCard(doc, pick(ids), { x: random(), y: random(), title: `Moved at ${step}` });
    } else if (roll < 0.85) {
      removeCard(doc, pick(ids));
    } else {
      // Three notes every device types into at once; whichever device adds one first, one wins whole.
      const id = pick(['treasurer', 'police', 'housing']);
      if (!witnessNoteText(doc, id, 'answer'))
        addWitnessNote(doc, id, { teamId: 'team-1', witnessId: id, memberId: null, byWitness: false });
      const note = witnessNoteText(doc, id, 'answer')!;
      note.insert(Math.floor(random() * (note.length + 1)), `${step} `);
    }
    // Let the network interleave with the edits: sometimes deliver, sometimes not yet.
    if (random() < 0.3) await new Promise((resolve) => setImmediate(resolve));
  }

  providers.forEach((p) => p.connect());
  await Promise.all(providers.map(synced));
  await waitFor(
    () =>
      providers.every(
        (p) => Buffer.compare(Y.encodeStateVector(p.doc), Y.encodeStateVector(providers[0]!.doc)) === 0,
      ),
    'every state vector to agree',
    15_000,
  );
  const first = providers[0]!.doc;
  for (const p of providers) {
    expect(p.doc.getMap('cards').toJSON()).toEqual(first.getMap('cards').toJSON());
    expect(p.doc.getMap('witnessNotes').toJSON()).toEqual(first.getMap('witnessNotes').toJSON());
  }
  // A device that joins afterwards gets exactly the same document from the server.
  const late = connectProvider(s.wsUrl, w.id, w.facilitatorToken);
  await synced(late);
  await waitFor(
    () => Buffer.compare(Y.encodeStateVector(late.doc), Y.encodeStateVector(first)) === 0,
    'the latecomer to agree',
  );
  expect(late.doc.getMap('cards').toJSON()).toEqual(first.getMap('cards').toJSON());
  [...providers, late].forEach((p) => p.destroy());
}

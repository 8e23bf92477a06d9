import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  cardTitleOutcome,
  cardTitleWrite,
  readCards,
  updateCard,
  type FieldWrite,
} from '../../shared/src/index.js';

function device(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return doc;
}

/** Sends `from` everything `to` lacks, as a reconnecting provider does. */
function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** Retitles card c1 and returns the write, as the screens remember it. */
function retitle(doc: Y.Doc, title: string): FieldWrite {
  updateCard(doc, 'c1', { title });
  return cardTitleWrite(cardsMap(doc).get('c1')!)!;
}

const outcome = (doc: Y.Doc, write: FieldWrite) => cardTitleOutcome(cardsMap(doc).get('c1')!, write);
const titleOf = (doc: Y.Doc) => readCards(doc)[0]!.title;

/** Two tablets holding the same card, the second a copy of the first. */
function twoTablets(a: number, b: number, legacy = false) {
  const one = device(a);
  const two = device(b);
  addCard(one, 'c1', { title: 'Shares back office with districts' });
  if (legacy) cardsMap(one).get('c1')!.set('title', new Y.Text('Shares back office with districts'));
  sync(one, two);
  return { one, two };
}

describe('a title wins whole', () => {
  const A = 'Share back-office services with the district';
  const B = 'Shared services with the districts (B’s wording)';

  // Yjs orders concurrent writes by client id: both orders, so each tablet loses once.
  for (const [a, b] of [
    [1, 2],
    [2, 1],
  ] as const) {
    it(`one tablet edits offline while another retypes: one version whole, the loser told (ids ${a}, ${b})`, () => {
      const { one, two } = twoTablets(a, b);
      retitle(one, 'Share back-office services'); // a pause in typing, offline
      const mine = retitle(one, A);
      const theirs = retitle(two, B);
      sync(one, two);
      sync(two, one);

      expect(titleOf(one)).toBe(titleOf(two));
      expect([A, B]).toContain(titleOf(one));
      const [winner, loser] = titleOf(one) === A ? [mine, theirs] : [theirs, mine];
      for (const doc of [one, two]) {
        expect(outcome(doc, loser)).toBe('lost');
        expect(outcome(doc, winner)).toBe('kept');
      }
    });
  }

  it('a later edit by someone who had seen ours is no conflict', () => {
    const { one, two } = twoTablets(1, 2);
    const mine = retitle(one, A);
    sync(one, two);
    const theirs = retitle(two, B);
    sync(two, one);
    expect(titleOf(one)).toBe(B);
    expect(outcome(one, mine)).toBe('replaced');
    expect(outcome(one, theirs)).toBe('kept');
  });

  it('says nothing of a write this document does not hold yet', () => {
    const { one, two } = twoTablets(1, 2);
    const mine = retitle(one, A);
    expect(outcome(two, mine)).toBe('unknown');
  });

  it('reads a title stored as text by earlier versions, and the first whole write replaces it', () => {
    const { one, two } = twoTablets(2, 1, true);
    expect(titleOf(two)).toBe('Shares back office with districts');
    const mine = retitle(one, A);
    const theirs = retitle(two, B);
    sync(one, two);
    sync(two, one);
    expect(cardsMap(one).get('c1')!.get('title')).toBe(A);
    expect(titleOf(two)).toBe(A);
    expect(outcome(two, theirs)).toBe('lost');
    expect(outcome(two, mine)).toBe('kept');
  });

  it('judges every write as its origins say, through any interleaving of edits and syncs', () => {
    const step = fc.constantFrom('a writes', 'b writes', 'a → b', 'b → a');
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), ids, (steps, [a, b]) => {
        const { one, two } = twoTablets(a!, b!);
        const writes: { write: FieldWrite; title: string; parent: FieldWrite | null }[] = [];
        steps.forEach((s, n) => {
          if (s === 'a → b') sync(one, two);
          else if (s === 'b → a') sync(two, one);
          else {
            const doc = s === 'a writes' ? one : two;
            const parent = cardTitleWrite(cardsMap(doc).get('c1')!);
            const title = `${s[0]} ${n}`;
            writes.push({ write: retitle(doc, title), title, parent });
          }
        });
        sync(one, two);
        sync(two, one);
        const final = cardTitleWrite(cardsMap(one).get('c1')!)!;
        expect(titleOf(one)).toBe(titleOf(two));
        expect(['Shares back office with districts', ...writes.map((w) => w.title)]).toContain(titleOf(one));
        // What each writer had seen, by a plain model: the chain of values current when writing.
        const seen = new Set<string>();
        const key = (w: FieldWrite) => `${w.client}:${w.clock}`;
        for (let w: FieldWrite | null = final; w && !seen.has(key(w));) {
          seen.add(key(w));
          w = writes.find((x) => key(x.write) === key(w!))?.parent ?? null;
        }
        // A device loading the stored document (deleted writes merged and emptied) judges alike.
        const loaded = new Y.Doc();
        Y.applyUpdate(loaded, Y.encodeStateAsUpdate(one));
        for (const { write } of writes) {
          const expected = key(write) === key(final) ? 'kept' : seen.has(key(write)) ? 'replaced' : 'lost';
          for (const doc of [one, two, loaded]) expect(outcome(doc, write)).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBriefingCard,
  addBriefingDeck,
  addBriefingPoint,
  briefingCard,
  briefingCardFields,
  briefingCards,
  repairBriefingCard,
  briefingDecks,
  briefingMap,
  briefingPoints,
  briefingText,
  howYouWillChange,
  isBriefingSeeded,
  readBriefing,
  removeBriefingCard,
  removeBriefingPoint,
  replaceText,
  seedBriefing,
  whatWillChange,
} from '../../shared/src/index.js';

const programme = [whatWillChange, howYouWillChange];
const seeded = () => {
  const doc = new Y.Doc();
  seedBriefing(doc, programme);
  return doc;
};
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
};
const lead = (doc: Y.Doc, cardId: string) =>
  readBriefing(doc)[0]!.cards.find((card) => card.id === cardId)?.lead;

describe('the briefing in the workshop’s document', () => {
  it('is seeded from the programme and read back as it was, deck by deck, card by card', () => {
    const doc = new Y.Doc();
    expect(isBriefingSeeded(doc)).toBe(false);
    expect(readBriefing(doc)).toEqual([]);
    expect(seedBriefing(doc, programme)).toBe(true);
    expect(readBriefing(doc)).toEqual(programme);
    // Through an update, as a device receives it.
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(doc));
    expect(readBriefing(device)).toEqual(programme);
  });

  it('is seeded once: again changes nothing and keeps the facilitator’s edits', () => {
    const doc = seeded();
    replaceText(
      briefingText(briefingCard(doc, 'briefing', 'level-of-cuts')!, 'lead'),
      'Our cuts: £12m by 2014',
    );
    const before = Y.encodeStateVector(doc);
    expect(seedBriefing(doc, programme)).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(lead(doc, 'level-of-cuts')).toBe('Our cuts: £12m by 2014');
    expect(readBriefing(doc)[0]!.cards).toHaveLength(whatWillChange.cards.length);
  });

  it('a programme without a briefing is seeded too (empty), so it is never seeded again', () => {
    const doc = new Y.Doc();
    expect(seedBriefing(doc, [])).toBe(true);
    expect(isBriefingSeeded(doc)).toBe(true);
    expect(seedBriefing(doc, programme)).toBe(false);
    expect(readBriefing(doc)).toEqual([]);
  });

  it('two seedings that meet keep one briefing whole: no card twice', () => {
    const a = seeded();
    const b = seeded();
    sync(a, b);
    expect(readBriefing(a)).toEqual(programme);
    expect(readBriefing(b)).toEqual(programme);
  });

  it('two windows typing in one lead keep both edits', () => {
    const a = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const cardIn = (doc: Y.Doc) => briefingCard(doc, 'briefing', 'level-of-cuts')!;
    briefingText(cardIn(a), 'lead').insert(0, 'Our cuts: £12m by 2014.');
    replaceText(briefingText(cardIn(b), 'heading'), 'Defining the level of cuts here');
    briefingText(cardIn(b), 'lead').insert(0, 'Agreed at cabinet. ');
    sync(a, b);
    expect(lead(a, 'level-of-cuts')).toBe(lead(b, 'level-of-cuts'));
    expect(lead(a, 'level-of-cuts')).toContain('Our cuts: £12m by 2014.');
    expect(lead(a, 'level-of-cuts')).toContain('Agreed at cabinet. ');
    expect(readBriefing(a)[0]!.cards[1]!.heading).toBe('Defining the level of cuts here');
  });

  it('adds and removes cards and points; a point not yet typed is not shown', () => {
    const doc = seeded();
    const card = { id: 'our-figures', heading: 'Our figures', points: ['£12m by 2014'], source: '' };
    expect(addBriefingCard(doc, 'briefing', card, 'level-of-cuts')).toBe(true);
    expect(
      readBriefing(doc)[0]!
        .cards.map((c) => c.id)
        .slice(0, 3),
    ).toEqual(['three-challenges', 'level-of-cuts', 'our-figures']);
    const entry = briefingCard(doc, 'briefing', 'our-figures')!;
    const blank = addBriefingPoint(entry);
    expect(readBriefing(doc)[0]!.cards[2]!.points).toEqual(['£12m by 2014']);
    blank.insert(0, '200 posts');
    expect(readBriefing(doc)[0]!.cards[2]!.points).toEqual(['£12m by 2014', '200 posts']);
    expect(removeBriefingPoint(entry, briefingPoints(entry).get(0))).toBe(true);
    expect(readBriefing(doc)[0]!.cards[2]!.points).toEqual(['200 posts']);
    expect(removeBriefingCard(doc, 'briefing', 'our-figures')).toBe(true);
    expect(removeBriefingCard(doc, 'briefing', 'our-figures')).toBe(false);
    expect(readBriefing(doc)).toEqual(programme);
    expect(addBriefingCard(doc, 'no-such-item', card)).toBe(false);
  });

  it('starts a deck for an input that has none, after the others', () => {
    const doc = seeded();
    const first = { id: 'c1', heading: 'Our figures', points: [], source: '' };
    expect(addBriefingDeck(doc, 'briefing', 'Again', first)).toBe(false);
    expect(addBriefingDeck(doc, 'extra-input', 'Our figures', first)).toBe(true);
    expect(readBriefing(doc).map((deck) => deck.itemId)).toEqual([
      'briefing',
      'how-you-will-change',
      'extra-input',
    ]);
  });

  it('leaves out what another device wrote wrongly, and reads the rest', () => {
    const doc = seeded();
    const decks = briefingDecks(doc)!;
    doc.transact(() => {
      decks.set('not-a-map', 'a string' as never);
      const noTitle = new Y.Map<unknown>();
      noTitle.set('cards', new Y.Array());
      decks.set('no-title', noTitle);
      const cards = decks.get('briefing')!.get('cards') as Y.Array<unknown>;
      cards.insert(0, [42, new Y.Map()]);
      const pointsAsText = new Y.Map<unknown>();
      pointsAsText.set('id', 'bad-points');
      pointsAsText.set('heading', 'Points as one string');
      pointsAsText.set('points', 'a, b, c');
      cards.push([pointsAsText]);
      briefingMap(doc).set('stray', 1);
    });
    expect(readBriefing(doc)).toEqual(programme);
    // A deck whose every card is malformed is left out whole.
    (decks.get('how-you-will-change')!.get('cards') as Y.Array<unknown>).delete(
      0,
      howYouWillChange.cards.length,
    );
    expect(readBriefing(doc)).toEqual([whatWillChange]);
  });

  it('the editor’s helpers never throw on what another device wrote wrongly; a card missing fields is repaired', () => {
    const doc = seeded();
    const decks = briefingDecks(doc)!;
    const cards = decks.get('briefing')!.get('cards') as Y.Array<unknown>;
    const half = new Y.Map<unknown>();
    doc.transact(() => {
      decks.set('not-a-map', 'a string' as never);
      cards.insert(0, [42]);
      half.set('id', 'half');
      half.set('heading', 'A plain string');
      cards.push([half]);
    });
    expect(briefingCards(doc, 'not-a-map')).toBeUndefined();
    expect(() => removeBriefingCard(doc, 'briefing', 'nowhere')).not.toThrow();
    expect(
      addBriefingCard(
        doc,
        'briefing',
        { id: 'ours', heading: 'Our figures', lead: '', points: [], source: 'The council' },
        'half',
      ),
    ).toBe(true);
    expect(
      addBriefingDeck(doc, 'new-input', 'New', {
        id: 'first',
        heading: 'First',
        lead: '',
        points: [],
        source: 'The council',
      }),
    ).toBe(true);
    const card = briefingCard(doc, 'briefing', 'half')!;
    expect(briefingCardFields(card)).toBeNull();
    doc.transact(() => repairBriefingCard(card));
    const fields = briefingCardFields(card)!;
    expect(fields.heading.toString()).toBe('A plain string');
    expect(fields.points).toEqual([]);
  });
});

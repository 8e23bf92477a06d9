import * as Y from 'yjs';
import {
  briefingCardSchema,
  briefingDeckSchema,
  type BriefingCard,
  type BriefingDeck,
} from '../schema/briefing.js';
import { DOC_KEYS } from './keys.js';

/**
 * A workshop's own briefing, in its document: the facilitator edits it (the council's own figures
 * for its cuts) and every screen reads it live. Laid out as
 *
 *   briefing: Y.Map { decks: Y.Map<itemId, deck> }
 *   deck:     Y.Map { itemId, title, order, cards: Y.Array<card> }
 *   card:     Y.Map { id, heading: Y.Text, lead: Y.Text, points: Y.Array<Y.Text>, source }
 *
 * Everything the facilitator types is a Y.Text, so two of their windows editing at once both keep
 * their edits. `decks` is written once, whole, when the document is seeded: its presence says the
 * seeding happened, and two seedings that met would keep one `decks` whole, never both.
 */
type TextField = 'heading' | 'lead';
export type BriefingCardFields = Omit<BriefingCard, 'lead'> & { lead?: string };

export function briefingMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOC_KEYS.briefing);
}

/** The decks, keyed by the agenda item each belongs to; undefined until the document is seeded. */
export function briefingDecks(doc: Y.Doc): Y.Map<Y.Map<unknown>> | undefined {
  const decks = briefingMap(doc).get('decks');
  return decks instanceof Y.Map ? (decks as Y.Map<Y.Map<unknown>>) : undefined;
}

/** Whether this document has had its briefing put in (perhaps since emptied: it is not put in again). */
export function isBriefingSeeded(doc: Y.Doc): boolean {
  return briefingDecks(doc) !== undefined;
}

/**
 * Puts a programme's briefing into a workshop's document, once: a document already seeded is left
 * as it is (the facilitator's edits stand), so running it again changes nothing. True if it seeded.
 */
export function seedBriefing(doc: Y.Doc, decks: readonly BriefingDeck[]): boolean {
  if (isBriefingSeeded(doc)) return false;
  doc.transact(() => {
    const all = new Y.Map<Y.Map<unknown>>();
    briefingMap(doc).set('decks', all);
    decks.forEach((deck, order) => all.set(deck.itemId, newDeck(deck, order)));
  });
  return true;
}

/**
 * Every deck as the screens show it, in programme order. Each card and deck is checked against the
 * briefing schema: an entry another device wrote wrongly is left out, never passed on to a screen.
 * Blank points and a blank lead are left out too (a point just added, not yet typed).
 */
export function readBriefing(doc: Y.Doc): BriefingDeck[] {
  const decks = briefingDecks(doc);
  if (!decks) return [];
  const read: { deck: BriefingDeck; order: number }[] = [];
  for (const [itemId, entry] of decks.entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const cards = entry.get('cards');
    const parsed = briefingDeckSchema.safeParse({
      itemId,
      title: entry.get('title'),
      cards: cards instanceof Y.Array ? cards.toArray().flatMap(readCard) : [],
    });
    if (!parsed.success) continue;
    const order = entry.get('order');
    read.push({ deck: parsed.data, order: typeof order === 'number' ? order : Infinity });
  }
  return read.sort((a, b) => a.order - b.order).map(({ deck }) => deck);
}

/** One deck's cards as Y types, for the editor; undefined if the item has no deck. */
export function briefingCards(doc: Y.Doc, itemId: string): Y.Array<Y.Map<unknown>> | undefined {
  // Another device may have written anything here: only the shapes the editor can bind to count.
  const deck: unknown = briefingDecks(doc)?.get(itemId);
  const cards = deck instanceof Y.Map ? deck.get('cards') : undefined;
  return cards instanceof Y.Array ? (cards as Y.Array<Y.Map<unknown>>) : undefined;
}

const idOf = (card: unknown) => (card instanceof Y.Map ? card.get('id') : undefined);

/** A card's fields as the editor binds to them, or null while one is missing or of the wrong type. */
export function briefingCardFields(
  card: Y.Map<unknown>,
): { heading: Y.Text; lead: Y.Text; points: Y.Text[] } | null {
  const heading = card.get('heading');
  const lead = card.get('lead');
  const points = card.get('points');
  if (!(heading instanceof Y.Text && lead instanceof Y.Text && points instanceof Y.Array)) return null;
  return { heading, lead, points: points.toArray().filter((p): p is Y.Text => p instanceof Y.Text) };
}

/** Gives a card another device wrote wrongly the fields the editor binds to: a write, made in an effect. */
export function repairBriefingCard(card: Y.Map<unknown>): void {
  briefingText(card, 'heading');
  briefingText(card, 'lead');
  briefingPoints(card);
}

/** One card as a Y.Map, for the editor. */
export function briefingCard(doc: Y.Doc, itemId: string, cardId: string): Y.Map<unknown> | undefined {
  return briefingCards(doc, itemId)
    ?.toArray()
    .find((card) => card instanceof Y.Map && card.get('id') === cardId);
}

/** A card's heading or lead as the Y.Text the editor binds to (made if a foreign card lacks it). */
export function briefingText(card: Y.Map<unknown>, field: TextField): Y.Text {
  const value = card.get(field);
  if (value instanceof Y.Text) return value;
  const text = new Y.Text(typeof value === 'string' ? value : '');
  card.set(field, text);
  return text;
}

/** A card's points, each a Y.Text. */
export function briefingPoints(card: Y.Map<unknown>): Y.Array<Y.Text> {
  const value = card.get('points');
  if (value instanceof Y.Array) return value as Y.Array<Y.Text>;
  const points = new Y.Array<Y.Text>();
  card.set('points', points);
  return points;
}

/** Starts a deck for an input that has none, with its first card. */
export function addBriefingDeck(
  doc: Y.Doc,
  itemId: string,
  title: string,
  first: BriefingCardFields,
): boolean {
  const decks = briefingDecks(doc);
  if (!decks || decks.has(itemId)) return false;
  const orderOf = (d: unknown) => (d instanceof Y.Map ? Number(d.get('order')) || 0 : 0);
  const order = Math.max(-1, ...Array.from(decks.values(), orderOf)) + 1;
  decks.set(itemId, newDeck({ itemId, title, cards: [first] }, order));
  return true;
}

/** Adds a card after `afterId` (or at the end); false if the item has no deck. */
export function addBriefingCard(
  doc: Y.Doc,
  itemId: string,
  fields: BriefingCardFields,
  afterId?: string,
): boolean {
  const cards = briefingCards(doc, itemId);
  if (!cards) return false;
  const after = cards.toArray().findIndex((card) => idOf(card) === afterId);
  cards.insert(after < 0 ? cards.length : after + 1, [newCard(fields)]);
  return true;
}

/** Removes a card by its id, wherever other edits have moved it meanwhile. */
export function removeBriefingCard(doc: Y.Doc, itemId: string, cardId: string): boolean {
  const cards = briefingCards(doc, itemId);
  const index = cards?.toArray().findIndex((card) => idOf(card) === cardId) ?? -1;
  if (!cards || index < 0) return false;
  cards.delete(index, 1);
  return true;
}

/** Adds a point at the end of a card; returns its Y.Text. */
export function addBriefingPoint(card: Y.Map<unknown>, words = ''): Y.Text {
  const point = new Y.Text(words);
  briefingPoints(card).push([point]);
  return point;
}

/** Removes this point (found by identity, so a point added or removed meanwhile moves nothing else). */
export function removeBriefingPoint(card: Y.Map<unknown>, point: Y.Text): boolean {
  const points = briefingPoints(card);
  const index = points.toArray().indexOf(point);
  if (index < 0) return false;
  points.delete(index, 1);
  return true;
}

function newDeck(deck: BriefingDeck, order: number): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set('itemId', deck.itemId);
  entry.set('title', deck.title);
  entry.set('order', order);
  entry.set('cards', Y.Array.from(deck.cards.map(newCard)));
  return entry;
}

function newCard(card: BriefingCardFields): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set('id', card.id);
  entry.set('heading', new Y.Text(card.heading));
  entry.set('lead', new Y.Text(card.lead ?? ''));
  entry.set('points', Y.Array.from(card.points.map((point) => new Y.Text(point))));
  entry.set('source', card.source);
  return entry;
}

// Documents come from other devices: read defensively, never trust a field's type.
function readCard(entry: unknown): BriefingCard[] {
  if (!(entry instanceof Y.Map)) return [];
  const points = entry.get('points');
  const lead = words(entry.get('lead'));
  const parsed = briefingCardSchema.safeParse({
    id: entry.get('id'),
    heading: words(entry.get('heading')),
    ...(lead?.trim() && { lead }),
    points: points instanceof Y.Array ? points.toArray().map(words) : undefined,
    source: entry.get('source') ?? '',
  });
  if (!parsed.success) return [];
  return [{ ...parsed.data, points: parsed.data.points.filter((point) => point.trim() !== '') }];
}

const words = (value: unknown): string | undefined =>
  value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : undefined;

import * as Y from 'yjs';
import { DOC_KEYS } from './keys.js';
import { replaceText } from './text.js';
import { currentWrite, writeOutcome, type FieldWrite, type WriteOutcome } from './wholeValue.js';

/** A priority card as the screens read it. In the document each card is a Y.Map. */
export interface Card {
  id: string;
  title: string;
  note: string;
  category: string;
  /** The task team whose tablet added it (null: the facilitator). */
  createdByTeamId: string | null;
  /** False until a team puts it on the map (MAP-6): a new priority waits beside the map. */
  placed: boolean;
  /** Position on the 2×2 map, 0–1 from left (x) and from the bottom (y); 0.5 while not placed. */
  x: number;
  y: number;
  /** When it was last put down, as a count: cards put down earlier keep their places (MAP-3). */
  placedAt: number;
}

export type CardFields = Partial<Omit<Card, 'id' | 'placed'>>;

/**
 * The note is a Y.Text: a long field, where two people typing in different places both keep what
 * they typed. The title is a plain string, a whole value: merging two people's retyping of a short
 * field character by character makes gibberish, so one version wins whole (Yjs keeps one value per
 * key, chosen the same way on every device) and the screens tell the person whose version lost.
 * Documents written before hold the title as Y.Text; it is read still, and the first write replaces it.
 */
const TEXT_FIELDS = ['note'] as const;

export function cardsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.cards);
}

/** Adds a card in one transaction, so other devices never see half a card. */
export function addCard(doc: Y.Doc, id: string, fields: CardFields): void {
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    for (const field of TEXT_FIELDS) card.set(field, new Y.Text(fields[field] ?? ''));
    cardsMap(doc).set(id, card);
    const defaults = { title: '', category: '', createdByTeamId: null };
    writeFields(card, { ...defaults, ...withoutText(fields) });
  });
}

/** Changes only the fields given, so two people editing different fields of a card both keep theirs. */
export function updateCard(doc: Y.Doc, id: string, fields: CardFields): boolean {
  const card = cardsMap(doc).get(id);
  if (!card) return false;
  doc.transact(() => {
    for (const field of TEXT_FIELDS) {
      const next = fields[field];
      if (next !== undefined) replaceText(cardText(card, field), next);
    }
    writeFields(card, withoutText(fields));
  });
  return true;
}

/** Puts a card down at a point on the map, after every card put down before it (MAP-3). */
export function placeCard(doc: Y.Doc, id: string, point: { x: number; y: number }): boolean {
  const latest = Math.max(0, ...readCards(doc).map((card) => card.placedAt));
  return updateCard(doc, id, { ...point, placedAt: latest + 1 });
}

export function removeCard(doc: Y.Doc, id: string): void {
  cardsMap(doc).delete(id);
}

/** The card's note as a Y.Text, created if an older or foreign card lacks it. */
export function cardText(card: Y.Map<unknown>, field: (typeof TEXT_FIELDS)[number]): Y.Text {
  const value = card.get(field);
  if (value instanceof Y.Text) return value;
  const text = new Y.Text(typeof value === 'string' ? value : '');
  card.set(field, text);
  return text;
}

/** The write that set the card's title as it is now (null: never set), for `cardTitleOutcome` later. */
export function cardTitleWrite(card: Y.Map<unknown>): FieldWrite | null {
  return currentWrite(card, 'title');
}

/** What became of this device's title write `mine`: kept, lost to a concurrent write, or replaced later. */
export function cardTitleOutcome(card: Y.Map<unknown>, mine: FieldWrite): WriteOutcome {
  return writeOutcome(card, 'title', mine);
}

export function readCard(id: string, card: Y.Map<unknown>): Card {
  return {
    id,
    title: text(card.get('title')),
    note: text(card.get('note')),
    category: text(card.get('category')),
    createdByTeamId:
      typeof card.get('createdByTeamId') === 'string' ? (card.get('createdByTeamId') as string) : null,
    placed: isNumber(card.get('x')) && isNumber(card.get('y')),
    x: unit(card.get('x')),
    y: unit(card.get('y')),
    placedAt: isNumber(card.get('placedAt')) ? (card.get('placedAt') as number) : 0,
  };
}

/** The ids of the priorities on the map now. */
export function cardIds(doc: Y.Doc): string[] {
  return Array.from(cardsMap(doc).keys());
}

export function readCards(doc: Y.Doc): Card[] {
  return Array.from(cardsMap(doc).entries(), ([id, card]) => readCard(id, card));
}

function withoutText(fields: CardFields): CardFields {
  const { note: _note, ...rest } = fields;
  return rest;
}

function writeFields(card: Y.Map<unknown>, fields: CardFields): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && current(card.get(key)) !== value) card.set(key, value);
  }
}

// An older document's Y.Text title compares by its words, so an unchanged title is not rewritten.
const current = (value: unknown): unknown => (value instanceof Y.Text ? value.toString() : value);

// Documents come from other devices: read defensively, never trust a field's type.
const text = (value: unknown): string =>
  value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const unit = (value: unknown): number => (isNumber(value) ? Math.min(1, Math.max(0, value)) : 0.5);

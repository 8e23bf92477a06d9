import * as Y from 'yjs';
import { DOC_KEYS } from './keys.js';

/** A priority card as the screens read it. In the document each card is a Y.Map of these fields. */
export interface Card {
  id: string;
  title: string;
  note: string;
  category: string;
  teamId: string | null;
  x: number;
  y: number;
}

type CardField = Exclude<keyof Card, 'id'>;
export type CardFields = Partial<Pick<Card, CardField>>;

export function cardsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.cards);
}

/** Adds a card in one transaction, so other devices never see half a card. */
export function addCard(doc: Y.Doc, id: string, fields: CardFields): void {
  doc.transact(() => {
    const card = new Y.Map<unknown>();
    cardsMap(doc).set(id, card);
    writeFields(card, { title: '', note: '', category: '', teamId: null, x: 0.5, y: 0.5, ...fields });
  });
}

/** Changes only the fields given, so two people editing different fields of a card both keep theirs. */
export function updateCard(doc: Y.Doc, id: string, fields: CardFields): boolean {
  const card = cardsMap(doc).get(id);
  if (!card) return false;
  doc.transact(() => writeFields(card, fields));
  return true;
}

export function removeCard(doc: Y.Doc, id: string): void {
  cardsMap(doc).delete(id);
}

export function readCard(id: string, card: Y.Map<unknown>): Card {
  return {
    id,
    title: text(card.get('title')),
    note: text(card.get('note')),
    category: text(card.get('category')),
    teamId: typeof card.get('teamId') === 'string' ? (card.get('teamId') as string) : null,
    x: unit(card.get('x')),
    y: unit(card.get('y')),
  };
}

export function readCards(doc: Y.Doc): Card[] {
  return Array.from(cardsMap(doc).entries(), ([id, card]) => readCard(id, card));
}

function writeFields(card: Y.Map<unknown>, fields: CardFields): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && card.get(key) !== value) card.set(key, value);
  }
}

// Documents come from other devices: read defensively, never trust a field's type.
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const unit = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5;

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readCards, updateCard } from '../../shared/src/index.js';

describe('card accessors', () => {
  it('two people editing different fields of one card keep both changes', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addCard(a, 'c1', { title: 'Libraries', category: 'budget' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateCard(a, 'c1', { title: 'Library service' });
    updateCard(b, 'c1', { x: 0.9, y: 0.1 });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readCards(a)).toEqual(readCards(b));
    expect(readCards(a)[0]).toMatchObject({ title: 'Library service', x: 0.9, y: 0.1, category: 'budget' });
  });

  it('two people typing in one card’s note keep both edits', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addCard(a, 'c1', { note: 'Libraries' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateCard(a, 'c1', { note: 'Mobile Libraries' });
    updateCard(b, 'c1', { note: 'Libraries review' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readCards(a)[0]!.note).toBe('Mobile Libraries review');
    expect(readCards(b)[0]!.note).toBe('Mobile Libraries review');
  });

  it('reads a card with wrong field types defensively', () => {
    const doc = new Y.Doc();
    addCard(doc, 'c1', {});
    const raw = doc.getMap<Y.Map<unknown>>('cards').get('c1')!;
    raw.set('x', 'far left');
    raw.set('title', 42);
    expect(readCards(doc)[0]).toMatchObject({ title: '', x: 0.5 });
    expect(updateCard(doc, 'missing', { title: 'x' })).toBe(false);
  });
});

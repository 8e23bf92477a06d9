import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  briefingCard,
  briefingText,
  cardsMap,
  contentRefusal,
  cardText,
  removeCard,
  seedBriefing,
  updateCard,
  whatWillChange,
  type ContentChange,
} from '../../shared/src/index.js';
import { contentChangesOf } from '../../server/src/yjs/writeScope.js';

/** What applying `edit` (made on a copy of `doc`) changes in `doc`, as the room reads it. */
function changesOf(doc: Y.Doc, edit: (copy: Y.Doc) => void): ContentChange[] {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  edit(copy);
  let seen: ContentChange[] = [];
  const read = (tr: Y.Transaction) => (seen = contentChangesOf(tr));
  doc.on('beforeObserverCalls', read);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(copy, before));
  doc.off('beforeObserverCalls', read);
  return seen;
}

function board(): Y.Doc {
  const doc = new Y.Doc();
  addCard(doc, 'a', { title: 'Ours', createdByTeamId: 'team-1' });
  addCard(doc, 'b', { title: 'Theirs', createdByTeamId: 'team-2' });
  return doc;
}

describe('reading what an update changes', () => {
  it('a new priority is a create, with the team it names', () => {
    expect(changesOf(board(), (d) => addCard(d, 'c', { title: 'New', createdByTeamId: 'team-1' }))).toEqual([
      { key: 'cards', entry: 'c', kind: 'create', owner: 'team-1' },
    ]);
  });

  it('typing in a priority is an edit of that entry (the map is shared, so no owner is looked up)', () => {
    const changes = changesOf(board(), (d) => cardText(cardsMap(d).get('b')!, 'note').insert(0, 'Not '));
    expect(changes).toEqual([
      { key: 'cards', entry: 'b', kind: 'edit', owner: undefined, ownerChanged: false },
    ]);
  });

  it('a title written whole is an edit of that entry, also where it replaces an older text title', () => {
    const edit = { key: 'cards', entry: 'b', kind: 'edit', owner: undefined, ownerChanged: false };
    expect(changesOf(board(), (d) => updateCard(d, 'b', { title: 'Not theirs' }))).toEqual([edit]);
    const older = board();
    cardsMap(older).get('b')!.set('title', new Y.Text('Theirs'));
    expect(changesOf(older, (d) => updateCard(d, 'b', { title: 'Not theirs' }))).toEqual([edit]);
  });

  it('removing a priority, or replacing it under the same id, is a remove with the old owner', () => {
    expect(changesOf(board(), (d) => removeCard(d, 'b'))).toEqual([
      { key: 'cards', entry: 'b', kind: 'remove', owner: 'team-2' },
    ]);
    const replaced = changesOf(board(), (d) =>
      addCard(d, 'b', { title: 'Mine now', createdByTeamId: 'team-1' }),
    );
    expect(replaced).toEqual(
      expect.arrayContaining([
        { key: 'cards', entry: 'b', kind: 'create', owner: 'team-1' },
        { key: 'cards', entry: 'b', kind: 'remove', owner: 'team-2' },
      ]),
    );
  });

  it('changing who a priority belongs to is marked', () => {
    const changes = changesOf(board(), (d) => cardsMap(d).get('b')!.set('createdByTeamId', 'team-1'));
    expect(changes).toEqual([expect.objectContaining({ entry: 'b', kind: 'edit', ownerChanged: true })]);
  });

  it('a key the document does not declare is named', () => {
    expect(changesOf(board(), (d) => d.getMap('elsewhere').set('x', 1))).toEqual([
      { key: 'elsewhere', entry: 'x', kind: 'create', owner: undefined },
    ]);
  });

  it('typing in the briefing is an edit of its decks, which only the facilitator may make (PERM-9)', () => {
    const doc = board();
    seedBriefing(doc, [whatWillChange]);
    const changes = changesOf(doc, (d) =>
      briefingText(briefingCard(d, 'briefing', 'level-of-cuts')!, 'lead').insert(0, 'Our cuts: £12m'),
    );
    expect(changes).toEqual([
      { key: 'briefing', entry: 'decks', kind: 'edit', owner: undefined, ownerChanged: false },
    ]);
    const [change] = changes;
    expect(contentRefusal({ role: 'team', teamId: 'team-1' }, change!)).toMatchObject({ code: 'forbidden' });
    expect(contentRefusal({ role: 'leader', teamId: null }, change!)).toMatchObject({ code: 'forbidden' });
    expect(contentRefusal({ role: 'facilitator', teamId: null }, change!)).toBeNull();
  });
});

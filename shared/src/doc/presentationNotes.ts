import * as Y from 'yjs';
import { DOC_KEYS } from './keys.js';

/**
 * The discussion of each proposition at the presentations (CHAIR-7): notes the Leader and the
 * facilitator keep, one entry per note under its own random id, so two screens adding notes at
 * once never collide, and each note's text merges as they type.
 */
export interface PresentationNote {
  id: string;
  propositionId: string;
  text: string;
  order: number;
}

export function presentationNotesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.presentationNotes);
}

export function addPresentationNote(doc: Y.Doc, id: string, propositionId: string, text = ''): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('propositionId', propositionId);
    entry.set('order', presentationNotesMap(doc).size);
    entry.set('text', new Y.Text(text));
    presentationNotesMap(doc).set(id, entry);
  });
}

export function presentationNoteText(doc: Y.Doc, id: string): Y.Text | undefined {
  const text = presentationNotesMap(doc).get(id)?.get('text');
  return text instanceof Y.Text ? text : undefined;
}

/** Every well-formed note, in the order they were added (ties by id). */
export function readPresentationNotes(doc: Y.Doc): PresentationNote[] {
  const notes: PresentationNote[] = [];
  for (const [id, entry] of presentationNotesMap(doc).entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const [propositionId, order, text] = [entry.get('propositionId'), entry.get('order'), entry.get('text')];
    if (typeof propositionId !== 'string' || typeof order !== 'number' || !(text instanceof Y.Text)) continue;
    notes.push({ id, propositionId, text: text.toString(), order });
  }
  return notes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

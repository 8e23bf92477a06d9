import * as Y from 'yjs';
import { DOC_KEYS } from './keys.js';

/** Notes taken in a witness session, one Y.Text per witness id, so several note-takers can type at once. */
export function witnessNotesMap(doc: Y.Doc): Y.Map<Y.Text> {
  return doc.getMap<Y.Text>(DOC_KEYS.witnessNotes);
}

export function witnessNote(doc: Y.Doc, witnessId: string): Y.Text {
  const notes = witnessNotesMap(doc);
  let note = notes.get(witnessId);
  if (!note) {
    note = new Y.Text();
    notes.set(witnessId, note);
  }
  return note;
}

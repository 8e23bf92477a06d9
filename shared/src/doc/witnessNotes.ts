import * as Y from 'yjs';
import { DOC_KEYS } from './keys.js';

/**
 * One question a team member takes to a witness, and what they learn: the witness sessions' notes
 * (handbook 000, 11.30). Before the session the member writes the question; during it the member
 * (or the witness, on their own link) notes the answer; afterwards the whole team reads them,
 * grouped by witness, and a proposition can cite one by its id. In the document each note is a
 * Y.Map under its id, owned by its team (`teamId`), with the question and answer as Y.Text so the
 * member and the witness can type at once.
 */
export interface WitnessNote {
  id: string;
  /** The task team whose member asks; the note is that team's. */
  teamId: string;
  /** The witness it is for (a witness id of the witness sessions' control state). */
  witnessId: string;
  /** The roster member who asks it, or null when the team has not said. */
  memberId: string | null;
  question: string;
  answer: string;
  /** Added by the witness themselves, not asked by a member. */
  byWitness: boolean;
}

export type NewWitnessNote = Omit<WitnessNote, 'id' | 'question' | 'answer'> & {
  question?: string;
  answer?: string;
};

export function witnessNotesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.witnessNotes);
}

/** Adds a note in one transaction, so no device sees half of one. */
export function addWitnessNote(doc: Y.Doc, id: string, note: NewWitnessNote): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('teamId', note.teamId);
    entry.set('witnessId', note.witnessId);
    entry.set('memberId', note.memberId);
    entry.set('byWitness', note.byWitness);
    entry.set('question', new Y.Text(note.question ?? ''));
    entry.set('answer', new Y.Text(note.answer ?? ''));
    witnessNotesMap(doc).set(id, entry);
  });
}

/** A note's question or answer as the Y.Text a field binds to; undefined if the note is not there or malformed. */
export function witnessNoteText(doc: Y.Doc, id: string, field: 'question' | 'answer'): Y.Text | undefined {
  const entry: unknown = witnessNotesMap(doc).get(id);
  const text = entry instanceof Y.Map ? entry.get(field) : undefined;
  return text instanceof Y.Text ? text : undefined;
}

export function removeWitnessNote(doc: Y.Doc, id: string): void {
  witnessNotesMap(doc).delete(id);
}

/** Every well-formed note, in a stable order (by witness, then id); what another device wrote wrongly is left out. */
export function readWitnessNotes(doc: Y.Doc): WitnessNote[] {
  const notes: WitnessNote[] = [];
  for (const [id, entry] of witnessNotesMap(doc).entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const teamId = entry.get('teamId');
    const witnessId = entry.get('witnessId');
    const memberId = entry.get('memberId');
    const question = entry.get('question');
    const answer = entry.get('answer');
    if (typeof teamId !== 'string' || typeof witnessId !== 'string') continue;
    if (!(question instanceof Y.Text) || !(answer instanceof Y.Text)) continue;
    notes.push({
      id,
      teamId,
      witnessId,
      memberId: typeof memberId === 'string' ? memberId : null,
      question: question.toString(),
      answer: answer.toString(),
      byWitness: entry.get('byWitness') === true,
    });
  }
  return notes.sort((a, b) => a.witnessId.localeCompare(b.witnessId) || a.id.localeCompare(b.id));
}

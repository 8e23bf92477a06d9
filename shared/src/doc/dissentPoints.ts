import * as Y from 'yjs';
import { DOC_KEYS } from './keys.js';

/**
 * The points a listening team records against a presenting team's proposition during a round
 * (DISSENT-7), and the presenting team's answer to each (DISSENT-8). One Y.Map per point, under
 * its own random id, so two tablets adding points at once never collide. The point's text merges
 * as two people type; its answer lives in the same entry (`response`, made with the point), so
 * nobody ever has to start it and two tablets answering at once merge too.
 */
export type PointKind = 'dissent' | 'assent';
export type PointAnswer = 'open' | 'addressed' | 'rejected';

export interface DissentPoint {
  id: string;
  round: number;
  kind: PointKind;
  listeningTeamId: string;
  presentingTeamId: string;
  propositionId: string;
  text: string;
  answer: PointAnswer;
  note: string;
  /** Order of writing within the round, for a stable list. */
  order: number;
}

export function dissentPointsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.dissentPoints);
}

/** A point as the listening team makes it: its answer starts open, and its order is taken on adding. */
export type NewPoint = Omit<DissentPoint, 'answer' | 'note' | 'order'>;

export function addDissentPoint(doc: Y.Doc, point: NewPoint): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('round', point.round);
    entry.set('kind', point.kind);
    entry.set('listeningTeamId', point.listeningTeamId);
    entry.set('presentingTeamId', point.presentingTeamId);
    entry.set('propositionId', point.propositionId);
    entry.set('order', dissentPointsMap(doc).size);
    entry.set('text', new Y.Text(point.text));
    const response = new Y.Map<unknown>();
    response.set('answer', 'open');
    response.set('note', new Y.Text());
    entry.set('response', response);
    dissentPointsMap(doc).set(point.id, entry);
  });
}

export function dissentPointText(doc: Y.Doc, id: string): Y.Text | undefined {
  const text = dissentPointsMap(doc).get(id)?.get('text');
  return text instanceof Y.Text ? text : undefined;
}

function responseOf(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const response = dissentPointsMap(doc).get(id)?.get('response');
  return response instanceof Y.Map ? response : undefined;
}

/** The presenting team's answer to a point: addressed or rejected (or open again). */
export function answerDissentPoint(doc: Y.Doc, id: string, answer: PointAnswer): void {
  responseOf(doc, id)?.set('answer', answer);
}

export function dissentPointNote(doc: Y.Doc, id: string): Y.Text | undefined {
  const note = responseOf(doc, id)?.get('note');
  return note instanceof Y.Text ? note : undefined;
}

const answers: readonly PointAnswer[] = ['open', 'addressed', 'rejected'];

/** Every well-formed point, by round then order; one another device wrote wrongly is left out. */
export function readDissentPoints(doc: Y.Doc): DissentPoint[] {
  const points: DissentPoint[] = [];
  for (const [id, entry] of dissentPointsMap(doc).entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const [round, order] = [entry.get('round'), entry.get('order')];
    const kind = entry.get('kind');
    const [listeningTeamId, presentingTeamId] = [entry.get('listeningTeamId'), entry.get('presentingTeamId')];
    const propositionId = entry.get('propositionId');
    const text = entry.get('text');
    const response = entry.get('response');
    if (typeof round !== 'number' || typeof order !== 'number') continue;
    if (kind !== 'dissent' && kind !== 'assent') continue;
    if (typeof listeningTeamId !== 'string' || typeof presentingTeamId !== 'string') continue;
    if (typeof propositionId !== 'string' || !(text instanceof Y.Text)) continue;
    const answer = response instanceof Y.Map ? response.get('answer') : undefined;
    const note = response instanceof Y.Map ? response.get('note') : undefined;
    points.push({
      id,
      round,
      kind,
      listeningTeamId,
      presentingTeamId,
      propositionId,
      text: text.toString(),
      answer: answers.includes(answer as PointAnswer) ? (answer as PointAnswer) : 'open',
      note: note instanceof Y.Text ? note.toString() : '',
      order,
    });
  }
  return points.sort((a, b) => a.round - b.round || a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * The spokesperson's own notes, kept with the round (DISSENT-9): one entry per note, owned by the
 * presenting team, each under its own random id.
 */
export interface SpokespersonNote {
  id: string;
  teamId: string;
  round: number;
  text: string;
}

export function spokespersonNotesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.spokespersonNotes);
}

export function addSpokespersonNote(doc: Y.Doc, id: string, teamId: string, round: number, text = ''): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('teamId', teamId);
    entry.set('round', round);
    entry.set('text', new Y.Text(text));
    spokespersonNotesMap(doc).set(id, entry);
  });
}

export function spokespersonNoteText(doc: Y.Doc, id: string): Y.Text | undefined {
  const text = spokespersonNotesMap(doc).get(id)?.get('text');
  return text instanceof Y.Text ? text : undefined;
}

export function readSpokespersonNotes(doc: Y.Doc): SpokespersonNote[] {
  const notes: SpokespersonNote[] = [];
  for (const [id, entry] of spokespersonNotesMap(doc).entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const [teamId, round, text] = [entry.get('teamId'), entry.get('round'), entry.get('text')];
    if (typeof teamId !== 'string' || typeof round !== 'number' || !(text instanceof Y.Text)) continue;
    notes.push({ id, teamId, round, text: text.toString() });
  }
  return notes.sort((a, b) => a.round - b.round || a.id.localeCompare(b.id));
}

import * as Y from 'yjs';
import type { CouncilPriorityText } from '../councils/pooledView.js';
import { DOC_KEYS } from './keys.js';

/**
 * The two councils' programme in the document (handbook 001). Each cabinet's headline priorities
 * (10.00): a Y.Map per priority, owned by its team (`teamId`), with the headline a plain string (a
 * short field wins whole) and how it fits the budget reductions and the Localism Bill a Y.Text.
 * Notes (`councilNotes`): a Y.Map per note with the teams it belongs to (`teamIds`) and its text,
 * under a key that names its topic and those teams, `<topic>|<team>+<team>` (POOL-6, PAIR-4). The
 * server makes every note (NOTE-1); devices only type in them.
 */
export function councilPrioritiesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.councilPriorities);
}

export function councilNotesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.councilNotes);
}

export function addCouncilPriority(doc: Y.Doc, id: string, teamId: string, headline: string, fit = ''): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('teamId', teamId);
    entry.set('headline', headline);
    entry.set('fit', new Y.Text(fit));
    councilPrioritiesMap(doc).set(id, entry);
  });
}

export function setCouncilHeadline(doc: Y.Doc, id: string, headline: string): void {
  councilPrioritiesMap(doc).get(id)?.set('headline', headline);
}

export function councilPriorityFit(doc: Y.Doc, id: string): Y.Text | undefined {
  const fit = councilPrioritiesMap(doc).get(id)?.get('fit');
  return fit instanceof Y.Text ? fit : undefined;
}

/** Every well-formed priority, in the order they were added per team; a malformed one is left out. */
export function readCouncilPriorities(doc: Y.Doc): CouncilPriorityText[] {
  const priorities: CouncilPriorityText[] = [];
  for (const [id, entry] of councilPrioritiesMap(doc).entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const teamId = entry.get('teamId');
    const headline = entry.get('headline');
    const fit = entry.get('fit');
    if (typeof teamId !== 'string' || typeof headline !== 'string' || !(fit instanceof Y.Text)) continue;
    priorities.push({ id, teamId, headline, fit: fit.toString() });
  }
  return priorities.sort((a, b) => a.teamId.localeCompare(b.teamId) || a.id.localeCompare(b.id));
}

export function councilPriorityIds(doc: Y.Doc): string[] {
  return Array.from(councilPrioritiesMap(doc).keys());
}

/** A note's key: its topic and the teams it belongs to, so no team can take another's note (POOL-6). */
export function councilNoteKey(topic: string, teamIds: readonly string[]): string {
  return `${topic}|${[...new Set(teamIds)].sort().join('+')}`;
}

/** The topics of the two councils' notes. */
export const noteTopics = {
  implications: (pooledId: string) => `implications:${pooledId}`,
  pair: (pairId: string) => `pair:${pairId}`,
  discussion: (itemId: string) => `discussion:${itemId}`,
};

/** A note's text, or undefined while nobody has started it (or what is there is malformed). */
export function councilNoteText(doc: Y.Doc, key: string): Y.Text | undefined {
  const text = councilNotesMap(doc).get(key)?.get('text');
  return text instanceof Y.Text ? text : undefined;
}

/**
 * Makes the notes that are not there yet, each with its teams and an empty text; a note already
 * there is kept as it is. Only the server calls this (NOTE-1): a note's key is fixed by its topic
 * and teams, so two devices making the same one at once would each replace the other's, and what
 * one of them typed would be lost. Returns how many it made.
 */
export function makeCouncilNotes(
  doc: Y.Doc,
  due: readonly { topic: string; teamIds: readonly string[] }[],
): number {
  const notes = councilNotesMap(doc);
  const missing = due.filter((note) => !notes.has(councilNoteKey(note.topic, note.teamIds)));
  if (missing.length === 0) return 0;
  doc.transact(() => {
    for (const note of missing) {
      const entry = new Y.Map<unknown>();
      entry.set('teamIds', [...new Set(note.teamIds)].sort());
      entry.set('text', new Y.Text());
      notes.set(councilNoteKey(note.topic, note.teamIds), entry);
    }
  });
  return missing.length;
}

import * as Y from 'yjs';
import type { CouncilPriorityText } from '../councils/pooledView.js';
import { DOC_KEYS } from './keys.js';

/**
 * The two councils' programme in the document (handbook 001). Each cabinet's headline priorities
 * (10.00): a Y.Map per priority, owned by its team (`teamId`), with the headline a plain string (a
 * short field wins whole) and how it fits the budget reductions and the Localism Bill a Y.Text.
 * Notes (`councilNotes`): a Y.Map per note with the teams it belongs to (`teamIds`) and its text,
 * under a key that names its topic and those teams, `<topic>|<team>+<team>` (POOL-6, PAIR-4).
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

/** The teams a note's key names (the part after the last "|"); none when it names none. */
export function councilNoteKeyTeams(key: string): string[] {
  const at = key.lastIndexOf('|');
  if (at < 0) return [];
  const teams = key.slice(at + 1);
  return teams ? teams.split('+') : [];
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

/** Starts a note for its teams, once: a note already there is kept as it is. */
export function startCouncilNote(doc: Y.Doc, topic: string, teamIds: readonly string[]): Y.Text {
  const key = councilNoteKey(topic, teamIds);
  const existing = councilNoteText(doc, key);
  if (existing) return existing;
  const text = new Y.Text();
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('teamIds', [...new Set(teamIds)].sort());
    entry.set('text', text);
    councilNotesMap(doc).set(key, entry);
  });
  return text;
}

/**
 * The top-level shared types of a workshop's Yjs document. Nothing outside shared/src/doc calls
 * `doc.getMap` with a string: it goes through these keys and the accessors beside them.
 */
export const DOC_KEYS = {
  cards: 'cards',
  witnessNotes: 'witnessNotes',
  briefing: 'briefing',
  options: 'options',
  propositions: 'propositions',
  councilPriorities: 'councilPriorities',
  councilNotes: 'councilNotes',
  dissentPoints: 'dissentPoints',
  spokespersonNotes: 'spokespersonNotes',
  propositionHistory: 'propositionHistory',
  presentationNotes: 'presentationNotes',
} as const;

export type DocKey = (typeof DOC_KEYS)[keyof typeof DOC_KEYS];

export function isDocKey(key: string): key is DocKey {
  return (Object.values(DOC_KEYS) as string[]).includes(key);
}

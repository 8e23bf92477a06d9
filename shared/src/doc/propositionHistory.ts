import * as Y from 'yjs';
import type { DissentState } from '../schema/dissent.js';
import { DOC_KEYS } from './keys.js';
import { readPropositions } from './propositions.js';

/**
 * A proposition as its spokesperson presented it in a round (DISSENT-11): written by the server
 * alone when the round begins, never changed after, so the team's revisions can be read round by
 * round. Plain strings: a record, not a draft.
 */
export interface PresentedProposition {
  propositionId: string;
  teamId: string;
  /** The round, from 0. */
  round: number;
  title: string;
  proposal: string;
  risks: string;
  firstSteps: string;
}

const FIELDS = ['title', 'proposal', 'risks', 'firstSteps'] as const;

export function propositionHistoryMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.propositionHistory);
}

export const presentedKey = (propositionId: string, round: number) => `${propositionId}|${round}`;

/**
 * Records, once, each presenting team's proposition as it stands when the round on now begins.
 * Returns how many it recorded. The server calls it whenever control state changes; a round
 * already recorded is kept as it was.
 */
export function recordPresented(doc: Y.Doc, dissent: DissentState | undefined): number {
  const run = dissent?.run;
  const plan = dissent?.plan;
  if (!run || !plan || run.status === 'finished') return 0;
  const history = propositionHistoryMap(doc);
  const byId = new Map(readPropositions(doc).map((p) => [p.id, p]));
  const due = plan.presenting
    .map((teamId) => byId.get(plan.propositionIds[teamId] ?? ''))
    .filter((p) => p !== undefined && !history.has(presentedKey(p.id, run.round)));
  if (due.length === 0) return 0;
  doc.transact(() => {
    for (const p of due) {
      const entry = new Y.Map<unknown>();
      entry.set('propositionId', p!.id);
      entry.set('teamId', p!.teamId);
      entry.set('round', run.round);
      for (const field of FIELDS) entry.set(field, p![field]);
      history.set(presentedKey(p!.id, run.round), entry);
    }
  });
  return due.length;
}

/** Every round's record of one proposition, first round first. */
export function readPresented(doc: Y.Doc, propositionId: string): PresentedProposition[] {
  const records: PresentedProposition[] = [];
  for (const entry of propositionHistoryMap(doc).values()) {
    if (!(entry instanceof Y.Map) || entry.get('propositionId') !== propositionId) continue;
    const [teamId, round] = [entry.get('teamId'), entry.get('round')];
    const text = FIELDS.map((f) => entry.get(f));
    if (typeof teamId !== 'string' || typeof round !== 'number' || text.some((t) => typeof t !== 'string'))
      continue;
    const [title, proposal, risks, firstSteps] = text as string[];
    records.push({
      propositionId,
      teamId,
      round,
      title: title!,
      proposal: proposal!,
      risks: risks!,
      firstSteps: firstSteps!,
    });
  }
  return records.sort((a, b) => a.round - b.round);
}

import * as Y from 'yjs';
import { accept, refuse, type Outcome } from '../result.js';
import { aimSchema, propositionFieldsSchema, type PropositionFields } from '../schema/teamWork.js';
import {
  aimIds,
  levelIds,
  providerIds,
  type Aim,
  type KindOfProvider,
  type LevelOfChange,
} from '../teamWork/words.js';
import { DOC_KEYS } from './keys.js';
import {
  entryText,
  flagsOf,
  newEntry,
  nextOrder,
  numberOr,
  oneOf,
  setFlag,
  textOf,
  writeValues,
} from './teamEntry.js';

/**
 * A proposition a task team builds from its options and the witnesses' evidence (handbook 000,
 * 12.10): tested in ritual dissent, then presented to the Leader. Owned by its team (`teamId`,
 * PERM-10). Where it is on that way (its status) is control state, not here (PROP-n).
 */
export interface Proposition {
  id: string;
  teamId: string;
  /** Short, written whole (one version wins, never a mix of two retypings). */
  title: string;
  /** The challenge it answers: an id of the programme's challenges, or '' until the team chooses. */
  challenge: string;
  level: LevelOfChange | null;
  provider: KindOfProvider | null;
  benefits: Aim[];
  costKind: 'cost' | 'saving';
  pounds: number | null;
  percent: number | null;
  /** The options (ids in `options`) and witness notes (ids in `witnessNotes`) it draws on. */
  optionIds: string[];
  noteIds: string[];
  order: number;
  proposal: string;
  risks: string;
  firstSteps: string;
}

export const PROPOSITION_TEXT_FIELDS = ['proposal', 'risks', 'firstSteps'] as const;
export type PropositionTextField = (typeof PROPOSITION_TEXT_FIELDS)[number];
/** The ticked choices: what it gains, and what it cites. */
export type PropositionFlagField = 'benefits' | 'optionIds' | 'noteIds';

export function propositionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOC_KEYS.propositions);
}

export function addProposition(
  doc: Y.Doc,
  id: string,
  proposition: { teamId: string; title?: string },
): void {
  doc.transact(() => {
    const map = propositionsMap(doc);
    const values = {
      teamId: proposition.teamId,
      title: proposition.title ?? '',
      challenge: '',
      level: null,
      provider: null,
      costKind: 'saving',
      pounds: null,
      percent: null,
      order: nextOrder(map),
    };
    map.set(id, newEntry(PROPOSITION_TEXT_FIELDS, ['benefits', 'optionIds', 'noteIds'], values));
  });
}

/** Sets whole-value fields; a field that does not check (a percentage of 140) stores nothing and says why. */
export function updateProposition(doc: Y.Doc, id: string, fields: PropositionFields): Outcome<null> {
  const parsed = propositionFieldsSchema.safeParse(fields);
  if (!parsed.success) return refuse('invalid', parsed.error.issues[0]!.message);
  const entry = propositionsMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return refuse('unknown-proposition', 'That proposition has been removed.');
  doc.transact(() => writeValues(entry, parsed.data));
  return accept(null);
}

/** Ticks or unticks a benefit, a cited option or a cited witness note. */
export function setPropositionFlag(
  doc: Y.Doc,
  id: string,
  field: PropositionFlagField,
  choice: string,
  on: boolean,
): boolean {
  if (field === 'benefits' && !aimSchema.safeParse(choice).success) return false;
  return setFlag(propositionsMap(doc), id, field, choice, on);
}

export function propositionText(doc: Y.Doc, id: string, field: PropositionTextField): Y.Text | undefined {
  return entryText(propositionsMap(doc), id, field);
}

export function removeProposition(doc: Y.Doc, id: string): void {
  propositionsMap(doc).delete(id);
}

/** Every well-formed proposition, in the order added; malformed ones are left out. */
export function readPropositions(doc: Y.Doc): Proposition[] {
  const propositions: Proposition[] = [];
  for (const [id, entry] of propositionsMap(doc).entries()) {
    const proposition = entry instanceof Y.Map ? readProposition(id, entry) : null;
    if (proposition) propositions.push(proposition);
  }
  return propositions.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The owner of every proposition in the document: the fact the status rules read (PROP-1, PROP-2). */
export function propositionOwners(doc: Y.Doc): { id: string; teamId: string }[] {
  return readPropositions(doc).map(({ id, teamId }) => ({ id, teamId }));
}

function readProposition(id: string, entry: Y.Map<unknown>): Proposition | null {
  const teamId = entry.get('teamId');
  if (typeof teamId !== 'string') return null;
  const texts: Partial<Record<PropositionTextField, string>> = {};
  for (const field of PROPOSITION_TEXT_FIELDS) {
    const text = textOf(entry.get(field));
    if (text === null) return null;
    texts[field] = text;
  }
  const cost = {
    pounds: nonNegative(entry.get('pounds'), 10_000_000_000),
    percent: nonNegative(entry.get('percent'), 100),
  };
  const title = entry.get('title');
  const challenge = entry.get('challenge');
  return {
    id,
    teamId,
    title: typeof title === 'string' ? title : '',
    challenge: typeof challenge === 'string' ? challenge : '',
    level: oneOf(levelIds, entry.get('level')),
    provider: oneOf(providerIds, entry.get('provider')),
    benefits: flagsOf(entry.get('benefits')).filter((aim): aim is Aim => (aimIds as string[]).includes(aim)),
    costKind: entry.get('costKind') === 'cost' ? 'cost' : 'saving',
    ...cost,
    optionIds: flagsOf(entry.get('optionIds')),
    noteIds: flagsOf(entry.get('noteIds')),
    order: numberOr(entry.get('order'), 0),
    ...(texts as Record<PropositionTextField, string>),
  };
}

const nonNegative = (value: unknown, max: number): number | null => {
  const n = numberOr(value, null);
  return n !== null && n >= 0 && n <= max ? n : null;
};

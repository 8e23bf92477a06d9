import * as Y from 'yjs';
import { accept, refuse, type Outcome } from '../result.js';
import { describeIssues } from '../schema/api.js';
import { aimSchema, optionFieldsSchema, type OptionFields } from '../schema/teamWork.js';
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
 * One option a task team works up for a priority allocated to it (handbook 000, 11.00; OPTION-n):
 * what it is, its level of change and kind of provider, notes through the lenses of money, culture
 * and power, what it aims at, its risks, and whether the team has shortlisted it. The team owns it
 * (`teamId`): no other team may change or remove it (PERM-10).
 */
export interface Option {
  id: string;
  teamId: string;
  /** The priority (a card of the map) it is an option for. */
  priorityId: string;
  level: LevelOfChange | null;
  provider: KindOfProvider | null;
  aims: Aim[];
  shortlisted: boolean;
  /** Options are listed in the order they were added. */
  order: number;
  description: string;
  money: string;
  culture: string;
  power: string;
  risks: string;
}

/** The long fields: each a Y.Text, where two people typing at once both keep their words. */
export const OPTION_TEXT_FIELDS = ['description', 'money', 'culture', 'power', 'risks'] as const;
export type OptionTextField = (typeof OPTION_TEXT_FIELDS)[number];

export function optionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOC_KEYS.options);
}

/** Adds an option in one transaction, so no device sees half of one. */
export function addOption(doc: Y.Doc, id: string, option: { teamId: string; priorityId: string }): void {
  doc.transact(() => {
    const map = optionsMap(doc);
    const values = { ...option, level: null, provider: null, shortlisted: false, order: nextOrder(map) };
    map.set(id, newEntry(OPTION_TEXT_FIELDS, ['aims'], values));
  });
}

/** Sets whole-value fields (level, provider, shortlisted); anything else, or a word not in the handbook's, is refused. */
export function updateOption(doc: Y.Doc, id: string, fields: OptionFields): Outcome<null> {
  const parsed = optionFieldsSchema.safeParse(fields);
  if (!parsed.success) return refuse('invalid', describeIssues(parsed.error));
  const entry = optionsMap(doc).get(id);
  if (!(entry instanceof Y.Map)) return refuse('unknown-option', 'That option has been removed.');
  doc.transact(() => writeValues(entry, parsed.data));
  return accept(null);
}

/** Ticks or unticks one of the three aims: simpler, better, cheaper. */
export function setOptionAim(doc: Y.Doc, id: string, aim: Aim, on: boolean): boolean {
  return aimSchema.safeParse(aim).success && setFlag(optionsMap(doc), id, 'aims', aim, on);
}

/** An option's long field as the Y.Text a text field binds to; undefined if it is not there or malformed. */
export function optionText(doc: Y.Doc, id: string, field: OptionTextField): Y.Text | undefined {
  return entryText(optionsMap(doc), id, field);
}

export function removeOption(doc: Y.Doc, id: string): void {
  optionsMap(doc).delete(id);
}

/** Every well-formed option, in the order added; what another device wrote wrongly is left out. */
export function readOptions(doc: Y.Doc): Option[] {
  const options: Option[] = [];
  for (const [id, entry] of optionsMap(doc).entries()) {
    const option = entry instanceof Y.Map ? readOption(id, entry) : null;
    if (option) options.push(option);
  }
  return options.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function readOption(id: string, entry: Y.Map<unknown>): Option | null {
  const teamId = entry.get('teamId');
  const priorityId = entry.get('priorityId');
  if (typeof teamId !== 'string' || typeof priorityId !== 'string') return null;
  const texts: Partial<Record<OptionTextField, string>> = {};
  for (const field of OPTION_TEXT_FIELDS) {
    const text = textOf(entry.get(field));
    if (text === null) return null;
    texts[field] = text;
  }
  return {
    id,
    teamId,
    priorityId,
    level: oneOf(levelIds, entry.get('level')),
    provider: oneOf(providerIds, entry.get('provider')),
    aims: flagsOf(entry.get('aims')).filter((aim): aim is Aim => (aimIds as string[]).includes(aim)),
    shortlisted: entry.get('shortlisted') === true,
    order: numberOr(entry.get('order'), 0),
    ...(texts as Record<OptionTextField, string>),
  };
}

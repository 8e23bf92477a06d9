import * as Y from 'yjs';
import {
  dissentPointsMap,
  optionsMap,
  propositionHistoryMap,
  propositionsMap,
  readDissentPoints,
  readOptions,
  readPresented,
  readPropositions,
  readSpokespersonNotes,
  readWitnessNotes,
  spokespersonNotesMap,
  witnessNotesMap,
  type DissentPoint,
  type Option,
  type PresentedProposition,
  type Proposition,
  type SpokespersonNote,
  type WitnessNote,
} from '../../../shared/src/index.js';
import { useDocSnapshot } from '../live/useDocSnapshot.js';

export const useOptions = (doc: Y.Doc): Option[] => useDocSnapshot(optionsMap(doc), () => readOptions(doc));

export const usePropositions = (doc: Y.Doc): Proposition[] =>
  useDocSnapshot(propositionsMap(doc), () => readPropositions(doc));

export const useWitnessNotes = (doc: Y.Doc): WitnessNote[] =>
  useDocSnapshot(witnessNotesMap(doc), () => readWitnessNotes(doc));

export const useDissentPoints = (doc: Y.Doc): DissentPoint[] =>
  useDocSnapshot(dissentPointsMap(doc), () => readDissentPoints(doc));

export const useSpokespersonNotes = (doc: Y.Doc): SpokespersonNote[] =>
  useDocSnapshot(spokespersonNotesMap(doc), () => readSpokespersonNotes(doc));

/** Every proposition as presented in every round (DISSENT-11), by proposition then round. */
export const usePropositionHistory = (doc: Y.Doc): PresentedProposition[] =>
  useDocSnapshot(propositionHistoryMap(doc), () => readAllPresented(doc));

function readAllPresented(doc: Y.Doc): PresentedProposition[] {
  const ids = new Set<string>();
  for (const entry of propositionHistoryMap(doc).values()) {
    const id = entry instanceof Y.Map ? entry.get('propositionId') : undefined;
    if (typeof id === 'string') ids.add(id);
  }
  return [...ids].sort().flatMap((id) => readPresented(doc, id));
}

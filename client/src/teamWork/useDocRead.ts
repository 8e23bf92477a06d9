import type * as Y from 'yjs';
import {
  optionsMap,
  propositionsMap,
  readOptions,
  readPropositions,
  readWitnessNotes,
  witnessNotesMap,
  type Option,
  type Proposition,
  type WitnessNote,
} from '../../../shared/src/index.js';
import { useDocSnapshot } from '../live/useDocSnapshot.js';

export const useOptions = (doc: Y.Doc): Option[] => useDocSnapshot(optionsMap(doc), () => readOptions(doc));

export const usePropositions = (doc: Y.Doc): Proposition[] =>
  useDocSnapshot(propositionsMap(doc), () => readPropositions(doc));

export const useWitnessNotes = (doc: Y.Doc): WitnessNote[] =>
  useDocSnapshot(witnessNotesMap(doc), () => readWitnessNotes(doc));

import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  initialWitnesses,
  readWitnessNotes,
  witnessNotesMap,
  type WitnessesState,
  type WitnessNote,
} from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

const NONE = initialWitnesses();

/** The witness sessions' set-up and assignment, as the server last sent them (WITNESS-n). */
export function useWitnessSessions(): WitnessesState {
  return useSessionState((s) => s.control?.witnesses ?? NONE);
}

const snapshots = new WeakMap<Y.Doc, { notes: WitnessNote[]; stale: boolean }>();

/** The notes last read, re-read only once the document's notes changed (as `useCards` does for cards). */
function currentNotes(doc: Y.Doc): WitnessNote[] {
  let entry = snapshots.get(doc);
  if (!entry) {
    const created = { notes: readWitnessNotes(doc), stale: false };
    witnessNotesMap(doc).observeDeep(() => {
      created.stale = true;
    });
    snapshots.set(doc, (entry = created));
  } else if (entry.stale) {
    entry.notes = readWitnessNotes(doc);
    entry.stale = false;
  }
  return entry.notes;
}

/** Every witness note in the document, kept current as anyone types. */
export function useWitnessNotes(doc: Y.Doc): WitnessNote[] {
  return useSyncExternalStore(
    (onChange) => {
      const map = witnessNotesMap(doc);
      const observer = () => {
        const entry = snapshots.get(doc);
        if (entry) entry.stale = true;
        onChange();
      };
      map.observeDeep(observer);
      return () => map.unobserveDeep(observer);
    },
    () => currentNotes(doc),
  );
}

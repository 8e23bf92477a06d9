import { initialWitnesses, type WitnessesState } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

const NONE = initialWitnesses();

/** The witness sessions' set-up and assignment, as the server last sent them (WITNESS-n). */
export function useWitnessSessions(): WitnessesState {
  return useSessionState((s) => s.control?.witnesses ?? NONE);
}

/** Every witness note in the document, kept current as anyone types (one reader, shared with the propositions). */
export { useWitnessNotes } from '../teamWork/useDocRead.js';

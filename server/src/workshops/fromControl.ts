import {
  councilNotesDue,
  makeCouncilNotes,
  recordPresented,
  type ControlState,
} from '../../../shared/src/index.js';
import type { WorkshopRoom } from '../yjs/room.js';

/**
 * What the document gets from control state, written by the server alone, whenever control state
 * changes and when a document loads:
 * - the councils' notes the session now calls for (NOTE-1), so two tablets typing into a note
 *   nobody has started never replace each other's;
 * - each presenting team's proposition as it stood when the round on now began (DISSENT-11).
 * A workshop with nothing of either writes nothing.
 */
export function writeWhatControlCallsFor(
  room: WorkshopRoom,
  state: ControlState,
  teamIds: readonly string[],
): void {
  const due = councilNotesDue({ ...state, teamIds });
  const recordsRound = !!state.dissent?.run && state.dissent.run.status !== 'finished';
  if (due.length === 0 && !recordsRound) return;
  room.change((doc) => {
    makeCouncilNotes(doc, due);
    recordPresented(doc, state.dissent);
  });
}

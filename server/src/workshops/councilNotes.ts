import { councilNotesDue, makeCouncilNotes, type ControlState } from '../../../shared/src/index.js';
import type { WorkshopRoom } from '../yjs/room.js';

/**
 * Makes the councils' notes the session now calls for (NOTE-1): when control state changes (a
 * pooled priority, a pair, an agenda item that shows a discussion) and when a document loads.
 * The server is the one writer of a note's container, so two tablets typing into a note nobody has
 * started never replace each other's. A workshop with nothing to note writes nothing.
 */
export function makeDueCouncilNotes(
  room: WorkshopRoom,
  state: ControlState,
  teamIds: readonly string[],
): void {
  const due = councilNotesDue({ ...state, teamIds });
  if (due.length === 0) return;
  room.change((doc) => makeCouncilNotes(doc, due));
}

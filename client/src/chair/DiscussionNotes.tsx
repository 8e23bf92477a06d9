import { useId } from 'react';
import type * as Y from 'yjs';
import { addPresentationNote, presentationNoteText } from '../../../shared/src/index.js';
import { useYText } from '../board/useYText.js';
import { randomId } from '../live/ids.js';
import { usePresentationNotes } from './useChair.js';

/** CHAIR-7: the discussion of a proposition, one note at a time, each merging as the chair types. */
export function DiscussionNotes({ propositionId, doc }: { propositionId: string; doc: Y.Doc }) {
  const notes = usePresentationNotes(doc).filter((n) => n.propositionId === propositionId);
  return (
    <section className="chair__notes" aria-label="Discussion notes">
      <h3>Discussion</h3>
      {notes.map((note, i) => (
        <NoteField key={note.id} doc={doc} id={note.id} label={`Discussion note ${i + 1}`} />
      ))}
      <button
        type="button"
        className="button"
        onClick={() => addPresentationNote(doc, randomId(), propositionId)}
      >
        Add a discussion note
      </button>
    </section>
  );
}

function NoteField({ doc, id, label }: { doc: Y.Doc; id: string; label: string }) {
  const text = presentationNoteText(doc, id);
  const fieldId = useId();
  const bound = useYText<HTMLTextAreaElement>(text!);
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <textarea id={fieldId} rows={2} {...bound} />
    </div>
  );
}

import type * as Y from 'yjs';
import { witnessNoteText } from '../../../shared/src/index.js';
import { useYText } from '../board/useYText.js';
import { useWorkshop } from '../state/sessionContext.js';

interface Props {
  noteId: string;
  field: 'question' | 'answer';
  label: string;
  readOnly?: boolean;
}

/** A note's question or answer, typed by the member and the witness at once (both keep their edits). */
export function NoteField({ noteId, field, label, readOnly = false }: Props) {
  const { doc } = useWorkshop();
  const text = witnessNoteText(doc, noteId, field);
  if (!text) return null;
  return <BoundField text={text} label={label} readOnly={readOnly} />;
}

function BoundField({ text, label, readOnly }: { text: Y.Text; label: string; readOnly: boolean }) {
  const bound = useYText<HTMLTextAreaElement>(text);
  if (readOnly) return bound.value ? <p className="witness-note__text">{bound.value}</p> : null;
  return (
    <label className="witness-note__field">
      <span>{label}</span>
      <textarea {...bound} rows={2} />
    </label>
  );
}

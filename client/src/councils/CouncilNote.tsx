import { useId } from 'react';
import type * as Y from 'yjs';
import { useYText } from '../board/useYText.js';
import { useCouncilNote } from './useCouncils.js';

interface Props {
  label: string;
  topic: string;
  /** The teams the note belongs to (its key names them). */
  teamIds: readonly string[];
  /** This screen may write it (the server enforces the same: POOL-6, PAIR-4, PAIR-5). */
  writable: boolean;
  placeholder?: string;
}

/** A note that merges as two people type (a Y.Text); read only where this screen may not write it. */
export function CouncilNote({ label, topic, teamIds, writable, placeholder }: Props) {
  // The server makes every note (NOTE-1): until this screen has it, there is nothing to type into.
  const { text } = useCouncilNote(topic, teamIds);
  if (writable && text) return <NoteField label={label} text={text} placeholder={placeholder} />;
  const words = text?.toString() ?? '';
  return (
    <div className="council-note council-note--read">
      <span className="council-note__label">{label}</span>
      <p>{words || 'Nothing noted yet.'}</p>
    </div>
  );
}

function NoteField({ label, text, placeholder }: { label: string; text: Y.Text; placeholder?: string }) {
  const id = useId();
  const bound = useYText<HTMLTextAreaElement>(text);
  return (
    <div className="council-note field">
      <label htmlFor={id} className="council-note__label">
        {label}
      </label>
      <textarea id={id} rows={3} placeholder={placeholder} {...bound} />
    </div>
  );
}

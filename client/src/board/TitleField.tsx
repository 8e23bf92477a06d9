import type * as Y from 'yjs';
import { updateCard } from '../../../shared/src/index.js';
import { useWorkshop } from '../state/sessionContext.js';
import { useDraftField } from '../ui/useDraftField.js';
import { useLengthLimit } from '../ui/useLengthLimit.js';
import { TitleConflictNotice } from './TitleConflictNotice.js';
import type { TitleConflict } from './useTitleConflicts.js';

interface Props {
  doc: Y.Doc;
  cardId: string;
  /** The title in the document now. */
  title: string;
  conflict: TitleConflict | null;
}

/**
 * A priority's title, saved whole: never merged letter by letter with someone else's retyping,
 * which makes gibberish of a short field.
 */
export function TitleField({ doc, cardId, title, conflict }: Props) {
  const { workshopId } = useWorkshop();
  const field = useDraftField<HTMLInputElement>(`title:${workshopId}:${cardId}`, title, (next) =>
    updateCard(doc, cardId, { title: next }),
  );
  const limit = useLengthLimit(200, field.value);
  const id = `card-${cardId}-title`;
  return (
    <div className="field">
      {/* Labels point at their fields rather than wrap them: a wrapping label would make the
          field's own text part of its name, read out twice. */}
      <label htmlFor={id}>Title</label>
      <input id={id} {...field} {...limit.inputProps} />
      {limit.hint}
      <TitleConflictNotice conflict={conflict} />
    </div>
  );
}

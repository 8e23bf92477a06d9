import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useSessionState } from '../../../state/sessionContext.js';
import { FormError } from '../../../ui/FormError.js';
import { useControlCommand } from '../../../ui/useControlCommand.js';
import { AddItemForm } from './AddItemForm.js';
import { AgendaItemRow } from './AgendaItemRow.js';
import type { SendAgenda } from './sendAgenda.js';

/**
 * The facilitator edits the agenda, before or during the workshop: add, remove, reorder (drag, the
 * keyboard, or the move buttons), retitle, re-time and change an item's kind. Every screen follows
 * at once; the server's rules (AGENDA-n) decide, and a refusal is shown in words.
 */
export function AgendaEditor() {
  const control = useSessionState((s) => s.control);
  const { send, error } = useControlCommand();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  if (!control) return null;
  const { agenda, clock } = control;
  const sendAgenda: SendAgenda = (command) => send({ area: 'agenda', command });
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const toIndex = agenda.findIndex((item) => item.id === over?.id);
    if (!over || active.id === over.id || toIndex < 0) return;
    void sendAgenda({ type: 'move', itemId: String(active.id), toIndex });
  };
  return (
    // The <summary> that opens it names it on screen; the section's label names it for screen readers.
    <section className="agenda-editor" aria-label="Edit the agenda">
      <p className="agenda-editor__hint">
        Drag an item by its handle, or use the move buttons. Times after a changed item follow on.
      </p>
      <FormError message={error} />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: {
            draggable: 'To move an agenda item, press space, use the arrow keys, then press space again.',
          },
        }}
      >
        <SortableContext items={agenda.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <ol className="agenda-editor__list">
            {agenda.map((item, index) => (
              <AgendaItemRow
                key={item.id}
                item={item}
                index={index}
                count={agenda.length}
                isCurrent={index === clock.currentIndex}
                send={sendAgenda}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <AddItemForm count={agenda.length} send={sendAgenda} />
    </section>
  );
}

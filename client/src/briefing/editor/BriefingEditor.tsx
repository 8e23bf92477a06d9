import { useId, useRef, useState } from 'react';
import { DOC_KEYS, writableDocKeys, type AgendaItem } from '../../../../shared/src/index.js';
import { useSessionState, useWorkshop } from '../../state/sessionContext.js';
import { useBriefing } from '../useBriefing.js';
import { AddBriefingCardForm } from './AddBriefingCardForm.js';
import { BriefingCardForm } from './BriefingCardForm.js';

const NO_ITEMS: AgendaItem[] = [];

/**
 * The facilitator edits this workshop's briefing (the council's own figures for its cuts): choose
 * a deck and a card, change its heading, lead and points, add or remove points and cards. Edits go
 * into the document as they are typed, so the projector and the tablets show them at once; the
 * server lets no other screen write the briefing (PERM-9).
 */
export function BriefingEditor() {
  const { doc, role } = useWorkshop();
  const { decks, current } = useBriefing();
  const agenda = useSessionState((s) => s.control?.agenda ?? NO_ITEMS);
  const [chosenItem, setChosenItem] = useState<string | null>(null);
  const [chosenCard, setChosenCard] = useState<string | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const cardList = useRef<HTMLOListElement>(null);
  const selectId = useId();
  if (!writableDocKeys(role).includes(DOC_KEYS.briefing)) return null;

  // Inputs with no deck yet can start one (a blank programme's, or one added to the agenda).
  const startable = agenda.filter(
    (item) => item.kind === 'input' && !decks.some((d) => d.itemId === item.id),
  );
  const itemId = chosenItem ?? current?.deck.itemId ?? decks[0]?.itemId ?? startable[0]?.id;
  if (itemId === undefined) return <p>This programme has no input to brief: add one to the agenda first.</p>;
  const deck = decks.find((d) => d.itemId === itemId);
  const onProjector = current?.deck.itemId === itemId ? current.card.id : undefined;
  const cardId = deck?.cards.find((c) => c.id === chosenCard)?.id ?? onProjector ?? deck?.cards[0]?.id;
  const index = deck?.cards.findIndex((c) => c.id === cardId) ?? -1;
  const choose = (next: string | null) => {
    setChosenCard(next);
    setJustAdded(null);
  };
  const afterRemoval = () => {
    const neighbour = deck?.cards[index + 1] ?? deck?.cards[index - 1];
    choose(neighbour?.id ?? null);
    // The card's form has gone with it: the keyboard goes to the card now chosen.
    requestAnimationFrame(() =>
      cardList.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus(),
    );
  };
  return (
    <section className="briefing-editor" aria-label="Edit the briefing">
      <p className="briefing-editor__hint">
        What you type shows on the projector and the tablets at once. Only this console can change it.
      </p>
      <div className="field">
        <label htmlFor={selectId}>Briefing</label>
        <select
          id={selectId}
          value={itemId}
          onChange={(e) => {
            setChosenItem(e.target.value);
            choose(null);
          }}
        >
          {decks.map((d) => (
            <option key={d.itemId} value={d.itemId}>
              {d.title}
            </option>
          ))}
          {startable.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title} (no cards yet)
            </option>
          ))}
        </select>
      </div>
      {deck && (
        <ol className="briefing-editor__cards" aria-label={`Cards of ${deck.title}`} ref={cardList}>
          {deck.cards.map((card, i) => (
            <li key={card.id}>
              <button
                type="button"
                className="briefing-editor__card-button"
                aria-pressed={card.id === cardId}
                onClick={() => choose(card.id)}
              >
                {i + 1}. {card.heading || 'Untitled card'}
                {card.id === onProjector && <span className="briefing-editor__now"> · on the projector</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
      {deck && cardId && (
        <BriefingCardForm
          key={`${deck.itemId}/${cardId}`}
          doc={doc}
          itemId={deck.itemId}
          cardId={cardId}
          position={`${index + 1} of ${deck.cards.length}`}
          canRemove={deck.cards.length > 1}
          focusLead={cardId === justAdded}
          onRemoved={afterRemoval}
        />
      )}
      <AddBriefingCardForm
        doc={doc}
        itemId={itemId}
        itemTitle={agenda.find((item) => item.id === itemId)?.title ?? 'Briefing'}
        startsDeck={!deck}
        afterId={cardId}
        onAdded={(id) => {
          setChosenItem(itemId);
          setChosenCard(id);
          setJustAdded(id);
        }}
      />
    </section>
  );
}

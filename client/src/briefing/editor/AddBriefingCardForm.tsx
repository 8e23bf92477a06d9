import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { addBriefingCard, addBriefingDeck, TEXT_LIMITS } from '../../../../shared/src/index.js';
import { randomId } from '../../live/ids.js';
import { LimitedTextField } from '../../ui/LimitedTextField.js';

interface Props {
  doc: Y.Doc;
  itemId: string;
  /** The input's title, for a deck started here. */
  itemTitle: string;
  /** The item has no deck yet: the card starts one. */
  startsDeck: boolean;
  /** The card the new one follows (the one open); none: at the end. */
  afterId?: string;
  onAdded: (cardId: string) => void;
}

/** A new card with its heading ("Our figures"), after the one open, or the first of a new deck. */
export function AddBriefingCardForm({ doc, itemId, itemTitle, startsDeck, afterId, onAdded }: Props) {
  const [heading, setHeading] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!heading.trim()) return;
    const card = { id: `card-${randomId().slice(0, 10)}`, heading: heading.trim(), points: [], source: '' };
    const added = startsDeck
      ? addBriefingDeck(doc, itemId, itemTitle, card)
      : addBriefingCard(doc, itemId, card, afterId);
    if (!added) return;
    setHeading('');
    onAdded(card.id);
  };
  return (
    <form className="briefing-editor__add" onSubmit={submit} aria-label="Add a card">
      <LimitedTextField
        label={startsDeck ? 'Heading of its first card' : 'Heading of a new card'}
        max={TEXT_LIMITS.briefingHeading}
        value={heading}
        onChange={setHeading}
        placeholder="Our figures"
        required
      />
      <button type="submit" className="button">
        {startsDeck ? 'Start this briefing' : 'Add the card'}
      </button>
    </form>
  );
}

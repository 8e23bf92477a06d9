import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  addBriefingPoint,
  briefingCard,
  briefingCardFields,
  repairBriefingCard,
  removeBriefingCard,
  removeBriefingPoint,
  TEXT_LIMITS,
} from '../../../../shared/src/index.js';
import { Confirm } from '../../ui/Confirm.js';
import { BriefingLeadField, BriefingLineField } from './BriefingTextField.js';

interface Props {
  doc: Y.Doc;
  itemId: string;
  cardId: string;
  /** "Card 3 of 10", for the form's name. */
  position: string;
  /** A deck keeps at least one card. */
  canRemove: boolean;
  /** Take the keyboard to the lead (a card just added, its heading already typed). */
  focusLead: boolean;
  onRemoved: () => void;
}

// A point has no id of its own: its Y.Text is its identity, so a React key is kept per Y.Text.
const pointKeys = new WeakMap<Y.Text, number>();
let nextPointKey = 0;
const keyOf = (point: Y.Text) => {
  if (!pointKeys.has(point)) pointKeys.set(point, ++nextPointKey);
  return pointKeys.get(point)!;
};

/** One briefing card as the facilitator edits it: heading, lead and points, each merged as it is typed. */
export function BriefingCardForm({ doc, itemId, cardId, position, canRemove, focusLead, onRemoved }: Props) {
  const [added, setAdded] = useState<Y.Text | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const addPoint = useRef<HTMLButtonElement>(null);
  const entry = briefingCard(doc, itemId, cardId);
  const fields = entry ? briefingCardFields(entry) : null;
  // A card another device wrote without every field gets them here, never while rendering.
  useEffect(() => {
    if (entry && !fields) doc.transact(() => repairBriefingCard(entry));
  }, [doc, entry, fields]);
  if (!entry || !fields) return null;
  const { heading, lead, points } = fields;
  const removePoint = (point: Y.Text) => {
    removeBriefingPoint(entry, point);
    addPoint.current?.focus();
  };
  return (
    <section className="briefing-card-form" aria-label={`Editing card ${position}`}>
      <BriefingLineField label="Heading" text={heading} max={TEXT_LIMITS.briefingHeading} />
      <BriefingLeadField
        label="Lead (a sentence under the heading; may be empty)"
        text={lead}
        max={TEXT_LIMITS.briefingLead}
        focusOnMount={focusLead}
      />
      <fieldset className="briefing-card-form__points">
        <legend>Points</legend>
        {points.length === 0 && <p>No points on this card.</p>}
        <ol>
          {points.map((point, i) => (
            <li key={keyOf(point)}>
              <BriefingLineField
                label={`Point ${i + 1}`}
                labelHidden
                text={point}
                max={TEXT_LIMITS.briefingPoint}
                focusOnMount={point === added}
              />
              <button
                type="button"
                className="button"
                aria-label={`Remove point ${i + 1}`}
                onClick={() => removePoint(point)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          ref={addPoint}
          onClick={() => setAdded(addBriefingPoint(entry))}
        >
          Add a point
        </button>
      </fieldset>
      {!canRemove ? (
        <p className="briefing-card-form__note">A briefing keeps at least one card, so this one stays.</p>
      ) : confirmRemove ? (
        <Confirm
          label="Remove this card?"
          question={`Remove “${heading.toString() || 'this card'}” from the briefing for everyone?`}
          actions={[
            {
              label: 'Yes, remove it',
              danger: true,
              run: () => {
                removeBriefingCard(doc, itemId, cardId);
                onRemoved();
              },
            },
          ]}
          keep="Keep it"
          onKeep={() => setConfirmRemove(false)}
        />
      ) : (
        <button type="button" className="button" data-returns-focus onClick={() => setConfirmRemove(true)}>
          Remove this card
        </button>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import {
  aims,
  can,
  contentRefusal,
  DOC_KEYS,
  kindsOfProvider,
  levelsOfChange,
  nextStatuses,
  propositionText,
  removeProposition,
  setPropositionFlag,
  statusLabels,
  statusOf,
  updateProposition,
  type Card,
  type Option,
  type Proposition,
  type PropositionFields,
  type WitnessNote,
} from '../../../shared/src/index.js';
import { useCategories } from '../board/useCategories.js';
import { DissentReceived } from '../dissent/PropositionHistory.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { Confirm } from '../ui/Confirm.js';
import { FormError } from '../ui/FormError.js';
import { useControlCommand } from '../ui/useControlCommand.js';
import { useDraftField } from '../ui/useDraftField.js';
import { useLengthLimit } from '../ui/useLengthLimit.js';
import { NoteCitations, OptionCitations } from './Citations.js';
import { CostFields } from './CostFields.js';
import { SharedTextField, WordChecks, WordRadios } from './fields.js';

interface Props {
  proposition: Proposition;
  /** The team's own options and witness notes: what it may cite. */
  options: Option[];
  notes: WitnessNote[];
  cards: Card[];
}

/** One proposition: its words, what it cites, and its status with the next step as a button (PROP-n). */
export function PropositionCard({ proposition, options, notes, cards }: Props) {
  const { doc } = useWorkshop();
  const identity = useSessionState((s) => s.identity);
  const [error, setError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const headingId = useId();
  const { id } = proposition;
  const mayEdit =
    identity !== null &&
    contentRefusal(identity, {
      key: DOC_KEYS.propositions,
      entry: id,
      kind: 'edit',
      owner: proposition.teamId,
    }) === null;
  // The cost fields say their own refusal beside them; the others say it under the card.
  const write = (fields: PropositionFields): string | null => {
    const result = updateProposition(doc, id, fields);
    return result.ok ? null : result.error.message;
  };
  const update = (fields: PropositionFields) => setError(write(fields));
  const challenges = useCategories().challenges;
  return (
    <li>
      <article className="team-work__card" aria-labelledby={headingId}>
        <div className="team-work__card-head">
          <h3 id={headingId}>{proposition.title || 'Untitled proposition'}</h3>
          <StatusStep proposition={proposition} />
        </div>
        <DissentReceived propositionId={id} teamId={proposition.teamId} />
        <fieldset className="team-work__fields" disabled={!mayEdit}>
          <legend className="visually-hidden">{proposition.title || 'Untitled proposition'}</legend>
          <TitleField proposition={proposition} update={update} />
          <div className="field">
            <label htmlFor={`${headingId}-challenge`}>The challenge it answers</label>
            <select
              id={`${headingId}-challenge`}
              value={proposition.challenge}
              onChange={(event) => update({ challenge: event.target.value })}
            >
              <option value="">Choose one of {challenges.label.toLowerCase()}</option>
              {challenges.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <SharedTextField label="The proposal" text={propositionText(doc, id, 'proposal')} rows={5} />
          <div className="team-work__columns">
            <WordRadios
              legend="Level of change"
              words={levelsOfChange}
              value={proposition.level}
              onChange={(level) => update({ level })}
            />
            <WordRadios
              legend="Kind of provider"
              words={kindsOfProvider}
              value={proposition.provider}
              onChange={(provider) => update({ provider })}
            />
          </div>
          <WordChecks
            legend="Benefits"
            words={aims}
            values={proposition.benefits}
            onToggle={(aim, on) => setPropositionFlag(doc, id, 'benefits', aim, on)}
          />
          <CostFields proposition={proposition} update={write} />
          <SharedTextField label="Risks" text={propositionText(doc, id, 'risks')} />
          <SharedTextField label="First steps" text={propositionText(doc, id, 'firstSteps')} />
          <OptionCitations
            options={options}
            cards={cards}
            cited={proposition.optionIds}
            onToggle={(optionId, on) => setPropositionFlag(doc, id, 'optionIds', optionId, on)}
          />
          <NoteCitations
            notes={notes}
            cited={proposition.noteIds}
            onToggle={(noteId, on) => setPropositionFlag(doc, id, 'noteIds', noteId, on)}
          />
        </fieldset>
        <FormError message={error} />
        {!mayEdit ? null : confirmRemove ? (
          <Confirm
            label="Remove this proposition?"
            question="Remove this proposition for everyone?"
            actions={[{ label: 'Yes, remove it', danger: true, run: () => removeProposition(doc, id) }]}
            keep="Keep it"
            onKeep={() => setConfirmRemove(false)}
          />
        ) : (
          <button type="button" className="button" data-returns-focus onClick={() => setConfirmRemove(true)}>
            Remove proposition
          </button>
        )}
      </article>
    </li>
  );
}

/** The title, short, saved whole on Enter, on leaving the field or after a pause (never merged letter by letter). */
function TitleField({
  proposition,
  update,
}: {
  proposition: Proposition;
  update: (f: PropositionFields) => unknown;
}) {
  const { workshopId } = useWorkshop();
  const id = useId();
  const field = useDraftField<HTMLInputElement>(
    `proposition-title:${workshopId}:${proposition.id}`,
    proposition.title,
    (title) => update({ title: title.trim() }),
  );
  const limit = useLengthLimit(200, field.value);
  return (
    <div className="field">
      <label htmlFor={id}>Title</label>
      <input id={id} {...field} {...limit.inputProps} />
      {limit.hint}
    </div>
  );
}

/** Where the proposition is, and the next step its team may take, decided by the server (PROP-3). */
function StatusStep({ proposition }: { proposition: Proposition }) {
  const state = useSessionState((s) => s.control?.propositions);
  const identity = useSessionState((s) => s.identity);
  const { send, error, busy } = useControlCommand();
  if (!state || !identity) return null;
  const status = statusOf(state, proposition.id);
  const mayMove =
    can(identity.role, 'propositions:any') ||
    (can(identity.role, 'propositions:status') && identity.teamId === proposition.teamId);
  return (
    <div className="team-work__status">
      <p>
        Status: <strong>{statusLabels[status]}</strong>
      </p>
      {mayMove &&
        nextStatuses(status).map((next) => (
          <button
            key={next}
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              void send({
                area: 'propositions',
                command: { type: 'setStatus', propositionId: proposition.id, status: next },
              })
            }
          >
            {statusLabels[next]}
          </button>
        ))}
      <FormError message={error} />
    </div>
  );
}

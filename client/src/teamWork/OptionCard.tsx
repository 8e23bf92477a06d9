import { useEffect, useId, useRef, useState } from 'react';
import {
  aims,
  contentRefusal,
  DOC_KEYS,
  kindsOfProvider,
  lenses,
  levelsOfChange,
  optionText,
  removeOption,
  setOptionAim,
  updateOption,
  type Aim,
  type Option,
  type OptionFields,
} from '../../../shared/src/index.js';
import { useSessionState, useWorkshop } from '../state/sessionContext.js';
import { Confirm } from '../ui/Confirm.js';
import { FormError } from '../ui/FormError.js';
import { SharedTextField, WordChecks, WordRadios } from './fields.js';

/** One option, every field editable by its team; a team never sees another's here (PERM-10). */
export function OptionCard({ option, number, focus }: { option: Option; number: number; focus: boolean }) {
  const { doc } = useWorkshop();
  const identity = useSessionState((s) => s.identity);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus) card.current?.querySelector('textarea')?.focus();
  }, [focus]);
  const change = { key: DOC_KEYS.options, entry: option.id, owner: option.teamId };
  const mayEdit = identity !== null && contentRefusal(identity, { ...change, kind: 'edit' }) === null;
  const update = (fields: OptionFields) => {
    const result = updateOption(doc, option.id, fields);
    setError(result.ok ? null : result.error.message);
  };
  const text = (field: Parameters<typeof optionText>[2]) => optionText(doc, option.id, field);
  return (
    <li>
      <article className="team-work__card" aria-labelledby={headingId} ref={card}>
        <div className="team-work__card-head">
          <h4 id={headingId}>Option {number}</h4>
          {option.shortlisted && <span className="team-work__badge">Shortlisted</span>}
          <label className="radio">
            <input
              type="checkbox"
              checked={option.shortlisted}
              disabled={!mayEdit}
              onChange={(event) => update({ shortlisted: event.target.checked })}
            />
            On the shortlist
          </label>
        </div>
        <fieldset className="team-work__fields" disabled={!mayEdit}>
          <legend className="visually-hidden">Option {number}</legend>
          <SharedTextField label="What the option is" text={text('description')} />
          <div className="team-work__columns">
            <WordRadios
              legend="Level of change"
              words={levelsOfChange}
              value={option.level}
              onChange={(level) => update({ level })}
            />
            <WordRadios
              legend="Kind of provider"
              words={kindsOfProvider}
              value={option.provider}
              onChange={(provider) => update({ provider })}
            />
          </div>
          <fieldset className="field">
            <legend>Through three lenses</legend>
            <div className="team-work__columns">
              {lenses.map((lens) => (
                <SharedTextField key={lens.id} label={lens.label} text={text(lens.id)} />
              ))}
            </div>
          </fieldset>
          <WordChecks
            legend="What it aims at"
            words={aims}
            values={option.aims}
            onToggle={(aim, on) => setOptionAim(doc, option.id, aim as Aim, on)}
          />
          <SharedTextField label="Risks" text={text('risks')} />
        </fieldset>
        <FormError message={error} />
        {!mayEdit ? null : confirmRemove ? (
          <Confirm
            label="Remove this option?"
            question={`Remove option ${number} for everyone?`}
            actions={[{ label: 'Yes, remove it', danger: true, run: () => removeOption(doc, option.id) }]}
            keep="Keep it"
            onKeep={() => setConfirmRemove(false)}
          />
        ) : (
          <button type="button" className="button" data-returns-focus onClick={() => setConfirmRemove(true)}>
            Remove option {number}
          </button>
        )}
      </article>
    </li>
  );
}

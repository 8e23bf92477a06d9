import { useId, useState } from 'react';
import type { Proposition, PropositionFields } from '../../../shared/src/index.js';

interface Props {
  proposition: Proposition;
  /** Writes the fields; returns the refusal in words, or null when they were kept. */
  update: (fields: PropositionFields) => string | null;
}

/** '' is no figure; "£250,000" and "12.5%" are numbers; anything else is not a number (NaN, refused in words). */
function parseFigure(text: string): number | null {
  const bare = text.replace(/[£%,\s]/g, '');
  return bare === '' ? null : Number(bare);
}

const shown = (value: number | null) => (value === null ? '' : String(value));

/** A rough cost or saving in pounds and per cent (PROP-6): kept only when it is a number in range. */
export function CostFields({ proposition, update }: Props) {
  const id = useId();
  const [pounds, setPounds] = useState<string | null>(null);
  const [percent, setPercent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = (field: 'pounds' | 'percent', text: string | null, clear: () => void) => {
    if (text === null) return;
    const refusal = update({ [field]: parseFigure(text) });
    setError(refusal);
    if (!refusal) clear();
  };
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Rough cost or saving</legend>
      <div className="team-work__columns">
        {(['saving', 'cost'] as const).map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={proposition.costKind === kind}
              onChange={() => update({ costKind: kind })}
            />
            {kind === 'saving' ? 'A saving' : 'A cost'}
          </label>
        ))}
      </div>
      <div className="team-work__columns">
        <div className="field">
          <label htmlFor={`${id}-pounds`}>Amount in £</label>
          <input
            id={`${id}-pounds`}
            inputMode="decimal"
            value={pounds ?? shown(proposition.pounds)}
            aria-invalid={error !== null && pounds !== null}
            onChange={(e) => setPounds(e.target.value)}
            onBlur={() => commit('pounds', pounds, () => setPounds(null))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-percent`}>Share of the budget in %</label>
          <input
            id={`${id}-percent`}
            inputMode="decimal"
            value={percent ?? shown(proposition.percent)}
            aria-invalid={error !== null && percent !== null}
            onChange={(e) => setPercent(e.target.value)}
            onBlur={() => commit('percent', percent, () => setPercent(null))}
          />
        </div>
      </div>
      {error && (
        <p className="form-error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

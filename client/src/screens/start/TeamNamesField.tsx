import { MAX_TEAMS } from '../../../../shared/src/schema/api.js';
import { TEXT_LIMITS } from '../../../../shared/src/schema/limits.js';
import { LimitedTextField } from '../../ui/LimitedTextField.js';

/** The task teams' names, one field each, with buttons to add and remove teams. */
export function TeamNamesField({
  teams,
  onChange,
}: {
  teams: string[];
  onChange: (teams: string[]) => void;
}) {
  const rename = (index: number, name: string) => onChange(teams.map((t, i) => (i === index ? name : t)));
  return (
    <fieldset className="field team-names">
      <legend>Task teams ({teams.length})</legend>
      {teams.map((name, index) => (
        <div className="team-names__row" key={index}>
          <LimitedTextField
            label={`Name of task team ${index + 1}`}
            labelHidden
            required
            max={TEXT_LIMITS.teamName}
            value={name}
            onChange={(value) => rename(index, value)}
          />
          <button
            type="button"
            className="button"
            disabled={teams.length <= 1}
            aria-label={`Remove task team ${index + 1}`}
            onClick={() => onChange(teams.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        disabled={teams.length >= MAX_TEAMS}
        onClick={() => onChange([...teams, `Task team ${teams.length + 1}`])}
      >
        Add a task team
      </button>
      {teams.length >= MAX_TEAMS && (
        <p className="team-names__limit">A workshop can have at most {MAX_TEAMS} task teams.</p>
      )}
    </fieldset>
  );
}

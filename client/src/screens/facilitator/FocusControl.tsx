import type { Focus } from '../../../../shared/src/index.js';
import { useSessionState, useTeams } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';
import { useControlCommand } from '../../ui/useControlCommand.js';
import { possessive } from '../../ui/possessive.js';

const keyOf = (focus: Focus) => (focus.kind === 'team' ? `team:${focus.teamId}` : focus.kind);

/** What the projector shows in its centre. */
export function FocusControl() {
  const focus = useSessionState((s) => s.control?.board.focus);
  const teams = useTeams();
  const { send, error } = useControlCommand();
  if (!focus) return null;
  const options: { key: string; label: string; focus: Focus }[] = [
    { key: 'agenda', label: 'The clock and agenda', focus: { kind: 'agenda' } },
    { key: 'map', label: 'The priority map', focus: { kind: 'map' } },
    ...teams.map((t) => ({
      key: `team:${t.id}`,
      label: `${possessive(t.name)} work`,
      focus: { kind: 'team', teamId: t.id } as Focus,
    })),
  ];
  return (
    <fieldset className="focus-control">
      <legend>The projector shows</legend>
      {options.map((option) => (
        <label key={option.key} className="radio">
          <input
            type="radio"
            name="projector-focus"
            checked={keyOf(focus) === option.key}
            onChange={() => void send({ area: 'board', command: { type: 'focus', focus: option.focus } })}
          />
          {option.label}
        </label>
      ))}
      <FormError message={error} />
    </fieldset>
  );
}

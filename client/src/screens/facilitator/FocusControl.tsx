import { useState } from 'react';
import type { Focus } from '../../../../shared/src/index.js';
import { api } from '../../live/api.js';
import { useSessionState, useTeams, useWorkshop } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';
import { useControlCommand } from '../../ui/useControlCommand.js';
import { possessive } from '../../ui/possessive.js';

const keyOf = (focus: Focus) => (focus.kind === 'team' ? `team:${focus.teamId}` : focus.kind);

/** What the projector shows in its centre. */
export function FocusControl() {
  const { workshopId, token } = useWorkshop();
  const focus = useSessionState((s) => s.control?.board.focus);
  const teams = useTeams();
  const { send, error } = useControlCommand();
  const [codesError, setCodesError] = useState<string | null>(null);
  if (!focus) return null;
  const options: { key: string; label: string; focus: Focus }[] = [
    { key: 'agenda', label: 'The clock and agenda', focus: { kind: 'agenda' } },
    { key: 'map', label: 'The priority map', focus: { kind: 'map' } },
    ...teams.map((t) => ({
      key: `team:${t.id}`,
      label: `${possessive(t.name)} work`,
      focus: { kind: 'team', teamId: t.id } as Focus,
    })),
    { key: 'joining', label: 'Joining: every team’s code and QR code', focus: { kind: 'joining' } },
  ];
  const choose = async (next: Focus) => {
    // Putting joining on the wall is to get every table in: a team without a code gets one in the
    // same step, as "Show every team's join code" does, rather than a gap the room has to ask about.
    if (next.kind === 'joining') {
      try {
        await api.makeJoinCodes(workshopId, token, teams);
        setCodesError(null);
      } catch (e) {
        setCodesError((e as Error).message);
      }
    }
    await send({ area: 'board', command: { type: 'focus', focus: next } });
  };
  return (
    <fieldset className="focus-control">
      <legend>The projector shows</legend>
      {options.map((option) => (
        <label key={option.key} className="radio">
          <input
            type="radio"
            name="projector-focus"
            checked={keyOf(focus) === option.key}
            onChange={() => void choose(option.focus)}
          />
          {option.label}
        </label>
      ))}
      <FormError message={codesError ?? error} />
    </fieldset>
  );
}

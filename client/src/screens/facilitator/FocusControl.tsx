import { Fragment, useState } from 'react';
import type { Focus } from '../../../../shared/src/index.js';
import { wallViewWords } from '../../workspaces/wallViews.js';
import { useFollowedView } from '../../ui/useFollowedView.js';
import { api } from '../../live/api.js';
import { useSessionState, useTeams, useWorkshop } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';
import { useControlCommand } from '../../ui/useControlCommand.js';
import { possessive } from '../../ui/possessive.js';

/**
 * What the projector shows in its centre. A task team's work is one choice with the team picked
 * beside it, so twelve teams make one list, not twelve more lines on the console.
 */
export function FocusControl() {
  const { workshopId, token } = useWorkshop();
  const focus = useSessionState((s) => s.control?.board.focus);
  const teams = useTeams();
  const { send, error } = useControlCommand();
  const [codesError, setCodesError] = useState<string | null>(null);
  const [picked, setPicked] = useState('');
  const followed = useFollowedView('projector');
  if (!focus) return null;
  const teamId = focus.kind === 'team' ? focus.teamId : picked || teams[0]?.id || '';
  const teamName = teams.find((t) => t.id === teamId)?.name;
  const options: { key: Focus['kind']; label: string; focus: Focus | null }[] = [
    {
      key: 'programme',
      label: `Follow the programme (now ${wallViewWords(followed)})`,
      focus: { kind: 'programme' },
    },
    { key: 'agenda', label: 'The clock and agenda', focus: { kind: 'agenda' } },
    { key: 'map', label: 'The priority map', focus: { kind: 'map' } },
    {
      key: 'team',
      label: teamName ? `${possessive(teamName)} work` : 'A task team’s work',
      focus: teamId ? { kind: 'team', teamId } : null,
    },
    { key: 'joining', label: 'Joining: every team’s code and QR code', focus: { kind: 'joining' } },
  ];
  const pickTeam = (next: string) => {
    setPicked(next);
    if (focus.kind === 'team' && next) void choose({ kind: 'team', teamId: next });
  };
  const choose = async (next: Focus) => {
    setCodesError(null);
    // Putting joining on the wall is to get every table in: a team without a code gets one in the
    // same step, as "Show every team's join code" does, rather than a gap the room has to ask about.
    if (next.kind === 'joining') {
      try {
        await api.makeJoinCodes(workshopId, token, teams);
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
        <Fragment key={option.key}>
          <label className="radio">
            <input
              type="radio"
              name="projector-focus"
              checked={focus.kind === option.key}
              disabled={option.focus === null}
              onChange={() => option.focus && void choose(option.focus)}
            />
            {option.label}
          </label>
          {option.key === 'team' && teams.length > 0 && (
            <label className="field field--inline focus-control__team">
              <span>Which team’s work</span>
              <select value={teamId} onChange={(e) => pickTeam(e.target.value)}>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </Fragment>
      ))}
      <p className="focus-control__hint">Another choice lasts until the clock moves to the next item.</p>
      <FormError message={codesError ?? error} />
    </fieldset>
  );
}

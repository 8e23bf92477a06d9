import { useState } from 'react';
import { Workspace } from '../../board/Workspace.js';
import { useTeams } from '../../state/sessionContext.js';
import { TeamSelect } from '../../ui/TeamSelect.js';
import { MapSettings } from './MapSettings.js';

/** The priority map in the console. The facilitator can work as a task team that has no device. */
export function BoardSection() {
  const teams = useTeams();
  const [asTeam, setAsTeam] = useState('');
  return (
    <section className="board-section" aria-labelledby="board-heading">
      <div className="board-section__head">
        <h2 id="board-heading">Priority map</h2>
        <label className="field field--inline">
          <span>Add priorities as</span>
          <TeamSelect teams={teams} value={asTeam} noTeam="The facilitator" onChange={setAsTeam} />
        </label>
      </div>
      <Workspace teamId={asTeam || null} />
      <MapSettings />
    </section>
  );
}

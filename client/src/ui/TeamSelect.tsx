import type { Team } from '../../../shared/src/index.js';

interface Props {
  teams: Team[];
  /** A team id, or '' for the first option (no team). */
  value: string;
  noTeam: string;
  onChange: (teamId: string) => void;
}

/** Choosing a task team, with a first option that means none of them. */
export function TeamSelect({ teams, value, noTeam, onChange }: Props) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{noTeam}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </select>
  );
}

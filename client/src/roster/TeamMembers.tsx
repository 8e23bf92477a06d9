import { useTeamMembers } from './useRoster.js';

/** A team's people in one line, with their roles where the roster gives one: "Priya Shah (Portfolio holder, Finance), Tom Jones". */
export function TeamMembers({ teamId }: { teamId: string }) {
  const members = useTeamMembers(teamId);
  if (members.length === 0) return null;
  return (
    <span className="team-members">
      {members.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)).join(', ')}
    </span>
  );
}

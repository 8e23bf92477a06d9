import { useState } from 'react';
import type { CreatedToken, Role } from '../../../../shared/src/index.js';
import { useTeams, useWorkshop } from '../../state/sessionContext.js';
import { api } from '../../live/api.js';
import { FormError } from '../../ui/FormError.js';

interface LinkRow {
  label: string;
  role: Role;
  teamId?: string;
}

/** Links that open each screen of this workshop; made on the server, one per request. */
export function LinksPanel() {
  const { workshopId, token } = useWorkshop();
  const teams = useTeams();
  const [links, setLinks] = useState<Record<string, CreatedToken>>({});
  const [error, setError] = useState<string | null>(null);

  const rows: LinkRow[] = [
    { label: 'Projector', role: 'projector' },
    { label: 'Leader', role: 'leader' },
    { label: 'Witness', role: 'witness' },
    ...teams.map((team) => ({ label: team.name, role: 'team' as const, teamId: team.id })),
  ];
  const make = async (row: LinkRow) => {
    try {
      const created = await api.createLink(workshopId, token, { role: row.role, teamId: row.teamId });
      setLinks((current) => ({ ...current, [row.label]: created }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="links-panel" aria-labelledby="links-heading">
      <h2 id="links-heading">Links to the screens</h2>
      <FormError message={error} />
      <ul>
        {rows.map((row) => (
          <li key={row.label}>
            <span>{row.label}</span>
            {links[row.label] ? (
              <a href={links[row.label]!.url} target="_blank" rel="noreferrer">
                Open the {row.label} screen
              </a>
            ) : (
              <button type="button" className="button" onClick={() => void make(row)}>
                Make a link for {row.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

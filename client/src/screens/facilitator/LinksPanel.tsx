import { useState } from 'react';
import type { CreatedToken, Role } from '../../../../shared/src/index.js';
import { useTeams, useWorkshop } from '../../state/sessionContext.js';
import { api } from '../../live/api.js';
import { FormError } from '../../ui/FormError.js';
import { LinkList } from './LinkList.js';
import { useWitnessSessions } from '../../witnesses/useWitnesses.js';

interface LinkRow {
  label: string;
  /** What the link opens, as it reads in a sentence. */
  screen: string;
  role: Role;
  teamId?: string;
  /** A witness link belongs to one witness (PERM-22). */
  witnessId?: string;
}

/** Links that open each screen of this workshop; made on the server, one per request. */
export function LinksPanel() {
  const { workshopId, token } = useWorkshop();
  const teams = useTeams();
  const { witnesses } = useWitnessSessions();
  const [links, setLinks] = useState<Record<string, CreatedToken>>({});
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState(0);

  const rows: LinkRow[] = [
    // A second console, for another laptop: the workshop is not tied to the browser that made it.
    { label: 'Facilitator', screen: 'facilitator’s console', role: 'facilitator' },
    { label: 'Projector', screen: 'projector screen', role: 'projector' },
    { label: 'Leader', screen: 'Leader’s screen', role: 'leader' },
    // Each witness set up gets their own link; with none set up yet, one that shows the programme.
    ...(witnesses.length
      ? witnesses.map((w) => ({
          label: w.name,
          screen: `witness screen for ${w.name}`,
          role: 'witness' as const,
          witnessId: w.id,
        }))
      : [{ label: 'Witness', screen: 'witness screen', role: 'witness' as const }]),
    ...teams.map((team) => ({
      label: team.name,
      screen: `${team.name} tablet`,
      role: 'team' as const,
      teamId: team.id,
    })),
  ];
  const make = async (row: LinkRow) => {
    try {
      const created = await api.createLink(workshopId, token, {
        role: row.role,
        teamId: row.teamId,
        witnessId: row.witnessId,
      });
      setLinks((current) => ({ ...current, [row.label]: created }));
      setMade((n) => n + 1);
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
              <CopyableLink url={links[row.label]!.url} screen={row.screen} />
            ) : (
              <button type="button" className="button" onClick={() => void make(row)}>
                Make a link for {row.label}
              </button>
            )}
          </li>
        ))}
      </ul>
      <LinkList refreshKey={made} />
    </section>
  );
}

/** A link to open here, or to copy to the device that will show it (the projector's computer, a tablet). */
function CopyableLink({ url, screen }: { url: string; screen: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard on plain http: the address is there to select by hand
    }
  };
  return (
    <>
      <a href={url} target="_blank" rel="noreferrer">
        Open the {screen}
      </a>
      <input
        className="links-panel__url"
        readOnly
        value={url}
        aria-label={`Address of the ${screen}`}
        onFocus={(e) => e.target.select()}
      />
      <button type="button" className="button" onClick={() => void copy()}>
        {copied ? 'Copied' : `Copy the ${screen} link`}
      </button>
    </>
  );
}

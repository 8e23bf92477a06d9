import { useCallback, useEffect, useState } from 'react';
import { formatProgrammeTime, type LinkRecord } from '../../../../shared/src/index.js';
import { api } from '../../live/api.js';
import { useTeams, useWorkshop } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';
import { Confirm } from '../../ui/Confirm.js';
import { roleNames } from '../../ui/roleNames.js';

const REFRESH_MS = 30_000;

/** When a link was last used, as the programme writes times ("9.42"). */
function seen(ms: number | null): string {
  if (ms === null) return 'not used yet';
  const date = new Date(ms);
  return `last seen ${formatProgrammeTime(date.getHours() * 60 + date.getMinutes())}`;
}

/** Every link made for this workshop, who it is for and when it was last used; any but this one can be revoked. */
export function LinkList({ refreshKey }: { refreshKey: number }) {
  const { workshopId, token } = useWorkshop();
  const teams = useTeams();
  const [links, setLinks] = useState<LinkRecord[] | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      api.links(workshopId, token).then(
        (list) => setLinks(list),
        (e: Error) => setError(e.message),
      ),
    [workshopId, token],
  );
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, refreshKey]);
  const revoke = async (linkId: string) => {
    setConfirm(null);
    try {
      await api.revokeLink(workshopId, token, linkId);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
    await load();
  };
  if (!links) return <FormError message={error} />;
  const who = (link: LinkRecord) =>
    [roleNames[link.role], teams.find((t) => t.id === link.teamId)?.name, link.name]
      .filter(Boolean)
      .join(' · ');
  return (
    <div className="link-list">
      <h3>Links made</h3>
      <FormError message={error} />
      <ul>
        {links.map((link) => (
          <li
            key={link.id}
            className={link.revokedAtMs ? 'link-list__item link-list__item--revoked' : 'link-list__item'}
          >
            <span>
              {who(link)}{' '}
              <span className="link-list__seen">
                ({link.revokedAtMs ? 'revoked' : seen(link.lastSeenAtMs)})
              </span>
            </span>
            {link.isYours ? (
              <span className="link-list__yours">This screen</span>
            ) : link.revokedAtMs ? null : confirm === link.id ? (
              <Confirm
                label={`Revoke the link for ${who(link)}?`}
                actions={[{ label: 'Yes, revoke it', danger: true, run: () => void revoke(link.id) }]}
                keep="Keep it"
                onKeep={() => setConfirm(null)}
              />
            ) : (
              <button type="button" className="button" data-returns-focus onClick={() => setConfirm(link.id)}>
                Revoke<span className="visually-hidden"> the link for {who(link)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

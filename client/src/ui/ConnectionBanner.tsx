import { useSessionState } from '../state/sessionContext.js';

/**
 * The link to the server, in plain words; silent when all is well. On the wall (`quiet`) it is a
 * small note in a corner: the room needs to know the clock may be stale, not to read a banner.
 */
export function ConnectionBanner({ quiet = false }: { quiet?: boolean }) {
  const connection = useSessionState((s) => s.connection);
  const refusal = useSessionState((s) => s.refusal);
  const notice = useSessionState((s) => s.notice);
  return (
    <div className={quiet ? 'banners banners--quiet' : 'banners'}>
      {connection === 'offline' && (
        <p className="banner banner--warning" role="status">
          You’re offline. Trying to reconnect…
        </p>
      )}
      {connection === 'refused' && (
        <p className="banner banner--error" role="alert">
          {refusal} Ask the facilitator for a new link.
        </p>
      )}
      {notice && (
        <p className={`banner banner--${notice.level}`} role="alert">
          {notice.message}
        </p>
      )}
    </div>
  );
}

import { useSessionState } from '../../state/sessionContext.js';

const sectionNames: Record<string, string> = {
  agenda: 'the agenda',
  clock: 'the clock',
  board: 'the map settings, votes and allocations',
  version: 'the version count',
  recentCommandIds: 'the list of recent commands',
  all: 'the whole control state',
};

/** After a restart, what the server could not read back: started afresh, with the stored original kept. */
export function UnreadableNotice() {
  const unreadable = useSessionState((s) => s.control?.unreadable);
  if (!unreadable?.length) return null;
  return (
    <div className="banner banner--error" role="alert">
      <p>
        When the server restarted it could not read back{' '}
        {unreadable.map((u) => sectionNames[u.section] ?? u.section).join(', ')}, so that part started afresh.
        The stored original is kept on the server for your IT team (
        {unreadable.map((u) => u.message).join('; ')}).
      </p>
    </div>
  );
}

import { useState } from 'react';
import type { FollowedView } from '../../../../shared/src/index.js';
import { PositionPaperButton } from '../../paper/PositionPaperButton.js';
import { useCarriesForward } from '../../series/useSeries.js';
import { useAgenda, useSessionState } from '../../state/sessionContext.js';
import { useFollowedView } from '../../ui/useFollowedView.js';
import { tabletViews, type TabletView } from '../../workspaces/tabletViews.js';

type View = 'programme' | FollowedView;

/**
 * A table's workspace follows the programme (`tabletViews`, chosen by the current item): the
 * briefing cards during an input, "back at …" during a break, the team's work in a team task. The
 * other views stay one tap away. Keyed by the agenda item, so moving on to the next item brings
 * every tablet back to following it.
 */
export function ProgrammeWorkspace({ teamId }: { teamId: string }) {
  const [view, setView] = useState<View>('programme');
  const control = useSessionState((s) => s.control);
  const carries = useCarriesForward();
  const followed = useFollowedView('tablet');
  const agenda = useAgenda();
  if (!control) return null;
  // A view this tablet has no screen for keeps the team's map in front of it.
  const shown = view === 'programme' ? (tabletViews[followed] ? followed : 'map') : view;
  const Shown = tabletViews[shown]!.Component;
  const choice = (which: View, label: string) => (
    <button
      key={which}
      type="button"
      className="button"
      aria-pressed={view === which}
      onClick={() => setView(which)}
    >
      {label}
    </button>
  );
  const tabs = (Object.entries(tabletViews) as [FollowedView, TabletView][]).filter(
    ([which, { tab, offered }]) =>
      tab !== null && (which !== 'carried' || carries) && (offered?.(agenda, control) ?? true),
  );
  return (
    <>
      <nav className="tablet__views" aria-label="What this tablet shows">
        {choice('programme', 'Follow the programme')}
        {tabs.map(([which, { tab }]) => choice(which, tab!))}
        <PositionPaperButton />
      </nav>
      <Shown teamId={teamId} show={setView} />
    </>
  );
}

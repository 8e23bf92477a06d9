import { useState } from 'react';
import { BackAt } from '../../ui/BackAt.js';
import { Workspace } from '../../board/Workspace.js';
import { BriefingReference } from '../../briefing/BriefingReference.js';
import { useFollowedView } from '../../ui/useFollowedView.js';
import { CarriedForward } from '../../series/CarriedForward.js';
import { useCarriesForward } from '../../series/useSeries.js';
import { PositionPaperButton } from '../../paper/PositionPaperButton.js';
import { useSessionState } from '../../state/sessionContext.js';

type View = 'programme' | 'map' | 'briefing' | 'carried';

/**
 * A table's workspace follows the programme: the briefing cards during an input, "back at …"
 * during a break, what earlier workshops of the series carried forward while the programme looks
 * back at them, the team's work otherwise. The other views stay one tap away. Keyed by the
 * agenda item, so moving on to the next item brings every tablet back to following it.
 */
export function ProgrammeWorkspace({ teamId }: { teamId: string }) {
  const [view, setView] = useState<View>('programme');
  const ready = useSessionState((s) => s.control !== null);
  const carries = useCarriesForward();
  const followed = useFollowedView('tablet');
  if (!ready) return null;
  const shown = view === 'programme' ? followed : view;
  const choice = (which: View, label: string) => (
    <button type="button" className="button" aria-pressed={view === which} onClick={() => setView(which)}>
      {label}
    </button>
  );
  return (
    <>
      <nav className="tablet__views" aria-label="What this tablet shows">
        {choice('programme', 'Follow the programme')}
        {choice('map', 'Priority map')}
        {choice('briefing', 'Briefing cards')}
        {carries && choice('carried', 'Carried forward')}
        <PositionPaperButton />
      </nav>
      {shown === 'map' && <Workspace teamId={teamId} />}
      {shown === 'briefing' && <BriefingReference />}
      {shown === 'carried' && <CarriedForward />}
      {shown === 'break' && <BackAt className="tablet__break" />}
    </>
  );
}

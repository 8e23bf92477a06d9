import { useState } from 'react';
import { formatProgrammeTime, plannedStartsMin } from '../../../../shared/src/index.js';
import { Workspace } from '../../board/Workspace.js';
import { BriefingReference } from '../../briefing/BriefingReference.js';
import { useBriefing } from '../../briefing/useBriefing.js';
import { PositionPaperButton } from '../../paper/PositionPaperButton.js';
import { useSessionState } from '../../state/sessionContext.js';

type View = 'programme' | 'map' | 'briefing';

/**
 * A table's workspace follows the programme: the briefing cards during an input, "back at …"
 * during a break, the team's work otherwise. The other views stay one tap away. Keyed by the
 * agenda item, so moving on to the next item brings every tablet back to following it.
 */
export function ProgrammeWorkspace({ teamId }: { teamId: string }) {
  const [view, setView] = useState<View>('programme');
  const control = useSessionState((s) => s.control);
  const { current } = useBriefing();
  if (!control) return null;
  const index = control.clock.currentIndex;
  const item = control.agenda[index];
  const followed = item?.kind === 'break' ? 'break' : item?.kind === 'input' && current ? 'briefing' : 'map';
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
        <PositionPaperButton />
      </nav>
      {shown === 'map' && <Workspace teamId={teamId} />}
      {shown === 'briefing' && <BriefingReference />}
      {shown === 'break' && (
        <BackAt next={plannedStartsMin(control.agenda)[index + 1] ?? null} title={item!.title} />
      )}
    </>
  );
}

function BackAt({ next, title }: { next: number | null; title: string }) {
  return (
    <section className="tablet__break" aria-label={title}>
      <h2>{title}</h2>
      {next !== null && <p className="tablet__back-at">Back at {formatProgrammeTime(next)}</p>}
    </section>
  );
}

import { PhaseCountdown } from '../../dissent/PhaseCountdown.js';
import { PhaseCue } from '../../dissent/PhaseCue.js';
import { useSessionState } from '../../state/sessionContext.js';
import { Announcer } from '../../ui/Announcer.js';
import { ConnectionBanner } from '../../ui/ConnectionBanner.js';
import { Countdown } from '../../ui/Countdown.js';
import { CurrentItem } from '../../ui/CurrentItem.js';
import { SaveStatus } from '../../ui/SaveStatus.js';
import { StorageWarning } from '../../ui/StorageWarning.js';
import { WhoIsHere } from '../../roster/WhoIsHere.js';
import { ProgrammeWorkspace } from './ProgrammeWorkspace.js';
import './tablet.css';

/** A task team's tablet: the current item, the countdown and the save state always in view; the team's workspace below. */
export function TabletScreen() {
  const teamId = useSessionState((s) => s.identity?.teamId ?? null);
  const teamName = useSessionState((s) => s.summary?.teams.find((t) => t.id === teamId)?.name);
  const itemId = useSessionState((s) => s.control?.agenda[s.control.clock.currentIndex]?.id ?? '');
  return (
    <div className="tablet">
      <header className="tablet__bar">
        <div className="tablet__now">
          <CurrentItem level={1} />
          {teamName && <p className="tablet__team">{teamName}</p>}
        </div>
        <Countdown className="tablet__countdown" />
        {/* While ritual-dissent rounds run, the phase's time beside the item's (DISSENT-10). */}
        <PhaseCountdown className="tablet__phase" />
        <SaveStatus />
      </header>
      <ConnectionBanner />
      <StorageWarning />
      <Announcer />
      {teamId && <PhaseCue teamId={teamId} />}
      <main className="tablet__main">
        {teamId && <WhoIsHere teamId={teamId} />}
        {teamId && <ProgrammeWorkspace key={itemId} teamId={teamId} />}
      </main>
    </div>
  );
}

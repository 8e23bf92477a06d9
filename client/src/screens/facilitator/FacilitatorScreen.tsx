import { useRef } from 'react';
import { useSessionState, useWorkshop } from '../../state/sessionContext.js';
import { AgendaList } from '../../ui/AgendaList.js';
import { Announcer } from '../../ui/Announcer.js';
import { ConnectionBanner } from '../../ui/ConnectionBanner.js';
import { Countdown } from '../../ui/Countdown.js';
import { CurrentItem } from '../../ui/CurrentItem.js';
import { FinishTimes } from '../../ui/FinishTimes.js';
import { SaveStatus } from '../../ui/SaveStatus.js';
import { useInView } from '../../ui/useInView.js';
import { WorkshopTitle } from '../../ui/WorkshopTitle.js';
import { BriefingControl } from '../../briefing/BriefingControl.js';
import { RosterPanel } from '../../roster/RosterPanel.js';
import { WitnessesPanel } from '../../witnesses/WitnessesPanel.js';
import { CarriedForward } from '../../series/CarriedForward.js';
import { NextInSeries } from '../../series/NextInSeries.js';
import { useCarriesForward } from '../../series/useSeries.js';
import { BriefingEditor } from '../../briefing/editor/BriefingEditor.js';
import { TeamWorkOverview } from '../../teamWork/TeamWorkOverview.js';
import { BoardSection } from './BoardSection.js';
import { CouncilsSection } from '../../councils/CouncilsSection.js';
import { DissentConsole } from '../../dissent/DissentConsole.js';
import { ActionsView } from '../../chair/ActionsView.js';
import { ChairPanel } from '../../chair/ChairPanel.js';
import { ReportDownloads } from '../../report/ReportDownloads.js';
import { useDissentDue } from '../../dissent/useDissentDue.js';
import { ClockControls } from './ClockControls.js';
import { ClockStrip } from './ClockStrip.js';
import { FocusControl } from './FocusControl.js';
import { JoinPanel } from './JoinPanel.js';
import { LinksPanel } from './LinksPanel.js';
import { PaperSection } from './PaperSection.js';
import { AgendaEditor } from './agenda/AgendaEditor.js';
import { TeamsPanel } from './TeamsPanel.js';
import { UnreadableNotice } from './UnreadableNotice.js';
import './facilitator.css';

/**
 * The facilitator's cockpit: the agenda on the left (with the agenda's and the briefing's editors), the clock and its controls in the centre
 * (with the ritual-dissent rounds under them during team task 3), the room
 * on the right (scrolling in its own column, so the board below starts within a screen or so), and
 * the clock strip at the top whenever the clock itself is out of sight.
 */
export default function FacilitatorScreen() {
  const { control } = useWorkshop();
  // The strip takes over once half the clock and its controls have scrolled out of sight.
  const clock = useRef<HTMLDivElement>(null);
  const clockInView = useInView(clock, 0.5);
  const carries = useCarriesForward();
  const dissentDue = useDissentDue();
  const hasActions = useSessionState((s) => (s.control?.actions?.actions.length ?? 0) > 0);
  const presentationsDue = useSessionState(
    (s) => s.control?.agenda[s.control.clock.currentIndex]?.kind === 'presentation',
  );
  return (
    <div className="console">
      {!clockInView && <ClockStrip />}
      <ConnectionBanner />
      <UnreadableNotice />
      <Announcer />
      <WorkshopTitle />
      <nav className="console__agenda" aria-label="Programme">
        <details className="console__agenda-editor">
          <summary>Edit the agenda</summary>
          <AgendaEditor />
        </details>
        <details className="console__briefing-editor">
          <summary>Edit the briefing</summary>
          <BriefingEditor />
        </details>
        <AgendaList
          onSelect={(itemId) => void control.send({ area: 'clock', command: { type: 'goTo', itemId } })}
        />
      </nav>
      <main className="console__centre">
        <div id="console-clock" className="console__clock" ref={clock}>
          <CurrentItem />
          <Countdown className="console__countdown" />
          <ClockControls />
        </div>
        {/* Under the clock while it is the item's work: the rounds are run from here every few minutes. */}
        {dissentDue && <DissentConsole />}
        {/* At the presentations the facilitator can do all the Leader can (CHAIR-1). */}
        {presentationsDue && (
          <section className="console__chair" aria-label="The presentations">
            <ChairPanel />
            <ActionsView chairs />
          </section>
        )}
        {/* Outside the presentations, the actions stay in reach: to mark them done, or tidy them. */}
        {!presentationsDue && hasActions && <ActionsView chairs />}
        <FinishTimes />
        <FocusControl />
        <BriefingControl />
        <SaveStatus />
        <NextInSeries />
      </main>
      <aside className="console__side" aria-label="The room">
        <TeamsPanel />
        <RosterPanel />
        <WitnessesPanel />
        <JoinPanel />
        <LinksPanel />
        <PaperSection />
        <ReportDownloads />
      </aside>
      <div className="console__board">
        <BoardSection />
        <TeamWorkOverview />
        <CouncilsSection />
        {carries && <CarriedForward />}
      </div>
    </div>
  );
}
